using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Employers;
using Werkbrug.Domain.FrontDoor;
using Werkbrug.Domain.Indicators;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Referrals;
using Werkbrug.Domain.Surveys;
using Werkbrug.Domain.Vacancies;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Indicators;

/// <summary>What the figures are asked for: the period, and optionally one organisation, one municipality and one team of the region.</summary>
public sealed record Selection(Period Period, Guid? Organisation, string? Municipality, Guid? Team = null);

/// <summary>One row of a breakdown as the database counted it: the key (an enum name, an id or a name; empty: unknown) and its cell.</summary>
public sealed record KeyedCell(string Key, Cell Cell);

/// <summary>The rows of one breakdown for the period and for the period before it.</summary>
public sealed record BreakdownCells(IReadOnlyList<KeyedCell> Now, IReadOnlyList<KeyedCell> Before)
{
    /// <summary>False when the period has no figure at all (a stock indicator without a snapshot, or a filter its records cannot answer).</summary>
    public bool NowAvailable { get; init; } = true;

    /// <summary>The same for the period before.</summary>
    public bool BeforeAvailable { get; init; } = true;
}

/// <summary>
/// One record as an indicator counts it: the breakdown key, whether it meets the indicator's condition (1/0, for
/// shares) and whether it falls in the period (1) or in the period before (0). Every indicator projects its records to
/// this, so one GROUP BY serves them all.
/// </summary>
public sealed class Fact<TKey>
{
    public TKey Key { get; init; } = default!;

    public int Hit { get; init; }

    public int Now { get; init; }
}

/// <summary>
/// The indicators' SQL: per indicator and breakdown one GROUP BY in the database (region scope from the global query
/// filter) over the period and the period before it at once, never rows loaded to be counted. Indicators that divide the
/// same records share one GROUP BY over all their keys per request (<see cref="UnitOf"/>): the placements and the
/// cross-partner share, the referrals invited and hired, the rejections and the feedback on them.
/// <see cref="CellsAsync"/> answers every breakdown of one indicator.
/// </summary>
public sealed class IndicatorQueries(WerkbrugDb db, IServiceScopeFactory scopes, TimeProvider clock, PoolQueries pool)
{
    /// <summary>
    /// Indicators counted at once, each on a context of its own (ADR 0020): two per core, because a query spends much of its
    /// time in the database server (on PostgreSQL another process or machine); measured with the `indicators` bench verb.
    /// </summary>
    private static readonly int Parallelism = Math.Clamp(Environment.ProcessorCount * 2, 2, 8);

    /// <summary>The groups a shared query counted for this request (<see cref="UnitOf"/>), with the selection they were counted for.</summary>
    private readonly Dictionary<string, (Selection Selection, object Groups)> _shared = new(StringComparer.Ordinal);

    /// <summary>
    /// The cells of several indicators (the dashboard, the evaluation), in their order, counted side by side: each runs on
    /// a DI scope of its own with this caller's access (the same user, or the system scope when this one is), so the
    /// region filter is the same and no context is shared between threads. Indicators that share one query
    /// (<see cref="UnitOf"/>) run on one scope.
    /// </summary>
    public async Task<IReadOnlyList<IReadOnlyDictionary<string, BreakdownCells>>> ManyCellsAsync(IReadOnlyList<IndicatorDefinition> indicators, Selection selection, CancellationToken cancellationToken)
    {
        var cells = new IReadOnlyDictionary<string, BreakdownCells>[indicators.Count];
        var units = Enumerable.Range(0, indicators.Count).GroupBy(i => UnitOf(indicators[i]));
        await Parallel.ForEachAsync(units, new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken }, async (unit, token) =>
        {
            await using var scope = scopes.CreateAsyncScope();
            if (db.Scope.IsSystem)
            {
                scope.ServiceProvider.GetRequiredService<AccessScope>().EnterSystemScope();
            }

            var queries = scope.ServiceProvider.GetRequiredService<IndicatorQueries>();
            foreach (var i in unit)
            {
                cells[i] = await queries.CellsAsync(indicators[i], selection, token);
            }
        });
        return cells;
    }

    public async Task<IReadOnlyDictionary<string, BreakdownCells>> CellsAsync(IndicatorDefinition indicator, Selection selection, CancellationToken cancellationToken)
    {
        switch (UnitOf(indicator))
        {
            case IndicatorCatalogue.Placements:
                return await PlacementsAsync(indicator, selection, cancellationToken);
            case IndicatorCatalogue.ReferralsInvited:
                return await SentAsync(indicator, selection, cancellationToken);
            case IndicatorCatalogue.Rejections:
                return await RejectedAsync(indicator, selection, cancellationToken);
            case IndicatorCatalogue.RegisterReached:
                return await RegisterReachedAsync(indicator, selection, cancellationToken);
        }

        if (PoolQueries.Counts(indicator))
        {
            return await pool.CellsAsync(indicator, selection, cancellationToken);
        }

        var cells = new Dictionary<string, BreakdownCells>(StringComparer.Ordinal);
        foreach (var breakdown in indicator.Breakdowns)
        {
            cells[breakdown] = await BreakdownAsync(indicator, breakdown, selection, Window.Of(selection), cancellationToken);
        }

        return cells;
    }

    /// <summary>
    /// Indicators that divide the same records are counted by one query per request, keyed by their first indicator:
    /// placements and the cross-partner share; the invitation and hire shares of the referrals sent; the rejections and
    /// the feedback given on them; the werkfit and fresh shares of the pool (<see cref="PoolQueries"/> reads it once).
    /// </summary>
    private static string UnitOf(IndicatorDefinition indicator) => indicator.Key switch
    {
        IndicatorCatalogue.CrossPartnerPlacements => IndicatorCatalogue.Placements,
        IndicatorCatalogue.ReferralsHired => IndicatorCatalogue.ReferralsInvited,
        IndicatorCatalogue.FeedbackToCaseManager => IndicatorCatalogue.Rejections,
        IndicatorCatalogue.PoolFresh => IndicatorCatalogue.PoolWerkfit,
        _ => indicator.Key,
    };

    /// <summary>The groups of a shared query (<see cref="UnitOf"/>), counted once per request and selection.</summary>
    private async Task<IReadOnlyList<TGroup>> SharedAsync<TGroup>(string unit, Selection selection, Func<Task<IReadOnlyList<TGroup>>> count)
    {
        if (_shared.TryGetValue(unit, out var counted) && counted.Selection == selection)
        {
            return (IReadOnlyList<TGroup>)counted.Groups;
        }

        var groups = await count();
        _shared[unit] = (selection, groups);
        return groups;
    }

    private Task<BreakdownCells> BreakdownAsync(IndicatorDefinition indicator, string breakdown, Selection selection, Window window, CancellationToken cancellationToken) =>
        indicator.Key switch
        {
            IndicatorCatalogue.LastingSixMonths => LastingAsync(breakdown, DurabilityCheckpoint.SixMonths, selection, window, cancellationToken),
            IndicatorCatalogue.LastingTwelveMonths => LastingAsync(breakdown, DurabilityCheckpoint.TwelveMonths, selection, window, cancellationToken),
            IndicatorCatalogue.IntakeAnsweredInTime => IntakeAnsweredInTimeAsync(breakdown, selection, window, cancellationToken),
            IndicatorCatalogue.AftercareOnTime => AftercareOnTimeAsync(breakdown, selection, window, cancellationToken),
            IndicatorCatalogue.EmployersReached or IndicatorCatalogue.EmployersNew => EmployersAsync(breakdown, indicator.Key == IndicatorCatalogue.EmployersNew, selection, cancellationToken),
            IndicatorCatalogue.EmployerContacts => ContactsAsync(breakdown, selection, window, cancellationToken),
            IndicatorCatalogue.VacanciesClosed => VacanciesClosedAsync(breakdown, selection, window, cancellationToken),
            IndicatorCatalogue.TimeToFill => TimeToFillAsync(breakdown, selection, window, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(indicator), indicator.Key, "No query for this indicator."),
        };

    /// <summary>
    /// The period before and the period, as one run of days counted in one query: from the previous period's first day
    /// (<see cref="From"/>) to the day after the period (<see cref="End"/>); a record dated on or after <see cref="Middle"/>
    /// (the period's first day) is in the period. <see cref="Period.Previous"/> always ends the day before the period starts.
    /// </summary>
    private readonly record struct Window(DateOnly From, DateOnly Middle, DateOnly End)
    {
        public static Window Of(Selection selection) => new(selection.Period.Previous().From, selection.Period.From, selection.Period.End);

        /// <summary>The same bounds <paramref name="months"/> later (earlier when negative).</summary>
        public Window AddMonths(int months) => new(From.AddMonths(months), Middle.AddMonths(months), End.AddMonths(months));

        /// <summary>The bounds in UTC: the start of each Dutch day.</summary>
        public (DateTime From, DateTime Middle, DateTime End) Utc() => (DutchTime.StartUtc(From), DutchTime.StartUtc(Middle), DutchTime.StartUtc(End));
    }

    /// <summary>
    /// The durability share of <see cref="DurabilityShare"/> (as Placements/DurabilityFigures shows it for all time), for
    /// the placements whose checkpoint date falls in the period: those with a known status are the base, those still
    /// employed the hits. The checkpoint is the start date plus 6 or 12 months, so the start dates run from the period's
    /// first day to its day after, both moved back as many months.
    /// </summary>
    private Task<BreakdownCells> LastingAsync(string breakdown, DurabilityCheckpoint checkpoint, Selection selection, Window window, CancellationToken cancellationToken)
    {
        var started = window.AddMonths(-(int)checkpoint);
        var placements = StartedBetween(selection, started.From, started.End);
        var middle = started.Middle;
        var known = checkpoint == DurabilityCheckpoint.SixMonths
            ? placements.Where(p => p.EmployedAtSixMonths != null).Select(p => new { p.PlacingOrganisationId, p.StartDate, Hit = p.EmployedAtSixMonths == true ? 1 : 0 })
            : placements.Where(p => p.EmployedAtTwelveMonths != null).Select(p => new { p.PlacingOrganisationId, p.StartDate, Hit = p.EmployedAtTwelveMonths == true ? 1 : 0 });
        return breakdown switch
        {
            Breakdowns.PlacingOrganisation => GroupAsync(
                known.Select(k => new Fact<Guid> { Key = k.PlacingOrganisationId, Hit = k.Hit, Now = k.StartDate >= middle ? 1 : 0 }), IndicatorKind.Share, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(breakdown), breakdown, "No such breakdown of durability."),
        };
    }

    /// <summary>
    /// Front-door requests due in the period and before today, answered on or before the due date (the answer's UTC
    /// calendar day); the organisation is the owner's, the municipality the request's.
    /// </summary>
    private Task<BreakdownCells> IntakeAnsweredInTimeAsync(string breakdown, Selection selection, Window window, CancellationToken cancellationToken)
    {
        var today = DutchTime.Today(clock);
        var (from, middle, end) = window;
        var requests = db.IntakeRequests.AsNoTracking().Where(r => r.DueDate >= from && r.DueDate < end && r.DueDate < today);
        if (selection.Organisation is { } organisation)
        {
            requests = requests.Where(r => db.Users.Any(u => u.Id == r.OwnerUserId && u.OrganisationId == organisation));
        }

        if (selection.Municipality is { } municipality)
        {
            requests = requests.Where(r => r.Municipality == municipality);
        }

        if (selection.Team is { } team)
        {
            requests = requests.Where(r => r.OwnerUserId != null && Members(team).Contains(r.OwnerUserId.Value));
        }

        return breakdown switch
        {
            Breakdowns.RequestType => GroupAsync(
                requests.Select(r => new Fact<IntakeRequestType>
                {
                    Key = r.Type,
                    Hit = r.AnsweredAtUtc != null && DateOnly.FromDateTime(r.AnsweredAtUtc.Value) <= r.DueDate ? 1 : 0,
                    Now = r.DueDate >= middle ? 1 : 0,
                }),
                IndicatorKind.Share,
                cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(breakdown), breakdown, "No such breakdown of front-door requests."),
        };
    }

    /// <summary>
    /// Aftercare tasks due in the period and before today (a task due today can still be done on time), done on or before
    /// the due date (<see cref="AftercareTask.DoneOnTime"/>); the organisation is the assignee's, the municipality the vacancy's.
    /// </summary>
    private Task<BreakdownCells> AftercareOnTimeAsync(string breakdown, Selection selection, Window window, CancellationToken cancellationToken)
    {
        var today = DutchTime.Today(clock);
        var (from, middle, end) = window;
        var tasks = db.AftercareTasks.AsNoTracking().Where(t => t.DueOn >= from && t.DueOn < end && t.DueOn < today);
        if (selection.Organisation is { } organisation)
        {
            tasks = tasks.Where(t => db.Users.Any(u => u.Id == t.AssigneeUserId && u.OrganisationId == organisation));
        }

        if (selection.Municipality is { } municipality)
        {
            tasks = tasks.Where(t => db.Referrals.Any(r => r.Id == t.ReferralId && db.Vacancies.Any(v => v.Id == r.VacancyId && v.MunicipalityName == municipality)));
        }

        if (selection.Team is { } team)
        {
            tasks = tasks.Where(t => Members(team).Contains(t.AssigneeUserId));
        }

        return breakdown switch
        {
            Breakdowns.TaskKind => GroupAsync(
                tasks.Select(t => new Fact<AftercareTaskKind> { Key = t.Kind, Hit = t.CompletedOn != null && t.CompletedOn <= t.DueOn ? 1 : 0, Now = t.DueOn >= middle ? 1 : 0 }),
                IndicatorKind.Share,
                cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(breakdown), breakdown, "No such breakdown of aftercare tasks."),
        };
    }

    /// <summary>
    /// Employers by size class. Reached: of the employers registered before the period's end, those with a contact that
    /// took place in the period (by the organisation filtered on); new: those registered in the period (by a user of that
    /// organisation). The municipality is that of any of the employer's locations. An employer counts in both periods
    /// when it was reached in both, so each period is its own query.
    /// </summary>
    private async Task<BreakdownCells> EmployersAsync(string breakdown, bool registered, Selection selection, CancellationToken cancellationToken)
    {
        if (breakdown != Breakdowns.SizeClass)
        {
            throw new ArgumentOutOfRangeException(nameof(breakdown), breakdown, "No such breakdown of employers.");
        }

        async Task<IReadOnlyList<KeyedCell>> CountAsync(Period period)
        {
            var (from, _, to) = new Window(period.From, period.From, period.End).Utc();
            var employers = db.Employers.AsNoTracking().Where(e => e.CreatedAtUtc < to);
            if (selection.Municipality is { } municipality)
            {
                employers = employers.Where(e => e.Locations.Any(l => l.MunicipalityName == municipality));
            }

            var organisation = selection.Organisation;
            var held = HeldContacts(selection, from, to);
            var facts = registered
                ? employers.Where(e => e.CreatedAtUtc >= from && (organisation == null || db.Users.Any(u => u.Id == e.CreatedByUserId && u.OrganisationId == organisation))
                    && (selection.Team == null || db.Users.Any(u => u.Id == e.CreatedByUserId && u.TeamId == selection.Team)))
                    .Select(e => new { Key = e.SizeClass, Hit = 1 })
                : employers.Select(e => new { Key = e.SizeClass, Hit = held.Any(c => c.EmployerId == e.Id) ? 1 : 0 });
            var groups = await facts.GroupBy(f => f.Key).Select(g => new { g.Key, Rows = g.Count(), Hits = g.Sum(f => f.Hit) }).ToListAsync(cancellationToken);
            return groups.Select(g => new KeyedCell(Name(g.Key), registered ? new Cell(g.Rows) : new Cell(g.Hits, g.Rows))).ToList();
        }

        return new BreakdownCells(await CountAsync(selection.Period), await CountAsync(selection.Period.Previous()));
    }

    /// <summary>
    /// Of the region's employers by its register (the population table imported for the surveys, <see cref="PopulationCount"/>),
    /// the share reached: Werkbrug's employers with a held contact in the period (by the organisation filtered on), per SBI
    /// section of their first SBI code and per size band, against the register's count of that section or band. The
    /// register of the year the period ends in counts, or the latest year before it; without one the period has no figure.
    /// The register is region-wide, so under a municipality filter neither period has one. An employer without an SBI code
    /// is reached in the "unknown" row, which has no base but counts in the total.
    /// </summary>
    private async Task<IReadOnlyDictionary<string, BreakdownCells>> RegisterReachedAsync(IndicatorDefinition indicator, Selection selection, CancellationToken cancellationToken)
    {
        if (selection.Municipality is not null)
        {
            return indicator.Breakdowns.ToDictionary(b => b, _ => new BreakdownCells([], []) { NowAvailable = false, BeforeAvailable = false }, StringComparer.Ordinal);
        }

        var population = await db.PopulationCounts.AsNoTracking().ToListAsync(cancellationToken);

        // Per period the register's rows and the reached employers per (section, band), counted once for both breakdowns.
        async Task<(List<PopulationCount> Register, List<(string? Section, SizeBand Band, long Rows)> Reached)?> CountAsync(Period period)
        {
            var year = population.Where(p => p.Year <= period.To.Year).Select(p => (int?)p.Year).Max();
            if (year is null)
            {
                return null;
            }

            var (from, _, to) = new Window(period.From, period.From, period.End).Utc();
            var held = HeldContacts(selection, from, to);
            var groups = await db.Employers.AsNoTracking().Where(e => held.Any(c => c.EmployerId == e.Id))
                .GroupBy(e => new { Section = e.SbiSections.Count > 0 ? e.SbiSections[0] : null, e.SizeClass })
                .Select(g => new { g.Key.Section, g.Key.SizeClass, Rows = g.Count() })
                .ToListAsync(cancellationToken);
            return (population.Where(p => p.Year == year).ToList(), groups.Select(g => (g.Section, Bands.Of(g.SizeClass), (long)g.Rows)).ToList());
        }

        static IReadOnlyList<KeyedCell> Cells(string breakdown, (List<PopulationCount> Register, List<(string? Section, SizeBand Band, long Rows)> Reached) counted)
        {
            string KeyOf(string? section, SizeBand? band) => breakdown switch
            {
                Breakdowns.SbiSection => section ?? string.Empty,
                Breakdowns.SizeBand => Name(band),
                _ => throw new ArgumentOutOfRangeException(nameof(breakdown), breakdown, "No such breakdown of the register."),
            };
            var cells = counted.Register.Where(r => r is { Section: not null, Size: not null }).ToList();
            var margin = cells.Count > 0
                ? cells
                : counted.Register.Where(r => breakdown == Breakdowns.SbiSection ? r is { Section: not null, Size: null } : r is { Section: null, Size: not null }).ToList();
            var register = margin.GroupBy(r => KeyOf(r.Section, r.Size)).ToDictionary(g => g.Key, g => g.Sum(r => r.Count), StringComparer.Ordinal);
            var reached = counted.Reached.GroupBy(g => KeyOf(g.Section, g.Band)).ToDictionary(g => g.Key, g => g.Sum(x => x.Rows), StringComparer.Ordinal);
            return register.Keys.Union(reached.Keys).Select(k => new KeyedCell(k, new Cell(reached.GetValueOrDefault(k), register.GetValueOrDefault(k)))).ToList();
        }

        var (now, before) = (await CountAsync(selection.Period), await CountAsync(selection.Period.Previous()));
        return indicator.Breakdowns.ToDictionary(
            b => b,
            b => new BreakdownCells(now is { } n ? Cells(b, n) : [], before is { } p ? Cells(b, p) : []) { NowAvailable = now is not null, BeforeAvailable = before is not null },
            StringComparer.Ordinal);
    }

    /// <summary>Contact moments with employers that took place from <paramref name="from"/> to before <paramref name="to"/> (planned ones left out), by the organisation and team filtered on.</summary>
    private IQueryable<ContactMoment> HeldContacts(Selection selection, DateTime from, DateTime to)
    {
        var contacts = db.ContactMoments.AsNoTracking().Where(c => !c.IsPlanned && c.OccurredAtUtc >= from && c.OccurredAtUtc < to);
        if (selection.Organisation is { } organisation)
        {
            contacts = contacts.Where(c => c.OrganisationId == organisation);
        }

        return selection.Team is { } team ? contacts.Where(c => Members(team).Contains(c.AdviserUserId)) : contacts;
    }

    /// <summary>Contact moments with employers that took place in the period (planned ones left out); the organisation is the adviser's, the municipality that of any of the employer's locations.</summary>
    private Task<BreakdownCells> ContactsAsync(string breakdown, Selection selection, Window window, CancellationToken cancellationToken)
    {
        var (from, middle, to) = window.Utc();
        var contacts = HeldContacts(selection, from, to);
        if (selection.Municipality is { } municipality)
        {
            contacts = contacts.Where(c => db.Employers.Any(e => e.Id == c.EmployerId && e.Locations.Any(l => l.MunicipalityName == municipality)));
        }

        return breakdown switch
        {
            Breakdowns.Initiator => GroupAsync(
                contacts.Select(c => new Fact<ContactInitiator> { Key = c.Initiator, Hit = 1, Now = c.OccurredAtUtc >= middle ? 1 : 0 }), IndicatorKind.Count, cancellationToken),
            Breakdowns.ContactOrganisation => GroupAsync(
                contacts.Select(c => new Fact<Guid> { Key = c.OrganisationId, Hit = 1, Now = c.OccurredAtUtc >= middle ? 1 : 0 }), IndicatorKind.Count, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(breakdown), breakdown, "No such breakdown of contacts."),
        };
    }

    /// <summary>The referrals of the organisation (the referring one), municipality (the vacancy's) and team (the referring adviser's) filtered on.</summary>
    private IQueryable<Referral> Referrals(Selection selection)
    {
        var referrals = db.Referrals.AsNoTracking();
        if (selection.Organisation is { } organisation)
        {
            referrals = referrals.Where(r => r.ReferringOrganisationId == organisation);
        }

        if (selection.Municipality is { } municipality)
        {
            referrals = referrals.Where(r => db.Vacancies.Any(v => v.Id == r.VacancyId && v.MunicipalityName == municipality));
        }

        return selection.Team is { } team ? referrals.Where(r => Members(team).Contains(r.ReferredByUserId)) : referrals;
    }

    /// <summary>
    /// The referrals sent to the employer in both periods. A referral never returns to a status it left
    /// (<see cref="ReferralWorkflow"/> has no cycle), so it has at most one step to each status and counts once.
    /// </summary>
    private sealed record SentGroup(bool Now, Guid Organisation, bool Hired, bool InvitedOrHired, int Rows);

    /// <summary>
    /// The referrals sent to the employer in the period (the step's date), per referring organisation, in one query for
    /// both shares (driven from the period's steps, index on ReferralEvents (To, AtUtc)). A hit is a hire, or for the
    /// invitation share an invitation or a hire (an employer may hire without inviting first).
    /// </summary>
    private async Task<IReadOnlyDictionary<string, BreakdownCells>> SentAsync(IndicatorDefinition indicator, Selection selection, CancellationToken cancellationToken)
    {
        var groups = await SharedAsync(IndicatorCatalogue.ReferralsInvited, selection, async () =>
        {
            var (from, middle, to) = Window.Of(selection).Utc();
            var counted = await Referrals(selection)
                .SelectMany(
                    r => r.History.Where(e => e.To == ReferralStatus.SentToEmployer && e.AtUtc >= from && e.AtUtc < to),
                    (r, e) => new
                    {
                        r.ReferringOrganisationId,
                        Now = e.AtUtc >= middle,
                        Hired = r.Status == ReferralStatus.Hired,

                        // Only a referral that ended after the employer had it may or may not have been invited: the
                        // history is read for those alone (a conditional, which the database evaluates lazily).
                        InvitedOrHired = r.Status == ReferralStatus.Invited || r.Status == ReferralStatus.Hired
                            ? true
                            : r.Status != ReferralStatus.SentToEmployer && r.History.Any(h => h.To == ReferralStatus.Invited),
                    })
                .GroupBy(f => new { f.Now, f.ReferringOrganisationId, f.Hired, f.InvitedOrHired })
                .Select(g => new { g.Key, Rows = g.Count() })
                .ToListAsync(cancellationToken);
            return (IReadOnlyList<SentGroup>)counted.Select(g => new SentGroup(g.Key.Now, g.Key.ReferringOrganisationId, g.Key.Hired, g.Key.InvitedOrHired, g.Rows)).ToList();
        });
        var hired = indicator.Key == IndicatorCatalogue.ReferralsHired;
        return indicator.Breakdowns.ToDictionary(
            b => b,
            b => b == Breakdowns.ReferringOrganisation
                ? Split(groups.Select(g => (g.Now, Name(g.Organisation), hired ? g.Hired : g.InvitedOrHired, (long)g.Rows)), indicator.Kind)
                : throw new ArgumentOutOfRangeException(nameof(indicator), b, "No such breakdown of referrals."),
            StringComparer.Ordinal);
    }

    /// <summary>The referrals the employer rejected in both periods (one step each, see <see cref="SentGroup"/>).</summary>
    private sealed record RejectedGroup(bool Now, Guid Organisation, RejectionReason? Reason, bool FeedbackOnTime, int Rows);

    /// <summary>
    /// Referrals the employer rejected in the period (the step's date), in one query for the rejections by reason and the
    /// feedback share per referring organisation; a feedback hit has a feedback task (<see cref="AftercareTaskKind.Feedback"/>)
    /// done on or before its due date.
    /// </summary>
    private async Task<IReadOnlyDictionary<string, BreakdownCells>> RejectedAsync(IndicatorDefinition indicator, Selection selection, CancellationToken cancellationToken)
    {
        var groups = await SharedAsync(IndicatorCatalogue.Rejections, selection, async () =>
        {
            var (from, middle, to) = Window.Of(selection).Utc();
            var counted = await Referrals(selection)
                .SelectMany(
                    r => r.History.Where(e => e.To == ReferralStatus.Rejected && e.AtUtc >= from && e.AtUtc < to),
                    (r, e) => new
                    {
                        r.ReferringOrganisationId,
                        r.RejectionReason,
                        Now = e.AtUtc >= middle,
                        Feedback = db.AftercareTasks.Any(t => t.ReferralId == r.Id && t.Kind == AftercareTaskKind.Feedback && t.CompletedOn != null && t.CompletedOn <= t.DueOn),
                    })
                .GroupBy(f => new { f.Now, f.ReferringOrganisationId, f.RejectionReason, f.Feedback })
                .Select(g => new { g.Key, Rows = g.Count() })
                .ToListAsync(cancellationToken);
            return (IReadOnlyList<RejectedGroup>)counted.Select(g => new RejectedGroup(g.Key.Now, g.Key.ReferringOrganisationId, g.Key.RejectionReason, g.Key.Feedback, g.Rows)).ToList();
        });
        return indicator.Breakdowns.ToDictionary(
            b => b,
            b => b switch
            {
                Breakdowns.RejectionReason => Split(groups.Select(g => (g.Now, Name(g.Reason), true, (long)g.Rows)), indicator.Kind),
                Breakdowns.ReferringOrganisation => Split(groups.Select(g => (g.Now, Name(g.Organisation), g.FeedbackOnTime, (long)g.Rows)), indicator.Kind),
                _ => throw new ArgumentOutOfRangeException(nameof(indicator), b, "No such breakdown of rejections."),
            },
            StringComparer.Ordinal);
    }

    /// <summary>
    /// Days from taking the vacancy in (its creation) to the step to filled, for the vacancies filled in the period, counted
    /// as whole UTC calendar days; the average per organisation of the vacancy.
    /// </summary>
    private async Task<BreakdownCells> TimeToFillAsync(string breakdown, Selection selection, Window window, CancellationToken cancellationToken)
    {
        if (breakdown != Breakdowns.VacancyOrganisation)
        {
            throw new ArgumentOutOfRangeException(nameof(breakdown), breakdown, "No such breakdown of time to fill.");
        }

        var (from, middle, to) = window.Utc();
        var groups = await Vacancies(selection)
            .SelectMany(
                v => v.StatusHistory.Where(h => h.To == VacancyStatus.Filled && h.AtUtc >= from && h.AtUtc < to),
                (v, h) => new
                {
                    v.OwnerOrganisationId,
                    Now = h.AtUtc >= middle ? 1 : 0,
                    Days = DateOnly.FromDateTime(h.AtUtc).DayNumber - DateOnly.FromDateTime(v.CreatedAtUtc).DayNumber,
                })
            .GroupBy(f => new { f.Now, f.OwnerOrganisationId })
            .Select(g => new { g.Key.Now, g.Key.OwnerOrganisationId, Count = g.Count(), Days = g.Sum(f => f.Days) })
            .ToListAsync(cancellationToken);
        IReadOnlyList<KeyedCell> Cells(int now) =>
            groups.Where(g => g.Now == now).Select(g => new KeyedCell(g.OwnerOrganisationId.ToString(), new Cell(g.Count, 0, g.Days))).ToList();
        return new BreakdownCells(Cells(1), Cells(0));
    }

    /// <summary>The vacancies of the organisation, municipality and team (the vacancy's adviser's) filtered on.</summary>
    private IQueryable<Vacancy> Vacancies(Selection selection)
    {
        var vacancies = db.Vacancies.AsNoTracking();
        if (selection.Organisation is { } organisation)
        {
            vacancies = vacancies.Where(v => v.OwnerOrganisationId == organisation);
        }

        if (selection.Municipality is { } municipality)
        {
            vacancies = vacancies.Where(v => v.MunicipalityName == municipality);
        }

        return selection.Team is { } team ? vacancies.Where(v => Members(team).Contains(v.AdviserUserId)) : vacancies;
    }

    /// <summary>Vacancies whose status became filled, withdrawn or expired in the period (final statuses, so once per vacancy); the organisation and municipality are the vacancy's.</summary>
    private Task<BreakdownCells> VacanciesClosedAsync(string breakdown, Selection selection, Window window, CancellationToken cancellationToken)
    {
        var (from, middle, to) = window.Utc();
        var closed = Vacancies(selection).SelectMany(
            v => v.StatusHistory.Where(h => (h.To == VacancyStatus.Filled || h.To == VacancyStatus.Withdrawn || h.To == VacancyStatus.Expired) && h.AtUtc >= from && h.AtUtc < to),
            (v, h) => new { v.OwnerOrganisationId, h.To, Now = h.AtUtc >= middle ? 1 : 0 });
        return breakdown switch
        {
            Breakdowns.Outcome => GroupAsync(closed.Select(c => new Fact<VacancyStatus> { Key = c.To, Hit = 1, Now = c.Now }), IndicatorKind.Count, cancellationToken),
            Breakdowns.VacancyOrganisation => GroupAsync(closed.Select(c => new Fact<Guid> { Key = c.OwnerOrganisationId, Hit = 1, Now = c.Now }), IndicatorKind.Count, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(breakdown), breakdown, "No such breakdown of vacancies."),
        };
    }

    /// <summary>Placements that started on or after <paramref name="from"/> and before <paramref name="end"/>; the organisation is the placing one, the municipality the work location's, the team the placement's contact person's.</summary>
    private IQueryable<Placement> StartedBetween(Selection selection, DateOnly from, DateOnly end)
    {
        var placements = db.Placements.AsNoTracking().Where(p => p.StartDate >= from && p.StartDate < end);
        if (selection.Organisation is { } organisation)
        {
            placements = placements.Where(p => p.PlacingOrganisationId == organisation);
        }

        if (selection.Municipality is { } municipality)
        {
            placements = placements.Where(p => db.Vacancies.Any(v => v.Id == p.VacancyId && v.MunicipalityName == municipality));
        }

        return selection.Team is { } team ? placements.Where(p => Members(team).Contains(p.ContactPersonUserId)) : placements;
    }

    /// <summary>The placements of both periods counted once per combination of every key they are broken down by.</summary>
    private sealed record PlacementGroup(bool Now, BenefitType? Benefit, string? Municipality, Guid Owner, Guid Placing, ContractType ContractType, PlacementInstrument Instrument, int Rows)
    {
        /// <summary>A placement of another partner's candidate (the owner organisation is not the placing one).</summary>
        public bool CrossPartner => Owner != Placing;

        public string KeyOf(string breakdown) => breakdown switch
        {
            Breakdowns.Benefit => Name(Benefit),
            Breakdowns.Municipality => Name(Municipality),
            Breakdowns.OwnerOrganisation => Name(Owner),
            Breakdowns.PlacingOrganisation => Name(Placing),
            Breakdowns.ContractType => Name(ContractType),
            Breakdowns.Instrument => Name(Instrument),
            _ => throw new ArgumentOutOfRangeException(nameof(breakdown), breakdown, "No such breakdown of placements."),
        };
    }

    /// <summary>
    /// Placements that started in the period per breakdown, from one GROUP BY over all breakdown keys (counted once per
    /// request for the placements and the cross-partner share). A hit is a placement of another partner's candidate: the
    /// cross-partner share counts hits, the placement count ignores them.
    /// </summary>
    private async Task<IReadOnlyDictionary<string, BreakdownCells>> PlacementsAsync(IndicatorDefinition indicator, Selection selection, CancellationToken cancellationToken)
    {
        var groups = await SharedAsync(IndicatorCatalogue.Placements, selection, async () =>
        {
            var window = Window.Of(selection);
            var middle = window.Middle;
            var counted = await (
                from p in StartedBetween(selection, window.From, window.End)
                join j in db.JobSeekers on p.JobSeekerId equals j.Id into profiles
                from j in profiles.DefaultIfEmpty()
                join v in db.Vacancies on p.VacancyId equals v.Id into vacancies
                from v in vacancies.DefaultIfEmpty()
                group p by new
                {
                    Now = p.StartDate >= middle,
                    Benefit = j == null ? null : (BenefitType?)j.Benefit,
                    Municipality = v == null ? null : v.MunicipalityName,
                    p.OwnerOrganisationId,
                    p.PlacingOrganisationId,
                    p.ContractType,
                    p.Instrument,
                } into g
                select new { g.Key, Rows = g.Count() }).ToListAsync(cancellationToken);
            return (IReadOnlyList<PlacementGroup>)counted.Select(g => new PlacementGroup(
                g.Key.Now, g.Key.Benefit, g.Key.Municipality, g.Key.OwnerOrganisationId, g.Key.PlacingOrganisationId, g.Key.ContractType, g.Key.Instrument, g.Rows)).ToList();
        });

        return indicator.Breakdowns.ToDictionary(
            b => b,
            b => Split(groups.Select(g => (g.Now, g.KeyOf(b), g.CrossPartner, (long)g.Rows)), indicator.Kind),
            StringComparer.Ordinal);
    }

    /// <summary>Counts the facts per period, key and hit in the database.</summary>
    private static async Task<BreakdownCells> GroupAsync<TKey>(IQueryable<Fact<TKey>> facts, IndicatorKind kind, CancellationToken cancellationToken)
    {
        var groups = await facts.GroupBy(f => new { f.Now, f.Key, f.Hit })
            .Select(g => new { g.Key.Now, g.Key.Key, g.Key.Hit, Rows = g.Count() })
            .ToListAsync(cancellationToken);
        return Split(groups.Select(g => (g.Now == 1, Name(g.Key), g.Hit != 0, (long)g.Rows)), kind);
    }

    /// <summary>The counted groups as each period's cells: rows per key, and for a share the rows that are hits.</summary>
    private static BreakdownCells Split(IEnumerable<(bool Now, string Key, bool Hit, long Rows)> groups, IndicatorKind kind)
    {
        var all = groups.ToList();
        IReadOnlyList<KeyedCell> Cells(bool now) => all.Where(g => g.Now == now).GroupBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var rows = g.Sum(x => x.Rows);
                return new KeyedCell(g.Key, kind == IndicatorKind.Share ? new Cell(g.Where(x => x.Hit).Sum(x => x.Rows), rows) : new Cell(rows));
            })
            .ToList();
        return new BreakdownCells(Cells(true), Cells(false));
    }

    /// <summary>The users of <paramref name="team"/>: the team filter counts the work these advisers did (each indicator's definition says whose).</summary>
    private IQueryable<Guid> Members(Guid team) => db.Users.Where(u => u.TeamId == team).Select(u => u.Id);

    /// <summary>A breakdown key as the figures name it: an enum name, an id or a name; empty for unknown.</summary>
    private static string Name<TKey>(TKey key) => Convert.ToString(key, CultureInfo.InvariantCulture) ?? string.Empty;
}
