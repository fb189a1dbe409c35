using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Indicators;
using Werkbrug.Domain.LabourMarket;
using Werkbrug.Web.Features.Indicators;
using Werkbrug.Web.Features.Matching;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.ReferenceData;

namespace Werkbrug.Web.Features.LabourMarket;

/// <summary>
/// The regional labour-market picture (arbeidsmarktbeeld): per occupation and ISCO major group the open vacancies, the
/// werkfit candidates of the pool and the placements of the last 12 months, with the tension between the first two.
/// Counts only, each through the small-group rule (<see cref="MarketTable"/>); aggregates in SQL, labels from the taxonomy.
/// </summary>
public static class LabourMarketPicture
{
    public sealed record Query
    {
        /// <summary>Only vacancies (and placements on vacancies) in this municipality of the region; candidates: the whole region.</summary>
        [StringLength(100)]
        public string? Municipality { get; init; }

        /// <summary>Only this ISCO-08 major group ("1" to "9", "0").</summary>
        [StringLength(1)]
        public string? Group { get; init; }
    }

    /// <summary>One row: an occupation (its ESCO URI; empty: unknown) or a group (its digit), with its figures.</summary>
    public sealed record Row(string Key, string Label, string? Group, Figure Vacancies, Figure Candidates, Figure Placements, double? Ratio, TensionClass? Tension, bool TensionHidden);

    public sealed record View(string? Municipality, string? Group, DateOnly PlacementsFrom, DateOnly Today, int Threshold, IReadOnlyList<Row> Groups, IReadOnlyList<Row> Occupations);

    public sealed class Handler(WerkbrugDb db, ReferenceChoices reference, MatchingCodes codes, IOptions<IndicatorOptions> options, IStringLocalizer<SharedResource> text, TimeProvider clock)
    {

        /// <summary>The picture of the caller's region (staff, under the region's query filter).</summary>
        public Task<Result<View>> HandleAsync(Query query, CancellationToken cancellationToken) => ComputeAsync(query, null, cancellationToken);

        /// <summary>
        /// The picture of the front door's region for anyone (no sign-in): a reviewed exception to the region filter that
        /// reads counts only, grouped in SQL, never a row of a person, a vacancy or a placement.
        /// </summary>
        public Task<Result<View>> PublicAsync(string regionCode, Query query, CancellationToken cancellationToken) => ComputeAsync(query, regionCode, cancellationToken);

        /// <summary>The filter's choices: the municipalities of the region and the ten major groups with their Dutch names.</summary>
        public async Task<(IReadOnlyList<KeyValuePair<string, string>> Municipalities, IReadOnlyList<KeyValuePair<string, string>> Groups)> ChoicesAsync(string? regionCode, CancellationToken cancellationToken) =>
            (await reference.MunicipalityOptionsAsync(regionCode ?? db.Scope.RegionCode, cancellationToken), IscoGroups.Major.Select(g => KeyValuePair.Create(g, GroupLabel(g))).ToList());

        private async Task<Result<View>> ComputeAsync(Query query, string? publicRegion, CancellationToken cancellationToken)
        {
            var errors = InputValidator.Validate(query);
            string? municipality = null;
            if (!string.IsNullOrWhiteSpace(query.Municipality))
            {
                municipality = (await reference.MunicipalitiesAsync(publicRegion ?? db.Scope.RegionCode, cancellationToken))
                    .FirstOrDefault(m => ReferenceChoices.Dutch.Equals(m.Name, query.Municipality.Trim()))?.Name;
                if (municipality is null)
                {
                    errors.Add(Error.Validation(nameof(Query.Municipality), "Indicators.UnknownMunicipality"));
                }
            }

            var group = string.IsNullOrWhiteSpace(query.Group) ? null : query.Group.Trim();
            if (group is not null && !IscoGroups.Major.Contains(group))
            {
                errors.Add(Error.Validation(nameof(Query.Group), "LabourMarket.UnknownGroup"));
            }

            if (errors.Count > 0)
            {
                return Result<View>.Failure(errors);
            }

            var today = DutchTime.Today(clock);
            var counts = new MarketQueries(db, publicRegion, municipality, group is null ? null : CodesOf(group), today.AddMonths(-12));
            var vacancies = await counts.VacanciesAsync(cancellationToken);
            var candidates = await counts.CandidatesAsync(cancellationToken);
            var placements = await counts.PlacementsAsync(cancellationToken);
            var occupations = vacancies.Keys.Union(candidates.Keys).Union(placements.Keys)
                .Select(k => (Key: k, Group: IscoGroups.MajorOf(codes.Taxonomy.FindOccupation(k)?.IscoGroup), Label: codes.Taxonomy.FindOccupation(k)?.DisplayLabel ?? text["LabourMarket.UnknownOccupation"].Value, Counts: new MarketCounts(vacancies.GetValueOrDefault(k), candidates.GetValueOrDefault(k), placements.GetValueOrDefault(k))))
                .OrderBy(o => o.Key.Length == 0).ThenBy(o => o.Label, ReferenceChoices.Dutch).ToList();
            var groups = new List<(string Key, string? Group, string Label, MarketCounts Counts)>();
            foreach (var g in IscoGroups.Major.Where(g => occupations.Any(o => o.Group == g)))
            {
                var inGroup = occupations.Where(o => o.Group == g).ToList();
                groups.Add((g, g, GroupLabel(g), new MarketCounts(inGroup.Sum(o => o.Counts.Vacancies), await counts.CandidatesInAsync(CodesOf(g), cancellationToken), inGroup.Sum(o => o.Counts.Placements))));
            }

            return new View(municipality, group, today.AddMonths(-12).AddDays(1), today, options.Value.SmallGroupThreshold, Rows(groups), Rows(occupations));
        }

        private List<Row> Rows(IReadOnlyList<(string Key, string? Group, string Label, MarketCounts Counts)> rows)
        {
            var figures = MarketTable.Present(options.Value.Rule, [.. rows.Select(r => r.Counts)]);
            return rows.Select((r, i) => new Row(r.Key, r.Label, r.Group, figures[i].Vacancies, figures[i].Candidates, figures[i].Placements, figures[i].Ratio, figures[i].Tension, figures[i].TensionHidden)).ToList();
        }

        private string GroupLabel(string group) => text["LabourMarket.IscoGroup." + group].Value;

        /// <summary>The ESCO URIs of the taxonomy's occupations in one major group.</summary>
        private List<string> CodesOf(string group) =>
            [.. codes.Taxonomy.Occupations.Where(o => IscoGroups.MajorOf(o.IscoGroup) == group).Select(o => o.Uri)];
    }
}
