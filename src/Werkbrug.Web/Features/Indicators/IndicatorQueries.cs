using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Employers;
using Werkbrug.Domain.FrontDoor;
using Werkbrug.Domain.Indicators;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Referrals;
using Werkbrug.Domain.Vacancies;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Indicators;

/// <summary>What the figures are asked for: the period, and optionally one organisation and one municipality of the region.</summary>
public sealed record Selection(Period Period, Guid? Organisation, string? Municipality);

/// <summary>One row of a breakdown as the database counted it: the key (an enum name, an id or a name; empty: unknown) and its cell.</summary>
public sealed record KeyedCell(string Key, Cell Cell);

/// <summary>
/// One record as an indicator counts it: the breakdown key and whether it meets the indicator's condition (1/0, for
/// shares). Every indicator projects its records to this, so one GROUP BY serves them all.
/// </summary>
public sealed class Fact<TKey>
{
    public TKey Key { get; init; } = default!;

    public int Hit { get; init; }
}

/// <summary>
/// The indicators' SQL: per indicator and breakdown one GROUP BY in the database (region scope from the global query
/// filter), never rows loaded to be counted. <see cref="CellsAsync"/> answers the rows of one breakdown for one period.
/// </summary>
public sealed class IndicatorQueries(WerkbrugDb db, TimeProvider clock)
{
    public Task<IReadOnlyList<KeyedCell>> CellsAsync(IndicatorDefinition indicator, string breakdown, Selection selection, Period period, CancellationToken cancellationToken) =>
        indicator.Key switch
        {
            IndicatorCatalogue.Placements or IndicatorCatalogue.CrossPartnerPlacements =>
                PlacementsAsync(breakdown, Started(selection, period), indicator.Kind, cancellationToken),
            IndicatorCatalogue.ReferralsInvited or IndicatorCatalogue.ReferralsHired =>
                ReferralsAsync(breakdown, SentToEmployer(selection, period), indicator.Key == IndicatorCatalogue.ReferralsHired, indicator.Kind, cancellationToken),
            IndicatorCatalogue.LastingSixMonths => LastingAsync(breakdown, DurabilityCheckpoint.SixMonths, selection, period, cancellationToken),
            IndicatorCatalogue.LastingTwelveMonths => LastingAsync(breakdown, DurabilityCheckpoint.TwelveMonths, selection, period, cancellationToken),
            IndicatorCatalogue.IntakeAnsweredInTime => IntakeAnsweredInTimeAsync(breakdown, selection, period, cancellationToken),
            IndicatorCatalogue.AftercareOnTime => AftercareOnTimeAsync(breakdown, selection, period, cancellationToken),
            IndicatorCatalogue.FeedbackToCaseManager => FeedbackAsync(breakdown, selection, period, cancellationToken),
            IndicatorCatalogue.EmployersReached or IndicatorCatalogue.EmployersNew => EmployersAsync(breakdown, indicator.Key == IndicatorCatalogue.EmployersNew, selection, period, cancellationToken),
            IndicatorCatalogue.EmployerContacts => ContactsAsync(breakdown, selection, period, cancellationToken),
            IndicatorCatalogue.Rejections => RejectionsAsync(breakdown, selection, period, cancellationToken),
            IndicatorCatalogue.VacanciesClosed => VacanciesClosedAsync(breakdown, selection, period, cancellationToken),
            IndicatorCatalogue.TimeToFill => TimeToFillAsync(breakdown, selection, period, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(indicator), indicator.Key, "No query for this indicator."),
        };

    /// <summary>
    /// The durability share of <see cref="DurabilityShare"/> (as Placements/DurabilityFigures shows it for all time), for
    /// the placements whose checkpoint date falls in the period: those with a known status are the base, those still
    /// employed the hits. The checkpoint is the start date plus 6 or 12 months, so the start dates run from the period's
    /// first day to its day after, both moved back as many months.
    /// </summary>
    private Task<IReadOnlyList<KeyedCell>> LastingAsync(string breakdown, DurabilityCheckpoint checkpoint, Selection selection, Period period, CancellationToken cancellationToken)
    {
        var months = (int)checkpoint;
        var started = StartedBetween(selection, period.From.AddMonths(-months), period.End.AddMonths(-months));
        var known = checkpoint == DurabilityCheckpoint.SixMonths
            ? started.Where(p => p.EmployedAtSixMonths != null).Select(p => new { p.PlacingOrganisationId, Hit = p.EmployedAtSixMonths == true ? 1 : 0 })
            : started.Where(p => p.EmployedAtTwelveMonths != null).Select(p => new { p.PlacingOrganisationId, Hit = p.EmployedAtTwelveMonths == true ? 1 : 0 });
        return breakdown switch
        {
            Breakdowns.PlacingOrganisation => GroupAsync(known.Select(k => new Fact<Guid> { Key = k.PlacingOrganisationId, Hit = k.Hit }), IndicatorKind.Share, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(breakdown), breakdown, "No such breakdown of durability."),
        };
    }

    /// <summary>
    /// Front-door requests due in the period and before today, answered on or before the due date (the answer's UTC
    /// calendar day); the organisation is the owner's, the municipality the request's.
    /// </summary>
    private Task<IReadOnlyList<KeyedCell>> IntakeAnsweredInTimeAsync(string breakdown, Selection selection, Period period, CancellationToken cancellationToken)
    {
        var today = DutchTime.Today(clock);
        var requests = db.IntakeRequests.AsNoTracking().Where(r => r.DueDate >= period.From && r.DueDate <= period.To && r.DueDate < today);
        if (selection.Organisation is { } organisation)
        {
            requests = requests.Where(r => db.Users.Any(u => u.Id == r.OwnerUserId && u.OrganisationId == organisation));
        }

        if (selection.Municipality is { } municipality)
        {
            requests = requests.Where(r => r.Municipality == municipality);
        }

        return breakdown switch
        {
            Breakdowns.RequestType => GroupAsync(
                requests.Select(r => new Fact<IntakeRequestType>
                {
                    Key = r.Type,
                    Hit = r.AnsweredAtUtc != null && DateOnly.FromDateTime(r.AnsweredAtUtc.Value) <= r.DueDate ? 1 : 0,
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
    private Task<IReadOnlyList<KeyedCell>> AftercareOnTimeAsync(string breakdown, Selection selection, Period period, CancellationToken cancellationToken)
    {
        var today = DutchTime.Today(clock);
        var tasks = db.AftercareTasks.AsNoTracking().Where(t => t.DueOn >= period.From && t.DueOn <= period.To && t.DueOn < today);
        if (selection.Organisation is { } organisation)
        {
            tasks = tasks.Where(t => db.Users.Any(u => u.Id == t.AssigneeUserId && u.OrganisationId == organisation));
        }

        if (selection.Municipality is { } municipality)
        {
            tasks = tasks.Where(t => db.Referrals.Any(r => r.Id == t.ReferralId && db.Vacancies.Any(v => v.Id == r.VacancyId && v.MunicipalityName == municipality)));
        }

        return breakdown switch
        {
            Breakdowns.TaskKind => GroupAsync(
                tasks.Select(t => new Fact<AftercareTaskKind> { Key = t.Kind, Hit = t.CompletedOn != null && t.CompletedOn <= t.DueOn ? 1 : 0 }), IndicatorKind.Share, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(breakdown), breakdown, "No such breakdown of aftercare tasks."),
        };
    }

    /// <summary>
    /// Employers by size class. Reached: of the employers registered before the period's end, those with a contact that
    /// took place in the period (by the organisation filtered on); new: those registered in the period (by a user of that
    /// organisation). The municipality is that of any of the employer's locations.
    /// </summary>
    private Task<IReadOnlyList<KeyedCell>> EmployersAsync(string breakdown, bool registered, Selection selection, Period period, CancellationToken cancellationToken)
    {
        var (from, to) = Utc(period);
        var employers = db.Employers.AsNoTracking().Where(e => e.CreatedAtUtc < to);
        if (selection.Municipality is { } municipality)
        {
            employers = employers.Where(e => e.Locations.Any(l => l.MunicipalityName == municipality));
        }

        var organisation = selection.Organisation;
        var facts = registered
            ? employers.Where(e => e.CreatedAtUtc >= from && (organisation == null || db.Users.Any(u => u.Id == e.CreatedByUserId && u.OrganisationId == organisation)))
                .Select(e => new Fact<SizeClass> { Key = e.SizeClass, Hit = 1 })
            : employers.Select(e => new Fact<SizeClass>
            {
                Key = e.SizeClass,
                Hit = db.ContactMoments.Any(c => c.EmployerId == e.Id && !c.IsPlanned && c.OccurredAtUtc >= from && c.OccurredAtUtc < to && (organisation == null || c.OrganisationId == organisation)) ? 1 : 0,
            });
        return breakdown switch
        {
            Breakdowns.SizeClass => GroupAsync(facts, registered ? IndicatorKind.Count : IndicatorKind.Share, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(breakdown), breakdown, "No such breakdown of employers."),
        };
    }

    /// <summary>Contact moments with employers that took place in the period (planned ones left out); the organisation is the adviser's, the municipality that of any of the employer's locations.</summary>
    private Task<IReadOnlyList<KeyedCell>> ContactsAsync(string breakdown, Selection selection, Period period, CancellationToken cancellationToken)
    {
        var (from, to) = Utc(period);
        var contacts = db.ContactMoments.AsNoTracking().Where(c => !c.IsPlanned && c.OccurredAtUtc >= from && c.OccurredAtUtc < to);
        if (selection.Organisation is { } organisation)
        {
            contacts = contacts.Where(c => c.OrganisationId == organisation);
        }

        if (selection.Municipality is { } municipality)
        {
            contacts = contacts.Where(c => db.Employers.Any(e => e.Id == c.EmployerId && e.Locations.Any(l => l.MunicipalityName == municipality)));
        }

        return breakdown switch
        {
            Breakdowns.Initiator => GroupAsync(contacts.Select(c => new Fact<ContactInitiator> { Key = c.Initiator, Hit = 1 }), IndicatorKind.Count, cancellationToken),
            Breakdowns.ContactOrganisation => GroupAsync(contacts.Select(c => new Fact<Guid> { Key = c.OrganisationId, Hit = 1 }), IndicatorKind.Count, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(breakdown), breakdown, "No such breakdown of contacts."),
        };
    }

    /// <summary>The period's bounds in UTC: from the start of its first Dutch day to the start of the day after it.</summary>
    private static (DateTime From, DateTime To) Utc(Period period) =>
        (DutchTime.FromLocal(period.From.ToDateTime(TimeOnly.MinValue)).UtcDateTime, DutchTime.FromLocal(period.End.ToDateTime(TimeOnly.MinValue)).UtcDateTime);

    /// <summary>Referrals with a step in the period's window to <paramref name="status"/>; the organisation is the referring one, the municipality the vacancy's.</summary>
    private IQueryable<Referral> ReferralsWithStep(ReferralStatus status, Selection selection, Period period)
    {
        var (from, to) = Utc(period);
        // Driven from the steps of the period (index on ReferralEvents (To, AtUtc)), not by probing every referral's history.
        var stepped = db.Referrals.SelectMany(r => r.History.Where(e => e.To == status && e.AtUtc >= from && e.AtUtc < to), (r, e) => r.Id);
        var referrals = db.Referrals.AsNoTracking().Where(r => stepped.Contains(r.Id));
        if (selection.Organisation is { } organisation)
        {
            referrals = referrals.Where(r => r.ReferringOrganisationId == organisation);
        }

        if (selection.Municipality is { } municipality)
        {
            referrals = referrals.Where(r => db.Vacancies.Any(v => v.Id == r.VacancyId && v.MunicipalityName == municipality));
        }

        return referrals;
    }

    private IQueryable<Referral> SentToEmployer(Selection selection, Period period) => ReferralsWithStep(ReferralStatus.SentToEmployer, selection, period);

    /// <summary>
    /// The referrals sent to the employer in the period, per referring organisation. A hit is a hire, or for the invitation
    /// share an invitation or a hire (an employer may hire without inviting first).
    /// </summary>
    private static Task<IReadOnlyList<KeyedCell>> ReferralsAsync(string breakdown, IQueryable<Referral> referrals, bool hired, IndicatorKind kind, CancellationToken cancellationToken)
    {
        var rows = hired
            ? referrals.Select(r => new { Referral = r, Hit = r.Status == ReferralStatus.Hired ? 1 : 0 })
            : referrals.Select(r => new { Referral = r, Hit = r.Status == ReferralStatus.Hired || r.History.Any(e => e.To == ReferralStatus.Invited) ? 1 : 0 });
        return breakdown switch
        {
            Breakdowns.ReferringOrganisation => GroupAsync(rows.Select(r => new Fact<Guid> { Key = r.Referral.ReferringOrganisationId, Hit = r.Hit }), kind, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(breakdown), breakdown, "No such breakdown of referrals."),
        };
    }

    /// <summary>
    /// Referrals the employer rejected in the period (the step's date), per referring organisation; a hit has a feedback
    /// task (<see cref="AftercareTaskKind.Feedback"/>) done on or before its due date.
    /// </summary>
    private Task<IReadOnlyList<KeyedCell>> FeedbackAsync(string breakdown, Selection selection, Period period, CancellationToken cancellationToken) =>
        breakdown switch
        {
            Breakdowns.ReferringOrganisation => GroupAsync(
                ReferralsWithStep(ReferralStatus.Rejected, selection, period).Select(r => new Fact<Guid>
                {
                    Key = r.ReferringOrganisationId,
                    Hit = db.AftercareTasks.Any(t => t.ReferralId == r.Id && t.Kind == AftercareTaskKind.Feedback && t.CompletedOn != null && t.CompletedOn <= t.DueOn) ? 1 : 0,
                }),
                IndicatorKind.Share,
                cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(breakdown), breakdown, "No such breakdown of feedback."),
        };

    /// <summary>Referrals the employer rejected in the period, by reason.</summary>
    private Task<IReadOnlyList<KeyedCell>> RejectionsAsync(string breakdown, Selection selection, Period period, CancellationToken cancellationToken) =>
        breakdown switch
        {
            Breakdowns.RejectionReason => GroupAsync(
                ReferralsWithStep(ReferralStatus.Rejected, selection, period).Select(r => new Fact<RejectionReason?> { Key = r.RejectionReason, Hit = 1 }), IndicatorKind.Count, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(breakdown), breakdown, "No such breakdown of rejections."),
        };

    /// <summary>
    /// Days from taking the vacancy in (its creation) to the step to filled, for the vacancies filled in the period, counted
    /// as whole UTC calendar days; the average per organisation of the vacancy.
    /// </summary>
    private async Task<IReadOnlyList<KeyedCell>> TimeToFillAsync(string breakdown, Selection selection, Period period, CancellationToken cancellationToken)
    {
        if (breakdown != Breakdowns.VacancyOrganisation)
        {
            throw new ArgumentOutOfRangeException(nameof(breakdown), breakdown, "No such breakdown of time to fill.");
        }

        var (from, to) = Utc(period);
        var groups = await Vacancies(selection)
            .SelectMany(
                v => v.StatusHistory.Where(h => h.To == VacancyStatus.Filled && h.AtUtc >= from && h.AtUtc < to),
                (v, h) => new { v.OwnerOrganisationId, Days = DateOnly.FromDateTime(h.AtUtc).DayNumber - DateOnly.FromDateTime(v.CreatedAtUtc).DayNumber })
            .GroupBy(f => f.OwnerOrganisationId)
            .Select(g => new { g.Key, Count = g.Count(), Days = g.Sum(f => f.Days) })
            .ToListAsync(cancellationToken);
        return groups.Select(g => new KeyedCell(g.Key.ToString(), new Cell(g.Count, 0, g.Days))).ToList();
    }

    /// <summary>The vacancies of the organisation and municipality filtered on.</summary>
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

        return vacancies;
    }

    /// <summary>Vacancies whose status became filled, withdrawn or expired in the period (final statuses, so once per vacancy); the organisation and municipality are the vacancy's.</summary>
    private Task<IReadOnlyList<KeyedCell>> VacanciesClosedAsync(string breakdown, Selection selection, Period period, CancellationToken cancellationToken)
    {
        var (from, to) = Utc(period);
        var closed = Vacancies(selection).SelectMany(
            v => v.StatusHistory.Where(h => (h.To == VacancyStatus.Filled || h.To == VacancyStatus.Withdrawn || h.To == VacancyStatus.Expired) && h.AtUtc >= from && h.AtUtc < to),
            (v, h) => new { v.OwnerOrganisationId, h.To });
        return breakdown switch
        {
            Breakdowns.Outcome => GroupAsync(closed.Select(c => new Fact<VacancyStatus> { Key = c.To, Hit = 1 }), IndicatorKind.Count, cancellationToken),
            Breakdowns.VacancyOrganisation => GroupAsync(closed.Select(c => new Fact<Guid> { Key = c.OwnerOrganisationId, Hit = 1 }), IndicatorKind.Count, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(breakdown), breakdown, "No such breakdown of vacancies."),
        };
    }

    /// <summary>Placements that started in the period; the organisation is the placing one, the municipality the work location's.</summary>
    private IQueryable<Placement> Started(Selection selection, Period period) => StartedBetween(selection, period.From, period.End);

    /// <summary>Placements that started on or after <paramref name="from"/> and before <paramref name="end"/>, filtered as <see cref="Started"/>.</summary>
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

        return placements;
    }

    /// <summary>
    /// Placements per <paramref name="breakdown"/>. A hit is a placement of another partner's candidate (the owner
    /// organisation is not the placing one): the cross-partner share counts hits, the placement count ignores them.
    /// </summary>
    private Task<IReadOnlyList<KeyedCell>> PlacementsAsync(string breakdown, IQueryable<Placement> placements, IndicatorKind kind, CancellationToken cancellationToken)
    {
        var rows = placements.Select(p => new { Placement = p, Hit = p.OwnerOrganisationId != p.PlacingOrganisationId ? 1 : 0 });
        return breakdown switch
        {
            Breakdowns.Benefit => GroupAsync(
                from r in rows
                join j in db.JobSeekers on r.Placement.JobSeekerId equals j.Id into profiles
                from j in profiles.DefaultIfEmpty()
                select new Fact<BenefitType?> { Key = j == null ? null : j.Benefit, Hit = r.Hit },
                kind, cancellationToken),
            Breakdowns.Municipality => GroupAsync(
                from r in rows
                join v in db.Vacancies on r.Placement.VacancyId equals v.Id into vacancies
                from v in vacancies.DefaultIfEmpty()
                select new Fact<string?> { Key = v == null ? null : v.MunicipalityName, Hit = r.Hit },
                kind, cancellationToken),
            Breakdowns.OwnerOrganisation => GroupAsync(rows.Select(r => new Fact<Guid> { Key = r.Placement.OwnerOrganisationId, Hit = r.Hit }), kind, cancellationToken),
            Breakdowns.PlacingOrganisation => GroupAsync(rows.Select(r => new Fact<Guid> { Key = r.Placement.PlacingOrganisationId, Hit = r.Hit }), kind, cancellationToken),
            Breakdowns.ContractType => GroupAsync(rows.Select(r => new Fact<ContractType> { Key = r.Placement.ContractType, Hit = r.Hit }), kind, cancellationToken),
            Breakdowns.Instrument => GroupAsync(rows.Select(r => new Fact<PlacementInstrument> { Key = r.Placement.Instrument, Hit = r.Hit }), kind, cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(breakdown), breakdown, "No such breakdown of placements."),
        };
    }

    private static async Task<IReadOnlyList<KeyedCell>> GroupAsync<TKey>(IQueryable<Fact<TKey>> facts, IndicatorKind kind, CancellationToken cancellationToken)
    {
        var groups = await facts.GroupBy(f => f.Key)
            .Select(g => new { g.Key, Rows = g.Count(), Hits = g.Sum(f => f.Hit) })
            .ToListAsync(cancellationToken);
        return groups.Select(g => new KeyedCell(
                Convert.ToString(g.Key, CultureInfo.InvariantCulture) ?? string.Empty,
                kind == IndicatorKind.Share ? new Cell(g.Hits, g.Rows) : new Cell(g.Rows)))
            .ToList();
    }
}
