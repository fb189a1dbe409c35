using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Indicators;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Referrals;
using Werkbrug.Web.Features.Indicators;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.ReferenceData;

namespace Werkbrug.Web.Features.Matching;

/// <summary>
/// Gelijke kansen in de matching (issue 15, item 7): of the region's referrals made in a period, how many were sent to
/// the employer and how many led to a hire, per age band, benefit type, and own or another organisation's candidate.
/// A funnel that differs between groups is a question for the region, not a verdict. Aggregates only, through the
/// small-group rule of the indicators, in the caller's region (the global query filter).
/// </summary>
public static class Disparity
{
    public sealed record Query
    {
        /// <summary>First day of the period (yyyy-mm-dd); with <see cref="To"/>, or neither for the last twelve months.</summary>
        public DateOnly? From { get; init; }

        /// <summary>Last day of the period (included).</summary>
        public DateOnly? To { get; init; }
    }

    /// <summary>The report: the period, its breakdowns, and the small-group threshold that hid figures.</summary>
    public sealed record Report(IndicatorFigures.PeriodView Period, int Threshold, IReadOnlyList<Breakdown> Breakdowns);

    /// <summary>One breakdown (age band, benefit, organisation) with a row per group that had referrals, and the total.</summary>
    public sealed record Breakdown(string Dimension, string Label, IReadOnlyList<Row> Rows, Row Total);

    /// <summary>
    /// One group: referrals made (a count), of those sent to the employer and hired (shares of the referrals made, with the
    /// count and base behind them). A hidden figure is <c>suppressed</c>.
    /// </summary>
    public sealed record Row(string Key, string Label, Figure Referred, Figure SentToEmployer, Figure Hired);

    public static class Dimensions
    {
        public const string AgeBand = "age-band";
        public const string Benefit = "benefit";
        public const string Organisation = "organisation";
    }

    /// <summary>The key of a group whose person was erased (no birth date or benefit left).</summary>
    public const string Unknown = "Unknown";

    /// <summary>One referral as the report counts it.</summary>
    private sealed record Fact(AgeBand? Age, BenefitType? Benefit, bool Own, int Sent, int Hired);

    public sealed class Handler(WerkbrugDb db, IOptions<IndicatorOptions> options, IStringLocalizer<SharedResource> text, TimeProvider clock)
    {
        public async Task<Result<Report>> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            if (query.From is null != query.To is null)
            {
                return Error.Validation(query.From is null ? nameof(Query.From) : nameof(Query.To), "Validation.Required");
            }

            var today = DutchTime.Today(clock);
            var selected = Period.Between(query.From ?? today.AddYears(-1).AddDays(1), query.To ?? today);
            if (!selected.IsSuccess)
            {
                return Result<Report>.Failure(selected.Errors);
            }

            var period = selected.Value;
            var (first, end) = (DutchTime.StartUtc(period.From), DutchTime.StartUtc(period.End));
            // The age band on the period's last day, compared in the database as birth dates.
            var (under27After, under50After) = AgeBands.Bounds(period.To);
            var groups = await (
                    from r in db.Referrals.AsNoTracking()
                    where r.CreatedAtUtc >= first && r.CreatedAtUtc < end
                    join j in db.JobSeekers on r.JobSeekerId equals j.Id into profiles
                    from j in profiles.DefaultIfEmpty()
                    select new
                    {
                        Age = j == null ? (AgeBand?)null : j.BirthDate > under27After ? AgeBand.Under27 : j.BirthDate > under50After ? AgeBand.From27To49 : AgeBand.From50,
                        Benefit = j == null ? (BenefitType?)null : j.Benefit,
                        Own = r.ReferringOrganisationId == r.OwnerOrganisationId,
                        Sent = r.History.Any(e => e.To == ReferralStatus.SentToEmployer) ? 1 : 0,
                        Hired = r.Status == ReferralStatus.Hired ? 1 : 0,
                    } into f
                    group f by new { f.Age, f.Benefit, f.Own } into g
                    select new { g.Key.Age, g.Key.Benefit, g.Key.Own, Count = g.Count(), Sent = g.Sum(f => f.Sent), Hired = g.Sum(f => f.Hired) })
                .ToListAsync(cancellationToken);
            var facts = groups.Select(g => (Fact: new Fact(g.Age, g.Benefit, g.Own, g.Sent, g.Hired), g.Count)).ToList();

            var rule = options.Value.Rule;
            var erased = text["Disparity.Erased"].Value;
            return new Report(IndicatorFigures.PeriodView.Of(period), rule.Threshold,
            [
                Table(Dimensions.AgeBand, facts, f => f.Age is { } a ? ((int)a, a.ToString(), text.Label(a)) : (99, Unknown, erased), rule),
                Table(Dimensions.Benefit, facts, f => f.Benefit is { } b ? ((int)b, b.ToString(), text.Label(b)) : (99, Unknown, erased), rule),
                Table(Dimensions.Organisation, facts, f => f.Own ? (0, "Own", text["Disparity.OwnCandidate"].Value) : (1, "Other", text["Disparity.OtherCandidate"].Value), rule),
            ]);
        }

        /// <summary>One breakdown: the facts grouped by (order, key, label), each column through the small-group rule.</summary>
        private Breakdown Table(string dimension, IReadOnlyList<(Fact Fact, int Count)> facts, Func<Fact, (int Order, string Key, string Label)> group, SmallGroups rule)
        {
            var cells = facts.GroupBy(f => group(f.Fact))
                .Select(g => (Group: g.Key, Count: g.Sum(f => (long)f.Count), Sent: g.Sum(f => (long)f.Fact.Sent), Hired: g.Sum(f => (long)f.Fact.Hired)))
                .OrderBy(c => c.Group.Order)
                .ToList();
            var (referred, referredParts) = Figures.Table(IndicatorKind.Count, rule, new Cell(cells.Sum(c => c.Count)), [.. cells.Select(c => new Cell(c.Count))]);
            var (sent, sentParts) = Figures.Table(IndicatorKind.Share, rule, new Cell(cells.Sum(c => c.Sent), cells.Sum(c => c.Count)), [.. cells.Select(c => new Cell(c.Sent, c.Count))]);
            var (hired, hiredParts) = Figures.Table(IndicatorKind.Share, rule, new Cell(cells.Sum(c => c.Hired), cells.Sum(c => c.Count)), [.. cells.Select(c => new Cell(c.Hired, c.Count))]);
            var rows = cells.Select((c, i) => new Row(c.Group.Key, c.Group.Label, referredParts[i], sentParts[i], hiredParts[i])).ToList();
            return new Breakdown(dimension, text["Disparity.Breakdown." + dimension], rows, new Row(string.Empty, text["Indicators.Total"], referred, sent, hired));
        }
    }
}
