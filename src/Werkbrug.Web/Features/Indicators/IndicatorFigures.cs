using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Employers;
using Werkbrug.Domain.FrontDoor;
using Werkbrug.Domain.Indicators;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Referrals;
using Werkbrug.Domain.Surveys;
using Werkbrug.Domain.Vacancies;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.ReferenceData;

namespace Werkbrug.Web.Features.Indicators;

/// <summary>
/// The figures of one indicator, or of all (the dashboard), for a period (default: the current quarter) and optionally
/// one organisation and one municipality of the caller's region: the value, each breakdown's rows, and the same for the
/// previous period, every cell through the small-group rule (<see cref="Figures.Table"/>). Aggregates only.
/// </summary>
public static class IndicatorFigures
{
    public sealed record Query
    {
        /// <summary>First day of the period (yyyy-mm-dd); with <see cref="To"/>, or neither for the current quarter.</summary>
        public DateOnly? From { get; init; }

        /// <summary>Last day of the period (included).</summary>
        public DateOnly? To { get; init; }

        /// <summary>Only the work of this organisation of the region (see each indicator's definition for which organisation counts).</summary>
        public Guid? Organisation { get; init; }

        /// <summary>Only this municipality of the region (see each indicator's definition).</summary>
        [StringLength(100)]
        public string? Municipality { get; init; }

        /// <summary>Only the work of this team's advisers (see each indicator's definition for whose work counts).</summary>
        public Guid? Team { get; init; }
    }

    public sealed record PeriodView(DateOnly From, DateOnly To, string Label)
    {
        public static PeriodView Of(Period period) => new(period.From, period.To, period.Label);
    }

    /// <summary>One row of a breakdown: its key (an enum name, an organisation id or a municipality; empty for unknown), label and figures.</summary>
    public sealed record Row(string Key, string Label, Figure Value, Figure Previous);

    public sealed record Breakdown(string Dimension, string Label, IReadOnlyList<Row> Rows);

    public sealed record View(
        string Key,
        string Name,
        IndicatorGroup Group,
        IndicatorKind Kind,
        PeriodView Period,
        PeriodView PreviousPeriod,
        Guid? Organisation,
        string? Municipality,
        Guid? Team,
        Figure Value,
        Figure Previous,
        IReadOnlyList<Breakdown> Breakdowns);

    public sealed class Handler(WerkbrugDb db, IndicatorQueries queries, ReferenceChoices reference, IOptions<IndicatorOptions> options, IStringLocalizer<SharedResource> text, TimeProvider clock)
    {
        public async Task<Result<View>> HandleAsync(string key, Query query, CancellationToken cancellationToken)
        {
            if (IndicatorCatalogue.Find(key) is not { } indicator)
            {
                return Error.NotFound();
            }

            var selection = await SelectAsync(query, cancellationToken);
            return selection.IsSuccess
                ? ViewOf(indicator, selection.Value, await queries.CellsAsync(indicator, selection.Value, cancellationToken), await NamesAsync(cancellationToken))
                : Result<View>.Failure(selection.Errors);
        }

        /// <summary>Every indicator of the catalogue, in its order (the dashboard).</summary>
        public Task<Result<IReadOnlyList<View>>> AllAsync(Query query, CancellationToken cancellationToken) =>
            ManyAsync(IndicatorCatalogue.All, query, cancellationToken);

        /// <summary><paramref name="indicators"/> for one filter, checked and named once (the dashboard, the analyst's start page).</summary>
        public async Task<Result<IReadOnlyList<View>>> ManyAsync(IEnumerable<IndicatorDefinition> indicators, Query query, CancellationToken cancellationToken)
        {
            var selection = await SelectAsync(query, cancellationToken);
            if (!selection.IsSuccess)
            {
                return Result<IReadOnlyList<View>>.Failure(selection.Errors);
            }

            var names = await NamesAsync(cancellationToken);
            var list = indicators.ToList();
            var counted = await queries.ManyCellsAsync(list, selection.Value, cancellationToken);
            return list.Select((indicator, i) => ViewOf(indicator, selection.Value, counted[i], names)).ToList();
        }

        /// <summary>The checked filter: both dates or neither, an organisation and a municipality of the caller's region.</summary>
        public async Task<Result<Selection>> SelectAsync(Query query, CancellationToken cancellationToken)
        {
            var errors = InputValidator.Validate(query);
            if (query.From is null != query.To is null)
            {
                errors.Add(Error.Validation(query.From is null ? nameof(Query.From) : nameof(Query.To), "Validation.Required"));
            }

            if (query.Organisation is { } organisation && !await db.Organisations.AnyAsync(o => o.Id == organisation, cancellationToken))
            {
                errors.Add(Error.Validation(nameof(Query.Organisation), "Indicators.UnknownOrganisation"));
            }

            if (query.Team is { } team && !await db.Teams.AnyAsync(t => t.Id == team, cancellationToken))
            {
                errors.Add(Error.Validation(nameof(Query.Team), "Indicators.UnknownTeam"));
            }

            string? municipality = null;
            if (!string.IsNullOrWhiteSpace(query.Municipality))
            {
                municipality = (await reference.MunicipalitiesAsync(db.Scope.RegionCode, cancellationToken))
                    .FirstOrDefault(m => ReferenceChoices.Dutch.Equals(m.Name, query.Municipality.Trim()))?.Name;
                if (municipality is null)
                {
                    errors.Add(Error.Validation(nameof(Query.Municipality), "Indicators.UnknownMunicipality"));
                }
            }

            var period = query is { From: { } from, To: { } to }
                ? Period.Between(from, to)
                : Period.Of(PeriodKind.Quarter, DutchTime.Today(clock));
            errors.AddRange(period.Errors);
            return errors.Count > 0 ? Result<Selection>.Failure(errors) : new Selection(period.Value, query.Organisation, municipality, query.Team);
        }

        /// <summary>The teams of the caller's region as (value, label), for the team filter.</summary>
        public async Task<IReadOnlyList<KeyValuePair<string, string>>> TeamChoicesAsync(CancellationToken cancellationToken) =>
            (await db.Teams.AsNoTracking().OrderBy(t => t.Name).Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken))
                .Select(t => KeyValuePair.Create(t.Id.ToString(), t.Name)).ToList();

        /// <summary>What the filter offers: the organisations and municipalities of the caller's region, as (value, label).</summary>
        public async Task<(IReadOnlyList<KeyValuePair<string, string>> Organisations, IReadOnlyList<KeyValuePair<string, string>> Municipalities)> ChoicesAsync(CancellationToken cancellationToken)
        {
            var organisations = await db.Organisations.AsNoTracking().OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken);
            return (organisations.Select(o => KeyValuePair.Create(o.Id.ToString(), o.Name)).ToList(), await reference.MunicipalityOptionsAsync(db.Scope.RegionCode, cancellationToken));
        }

        private View ViewOf(IndicatorDefinition indicator, Selection selection, IReadOnlyDictionary<string, BreakdownCells> counted, Names names)
        {
            var rule = options.Value.Rule;
            var previousPeriod = selection.Period.Previous();
            var breakdowns = new List<Breakdown>();
            Figure? value = null, previous = null;
            foreach (var dimension in indicator.Breakdowns)
            {
                var (now, before) = counted[dimension];
                var keys = now.Select(c => c.Key).Union(before.Select(c => c.Key))
                    .Select(k => (Key: k, Label: LabelOf(dimension, k, names)))
                    .OrderBy(k => k.Key.Length == 0).ThenBy(k => k.Label, ReferenceChoices.Dutch).ToList();
                var (total, cells) = counted[dimension].NowAvailable ? Table(indicator.Kind, rule, now, keys.Select(k => k.Key).ToList()) : NotAvailable(keys.Count);
                var (previousTotal, previousCells) = counted[dimension].BeforeAvailable ? Table(indicator.Kind, rule, before, keys.Select(k => k.Key).ToList()) : NotAvailable(keys.Count);
                // Every breakdown divides the same records, so each one's total is the indicator's value.
                value ??= total;
                previous ??= previousTotal;
                breakdowns.Add(new Breakdown(dimension, text["Indicators.Breakdown." + dimension], keys.Select((k, i) => new Row(k.Key, k.Label, cells[i], previousCells[i])).ToList()));
            }

            return new View(
                indicator.Key, text[$"Indicators.{indicator.Key}.Name"], indicator.Group, indicator.Kind, PeriodView.Of(selection.Period), PeriodView.Of(previousPeriod),
                selection.Organisation, selection.Municipality, selection.Team, value ?? Figure.Hidden, previous ?? Figure.Hidden, breakdowns);
        }

        private static (Figure Total, IReadOnlyList<Figure> Cells) Table(IndicatorKind kind, SmallGroups rule, IReadOnlyList<KeyedCell> counted, IReadOnlyList<string> keys)
        {
            var byKey = counted.ToDictionary(c => c.Key, c => c.Cell);
            var cells = keys.Select(k => byKey.GetValueOrDefault(k)).ToList();
            var total = new Cell(cells.Sum(c => c.Count), cells.Sum(c => c.Of), cells.Sum(c => c.Sum));
            return Figures.Table(kind, rule, total, cells);
        }

        /// <summary>A period without a figure: the total and every row not available (never a 0).</summary>
        private static (Figure Total, IReadOnlyList<Figure> Cells) NotAvailable(int rows) => (Figure.NotAvailable, Enumerable.Repeat(Figure.NotAvailable, rows).ToList());

        private string LabelOf(string dimension, string key, Names names)
        {
            if (key.Length == 0)
            {
                return text["Indicators.Unknown"];
            }

            return dimension switch
            {
                Breakdowns.Benefit => text.Label(Enum.Parse<BenefitType>(key)),
                Breakdowns.ContractType => text.Label(Enum.Parse<ContractType>(key)),
                Breakdowns.Instrument => text.Label(Enum.Parse<PlacementInstrument>(key)),
                Breakdowns.RejectionReason => text.Label(Enum.Parse<RejectionReason>(key)),
                Breakdowns.Outcome => text.Label(Enum.Parse<VacancyStatus>(key)),
                Breakdowns.TaskKind => text.Label(Enum.Parse<AftercareTaskKind>(key)),
                Breakdowns.SizeClass => text.Label(Enum.Parse<SizeClass>(key)),
                Breakdowns.RequestType => text.Label(Enum.Parse<IntakeRequestType>(key), "IntakeType"),
                Breakdowns.Initiator => text.Label(Enum.Parse<ContactInitiator>(key)),
                Breakdowns.SizeBand => text["Indicators.SizeBand", PopulationCsv.Label(Enum.Parse<SizeBand>(key))],
                Breakdowns.SbiSection => names.Sections.GetValueOrDefault(key) ?? key,
                Breakdowns.OwnerOrganisation or Breakdowns.PlacingOrganisation or Breakdowns.ReferringOrganisation or Breakdowns.VacancyOrganisation or Breakdowns.ContactOrganisation =>
                    names.Organisations.GetValueOrDefault(key) ?? text["Indicators.Unknown"],
                _ => key,
            };
        }

        private async Task<Names> NamesAsync(CancellationToken cancellationToken) => new(
            await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id.ToString(), o => o.Name, cancellationToken),
            (await reference.SectionOptionsAsync(cancellationToken)).ToDictionary(o => o.Key, o => o.Value, StringComparer.Ordinal));

        /// <summary>The labels of breakdown keys that are ids or codes: organisations by id, SBI sections by letter.</summary>
        private sealed record Names(IReadOnlyDictionary<string, string> Organisations, IReadOnlyDictionary<string, string> Sections);
    }
}
