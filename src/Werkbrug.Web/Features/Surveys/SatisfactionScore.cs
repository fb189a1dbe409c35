using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Werkbrug.Domain.Indicators;
using Werkbrug.Domain.Surveys;
using Werkbrug.Web.Features.Indicators;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Surveys;

/// <summary>
/// The region's employer-satisfaction score of a calendar year: the mean report mark (the score question, 1–10) of every
/// employer survey's responses that year, weighted to that year's population of employers (or the latest table before
/// it) like every survey result, with its 95 % interval, the number of respondents and the effective sample size.
/// Fewer respondents than the small-group threshold: suppressed (no mark). The yearly evaluation and a survey's trend
/// read it from here.
/// </summary>
public static class SatisfactionScore
{
    /// <summary>One year's score; <see cref="Weighted"/> and <see cref="Unweighted"/> are null when nobody or too few answered.</summary>
    public sealed record YearView(
        int Year, int Respondents, bool Suppressed, double EffectiveSize, WeightingMethod Method, int? PopulationYear,
        SurveyResults.EstimateView? Weighted, SurveyResults.EstimateView? Unweighted);

    /// <summary>The year and the year before, and the threshold below which a year is suppressed.</summary>
    public sealed record View(YearView Year, YearView Previous, int SmallGroupThreshold);

    /// <summary>A respondent's weighting cell and mark.</summary>
    public readonly record struct Mark(string? Section, SizeBand? Size, int Score);

    /// <summary>The score of <paramref name="year"/> from its marks, weighted to <paramref name="population"/>'s table for that year.</summary>
    public static YearView Of(int year, IReadOnlyList<Mark> marks, IReadOnlyList<PopulationCount> population, SmallGroups groups)
    {
        ArgumentNullException.ThrowIfNull(marks);
        ArgumentNullException.ThrowIfNull(groups);
        var (table, populationYear) = SurveyResults.Handler.TableFor(population, year);
        var weights = Weighting.Weigh([.. marks.Select(m => SurveyResults.Handler.Stratum(m.Section, m.Size))], table);
        var hidden = marks.Count == 0 || groups.IsSmall(marks.Count);
        return new YearView(
            year, marks.Count, hidden && marks.Count > 0, hidden ? 0 : Math.Round(weights.EffectiveSize, 1), weights.Method, populationYear,
            hidden ? null : SurveyResults.EstimateView.Of(Estimates.Mean([.. marks.Select((m, i) => (weights.Values[i], (double)m.Score))])),
            hidden ? null : SurveyResults.EstimateView.Of(Estimates.Mean([.. marks.Select(m => (1.0, (double)m.Score))])));
    }

    public sealed class Handler(WerkbrugDb db, IOptions<IndicatorOptions> options)
    {
        /// <summary>The score of <paramref name="year"/> and of the year before, over all the region's employer surveys.</summary>
        public async Task<View> ForYearAsync(int year, CancellationToken cancellationToken)
        {
            var (from, to) = (new DateOnly(year - 1, 1, 1), new DateOnly(year, 12, 31));
            var marks = await db.SurveyResponses.AsNoTracking()
                .Where(r => r.Score != null && r.SubmittedOn >= from && r.SubmittedOn <= to)
                .Where(r => db.Surveys.Any(s => s.Id == r.SurveyId && s.Audience == SurveyAudience.Employers))
                .Select(r => new { r.SubmittedOn, r.Section, r.Size, Score = r.Score!.Value })
                .ToListAsync(cancellationToken);
            var population = await db.PopulationCounts.AsNoTracking().Where(p => p.Year <= year).ToListAsync(cancellationToken);
            YearView In(int y) => Of(y, [.. marks.Where(m => m.SubmittedOn.Year == y).Select(m => new Mark(m.Section, m.Size, m.Score))], population, options.Value.Rule);
            return new View(In(year), In(year - 1), options.Value.SmallGroupThreshold);
        }
    }
}
