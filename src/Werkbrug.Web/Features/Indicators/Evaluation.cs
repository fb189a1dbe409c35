using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Indicators;
using Werkbrug.Web.Features.Goals;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Indicators;

/// <summary>
/// The region's yearly evaluation (jaarevaluatie): every indicator for one calendar year against the year before, with
/// what it counts, its known limits and the goals the year's plans set for it, and the text the region coordinator writes. The page, the document
/// (<see cref="EvaluationDocument"/>) and the API read the same <see cref="Report"/>. Aggregates only.
/// </summary>
public static class Evaluation
{
    /// <summary>One indicator: its figures, what it counts, its limits and the goals of the year's plans for it (joint and per partner) with their progress.</summary>
    public sealed record Entry(IndicatorFigures.View Figures, string Counts, string Limits, IReadOnlyList<GoalsWithProgress.GoalView> Goals);

    public sealed record Report(
        int Year,
        string Region,
        IndicatorFigures.PeriodView Period,
        IndicatorFigures.PeriodView PreviousPeriod,
        int SmallGroupThreshold,
        string Text,
        DateTime? TextUpdatedAt,
        string? TextUpdatedBy,
        int TextVersion,
        IReadOnlyList<Entry> Indicators)
    {
        /// <summary>The employer-satisfaction score of the year and the year before, from the region's employer surveys.</summary>
        public Surveys.SatisfactionScore.View? Satisfaction { get; init; }

        /// <summary>
        /// The report's chapter 6 figures of the year (<see cref="Surveys.SurveyMonitor"/>), one per survey started from the
        /// employer questionnaire (appendix 2) that has responses in it; empty when none has.
        /// </summary>
        public IReadOnlyList<Surveys.SurveyMonitor.View> Monitors { get; init; } = [];
    }

    public sealed record SaveText
    {
        [Required]
        [StringLength(EvaluationLimits.Text)]
        public string? Text { get; init; }

        /// <summary>The version of the text the writer saw: 0 when there was none yet (the first save makes version 1).</summary>
        [Required]
        [Range(0, int.MaxValue)]
        public int? Version { get; init; }
    }

    /// <summary>The year a region evaluates when none is asked for: the one before this one.</summary>
    public static int DefaultYear(TimeProvider clock) => DutchTime.Today(clock).Year - 1;

    public sealed class Handler(WerkbrugDb db, IndicatorFigures.Handler figures, GoalsWithProgress.Handler goals, Surveys.SatisfactionScore.Handler satisfaction, Surveys.SurveyMonitor.Handler monitors, IOptions<IndicatorOptions> options, IStringLocalizer<SharedResource> text, TimeProvider clock)
    {
        public async Task<Result<Report>> ReportAsync(int year, CancellationToken cancellationToken)
        {
            if (CheckYear(year) is { } refused)
            {
                return refused;
            }

            var computed = await figures.AllAsync(new IndicatorFigures.Query { From = new DateOnly(year, 1, 1), To = new DateOnly(year, 12, 31) }, cancellationToken);
            if (!computed.IsSuccess)
            {
                return Result<Report>.Failure(computed.Errors);
            }

            var saved = await db.EvaluationTexts.AsNoTracking().Where(e => e.Year == year)
                .Select(e => new { e.Text, e.UpdatedAt, e.Version, By = db.Users.Where(u => u.Id == e.UpdatedByUserId).Select(u => u.DisplayName).FirstOrDefault() })
                .FirstOrDefaultAsync(cancellationToken);
            var region = await db.Regions.AsNoTracking().Where(r => r.Code == db.Scope.RegionCode).Select(r => r.Name).FirstAsync(cancellationToken);
            var goalsByIndicator = (await goals.ForYearAsync(year, cancellationToken)).ToLookup(g => g.IndicatorKey);
            var entries = computed.Value.Select(view =>
            {
                var definition = IndicatorDefinitions.Describe(IndicatorCatalogue.Find(view.Key)!, text);
                return new Entry(view, definition.Counts, definition.Limits, goalsByIndicator[view.Key].OrderBy(g => !g.Joint).ThenBy(g => g.OrganisationName, StringComparer.CurrentCulture).ToList());
            }).ToList();
            var first = computed.Value[0];
            return new Report(
                year, region, first.Period, first.PreviousPeriod, options.Value.SmallGroupThreshold,
                saved?.Text ?? string.Empty, saved?.UpdatedAt, saved?.By, saved?.Version ?? 0, entries)
            {
                Satisfaction = await satisfaction.ForYearAsync(year, cancellationToken),
                Monitors = await monitors.ForYearAsync(year, cancellationToken),
            };
        }

        /// <summary>Saves the coordinator's text for <paramref name="year"/>; a text saved meanwhile by someone else refuses it (nothing changes).</summary>
        public async Task<Result<Report>> SaveTextAsync(int year, SaveText command, CancellationToken cancellationToken)
        {
            var errors = InputValidator.Validate(command);
            if (CheckYear(year) is { } refused)
            {
                errors.Add(refused);
            }

            if (errors.Count > 0)
            {
                return Result<Report>.Failure(errors);
            }

            var saved = await db.EvaluationTexts.FirstOrDefaultAsync(e => e.Year == year, cancellationToken);
            if (saved is null ? command.Version != 0 : !db.IsCurrentVersion(saved, command.Version!.Value))
            {
                return SaveOrConflict.StaleVersion;
            }

            if (saved is null)
            {
                saved = new EvaluationText { RegionCode = db.Scope.RegionCode!, Year = year, Version = 1 };
                db.EvaluationTexts.Add(saved);
            }

            saved.Text = command.Text!.Trim();
            saved.UpdatedAt = clock.GetUtcNow().UtcDateTime;
            saved.UpdatedByUserId = db.Scope.UserId!.Value;
            try
            {
                if (await db.SaveOrConflictAsync(cancellationToken) is { } conflict)
                {
                    return conflict;
                }
            }
            catch (DbUpdateException) when (db.Entry(saved).State == EntityState.Added)
            {
                // Another writer saved the first text of this year at the same moment (the unique index on region and year).
                return SaveOrConflict.StaleVersion;
            }

            return await ReportAsync(year, cancellationToken);
        }

        /// <summary>A calendar year from 2000 up to the current one: later years have no figures yet.</summary>
        private Error? CheckYear(int year) =>
            year < EvaluationLimits.FirstYear || year > DutchTime.Today(clock).Year
                ? Error.Validation("Year", "Validation.Range", EvaluationLimits.FirstYear, DutchTime.Today(clock).Year)
                : null;
    }
}
