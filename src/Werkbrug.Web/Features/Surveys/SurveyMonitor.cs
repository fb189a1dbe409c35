using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Surveys;
using Werkbrug.Domain.Surveys.Templates;
using Werkbrug.Web.Features.Indicators;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Surveys;

/// <summary>
/// The monitor view: the report's chapter 6 figures (<see cref="EmployerMonitorFigures"/>) from one year's responses to a
/// survey started from the employer questionnaire (appendix 2), all its versions together (the keys are stable), weighted
/// to the region's population of employers of that year like every survey result.
/// </summary>
public static class SurveyMonitor
{
    public sealed record Query
    {
        /// <summary>The year the responses came in (default: the latest year with responses).</summary>
        [Range(2000, 2100)]
        public int? Year { get; init; }
    }

    /// <summary>A cell: count and shares; all null when hidden (small group) or when its base is suppressed.</summary>
    public sealed record CellView(int? Count, SurveyResults.EstimateView? Weighted, SurveyResults.EstimateView? Unweighted, bool Hidden);

    public sealed record RowView(string Key, string Label, IReadOnlyList<CellView> Cells);

    public sealed record BaseView(string Label, int Respondents, double EffectiveSize, bool Suppressed);

    /// <summary>One figure of chapter 6 (key as the report numbers it: 6.1, tabel-6.1 …), one cell per base per row.</summary>
    public sealed record FigureView(string Key, string Title, IReadOnlyList<BaseView> Bases, IReadOnlyList<RowView> Rows);

    public sealed record View(
        Guid Id, string Title, int? Year, IReadOnlyList<int> Years, int Responses, WeightingMethod Method, double EffectiveSize, int? PopulationYear,
        IReadOnlyList<FigureView> Figures);

    public sealed class Handler(WerkbrugDb db, IOptions<IndicatorOptions> options)
    {
        /// <summary>
        /// The monitor of every survey started from the employer questionnaire (appendix 2) with responses in the calendar
        /// year <paramref name="year"/>, by title: the yearly evaluation's chapter 6.
        /// </summary>
        public async Task<IReadOnlyList<View>> ForYearAsync(int year, CancellationToken cancellationToken)
        {
            var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            var ids = await db.Surveys.AsNoTracking()
                .Where(s => s.TemplateKey == EmployerMonitor.Key && db.SurveyResponses.Any(r => r.SurveyId == s.Id && r.SubmittedOn >= from && r.SubmittedOn <= to))
                .OrderBy(s => s.Title).ThenBy(s => s.Id).Select(s => s.Id).ToListAsync(cancellationToken);
            var monitors = new List<View>();
            foreach (var id in ids)
            {
                monitors.Add((await HandleAsync(id, new Query { Year = year }, cancellationToken)).Value);
            }

            return monitors;
        }

        public async Task<Result<View>> HandleAsync(Guid id, Query query, CancellationToken cancellationToken)
        {
            if (InputValidator.Validate(query) is { Count: > 0 } errors)
            {
                return Result<View>.Failure(errors);
            }

            if (await db.Surveys.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken) is not { } survey)
            {
                return Error.NotFound();
            }

            if (survey.TemplateKey != EmployerMonitor.Key)
            {
                return Error.Validation("id", "Surveys.NotMonitor");
            }

            var all = await db.SurveyResponses.AsNoTracking().Where(r => r.SurveyId == id)
                .Select(r => new { r.SubmittedOn, r.Section, r.Size, r.Answers }).ToListAsync(cancellationToken);
            var years = all.Select(r => r.SubmittedOn.Year).Distinct().Order().ToList();
            var year = query.Year ?? (years.Count > 0 ? years[^1] : null);
            var chosen = all.Where(r => r.SubmittedOn.Year == year).ToList();
            var population = await db.PopulationCounts.AsNoTracking().ToListAsync(cancellationToken);
            var (table, populationYear) = SurveyResults.Handler.TableFor(population, year);
            var weights = Weighting.Weigh([.. chosen.Select(r => SurveyResults.Handler.Stratum(r.Section, r.Size))], table);
            var figures = EmployerMonitorFigures.Of(
                [.. chosen.Select((r, i) => ((IReadOnlyDictionary<string, Answer>)Versions.AnswersFromJson(r.Answers), weights.Values[i]))], options.Value.Rule);
            return new View(
                survey.Id, survey.Title, year, years, chosen.Count, weights.Method, Math.Round(weights.EffectiveSize, 1), populationYear,
                [.. figures.Select(f => new FigureView(
                    f.Key, f.Title.Nl,
                    [.. f.Bases.Select(b => new BaseView(b.Label.Nl, b.Respondents, Math.Round(b.EffectiveSize, 1), b.Suppressed))],
                    [.. f.Rows.Select(r => new RowView(r.Key, r.Label.Nl, [.. r.Cells.Select(c => new CellView(c.Count, SurveyResults.EstimateView.Of(c.Weighted), SurveyResults.EstimateView.Of(c.Unweighted), c.Hidden))]))]))]);
        }
    }
}
