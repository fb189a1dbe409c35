using Werkbrug.Domain.Common;
using Werkbrug.Domain.Vacancies;

namespace Werkbrug.Domain.Referrals;

/// <summary>The instrument used to make a placement possible, if any.</summary>
public enum PlacementInstrument
{
    None = 0,

    /// <summary>loonkostensubsidie (Participatiewet).</summary>
    WageCostSubsidy = 1,

    /// <summary>loondispensatie (Wajong).</summary>
    WageDispensation = 2,

    /// <summary>proefplaatsing.</summary>
    TrialPlacement = 3,

    /// <summary>no-riskpolis.</summary>
    NoRiskPolicy = 4,

    /// <summary>werkplekaanpassing.</summary>
    WorkplaceAdaptation = 5,

    /// <summary>mobiliteitsbonus / premie.</summary>
    EmployerBonus = 6,

    Other = 9,
}

/// <summary>The two moments durability is measured at.</summary>
public enum DurabilityCheckpoint
{
    SixMonths = 6,
    TwelveMonths = 12,
}

/// <summary>Why a placement ended. Codes only: a free text here could carry health data.</summary>
public enum PlacementEndReason
{
    /// <summary>contract niet verlengd.</summary>
    ContractNotExtended = 1,

    /// <summary>werknemer zelf gestopt.</summary>
    EmployeeResigned = 2,

    /// <summary>werkgever beëindigd (ontslag, proeftijd).</summary>
    EmployerEnded = 3,

    /// <summary>ander werk gevonden.</summary>
    OtherWork = 4,

    Other = 9,
}

/// <summary>
/// A hire that came from a referral: start date, contract, hours, instrument, the service point's contact person for
/// the aftercare, whether a job coach was agreed, and whether it lasted (at 6 and 12 months). It keeps no personal
/// data beyond the job seeker's id, so it stays (for the durability figures) when the profile is erased.
/// </summary>
public sealed class Placement : IRegionScoped, IVersioned
{
    public Guid Id { get; init; } = Ids.New();

    public required string RegionCode { get; init; }

    /// <summary>The referral it came from; cleared when the job seeker's profile (and so the referral) is erased.</summary>
    public Guid? ReferralId { get; set; }

    public required Guid VacancyId { get; init; }

    public required Guid EmployerId { get; init; }

    /// <summary>The job seeker (no foreign key: the id outlives an erased profile, as the placeholder's).</summary>
    public required Guid JobSeekerId { get; init; }

    public required Guid OwnerOrganisationId { get; init; }

    /// <summary>The organisation that made the placement (the referring one); durability is counted per placing organisation.</summary>
    public required Guid PlacingOrganisationId { get; init; }

    public required DateOnly StartDate { get; set; }

    public required ContractType ContractType { get; set; }

    public required int HoursPerWeek { get; set; }

    public PlacementInstrument Instrument { get; set; }

    /// <summary>The service point's contact person for employer and employee during the aftercare.</summary>
    public required Guid ContactPersonUserId { get; set; }

    public bool JobCoachAgreed { get; set; }

    /// <summary>Still employed at six months: null until recorded.</summary>
    public bool? EmployedAtSixMonths { get; private set; }

    public bool? EmployedAtTwelveMonths { get; private set; }

    public DateOnly? EndedOn { get; private set; }

    public PlacementEndReason? EndReason { get; private set; }

    public DateTime CreatedAtUtc { get; init; }

    public int Version { get; set; }

    public DateOnly CheckpointDate(DurabilityCheckpoint checkpoint) => StartDate.AddMonths((int)checkpoint);

    public bool? EmployedAt(DurabilityCheckpoint checkpoint) =>
        checkpoint == DurabilityCheckpoint.SixMonths ? EmployedAtSixMonths : EmployedAtTwelveMonths;

    /// <summary>
    /// Records whether the placement still runs at <paramref name="checkpoint"/>. "Still employed" can be recorded from
    /// the checkpoint date on; an end can be recorded at any time (it settles every later checkpoint too). An ended
    /// placement cannot be recorded as running again.
    /// </summary>
    public Error? RecordDurability(DurabilityCheckpoint checkpoint, bool stillEmployed, DateOnly? endedOn, PlacementEndReason? endReason, DateOnly today)
    {
        if (!Enum.IsDefined(checkpoint))
        {
            return Error.Validation("Checkpoint", "Validation.Invalid");
        }

        var due = CheckpointDate(checkpoint);
        if (stillEmployed)
        {
            if (today < due)
            {
                return Error.Validation("Checkpoint", "Placement.CheckpointNotReached", due.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            }

            if (EndedOn is not null)
            {
                return Error.Conflict("Placement.AlreadyEnded", "StillEmployed");
            }

            if (endedOn is not null || endReason is not null)
            {
                return Error.Validation("EndedOn", "Placement.EndOnlyWhenEnded");
            }

            SetAt(checkpoint, true);
            return null;
        }

        if (endedOn is not { } ended)
        {
            return Error.Validation("EndedOn", "Validation.Required");
        }

        if (endReason is not { } reason || !Enum.IsDefined(reason))
        {
            return Error.Validation("EndReason", "Validation.Required");
        }

        if (ended < StartDate || ended > today)
        {
            return Error.Validation("EndedOn", "Placement.EndOutsideRange");
        }

        if (ended >= due)
        {
            return Error.Validation("EndedOn", "Placement.EndedAfterCheckpoint");
        }

        if (EndedOn is not null)
        {
            return Error.Conflict("Placement.AlreadyEnded", "EndedOn");
        }

        // An end settles every checkpoint after it.
        EndedOn = ended;
        EndReason = reason;
        if (ended < CheckpointDate(DurabilityCheckpoint.SixMonths))
        {
            EmployedAtSixMonths = false;
        }
        else
        {
            // Ended after the six-month date: it still ran then (otherwise that check could never be settled).
            EmployedAtSixMonths ??= true;
        }

        EmployedAtTwelveMonths = false;
        return null;
    }

    private void SetAt(DurabilityCheckpoint checkpoint, bool employed)
    {
        if (checkpoint == DurabilityCheckpoint.SixMonths)
        {
            EmployedAtSixMonths = employed;
        }
        else
        {
            EmployedAtTwelveMonths = employed;
        }
    }
}

/// <summary>The share of placements still running at a checkpoint, among those whose status there is known.</summary>
public sealed record DurabilityShare(int Checked, int StillEmployed)
{
    public double? Share => Checked == 0 ? null : (double)StillEmployed / Checked;

    public static DurabilityShare Of(IEnumerable<bool?> statuses)
    {
        var known = statuses.Where(s => s is not null).ToList();
        return new DurabilityShare(known.Count, known.Count(s => s == true));
    }
}
