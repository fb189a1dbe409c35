using Werkbrug.Domain.Common;

namespace Werkbrug.Domain.NationalArrangements;

/// <summary>The steps of a national arrangement (report 5.2), in order; it only ever moves one step forward.</summary>
public enum ArrangementStage
{
    /// <summary>voorstel: the national account manager drafts the terms</summary>
    Proposal = 1,

    /// <summary>beoordeling door de regio's: each region signs or declines</summary>
    RegionsReview = 2,

    /// <summary>uitvoeringsplan</summary>
    ExecutionPlan = 3,

    /// <summary>pilot</summary>
    Pilot = 4,

    /// <summary>afspraak: in force</summary>
    Agreement = 5,
}

/// <summary>A region's answer to an arrangement: none yet (silent), signed or declined.</summary>
public enum RegionDecision
{
    Silent = 1,

    /// <summary>getekend</summary>
    Accepted = 2,

    Declined = 3,
}

/// <summary>
/// A national arrangement (landelijke afspraak) between a national account and the regions where it is present,
/// with concrete terms instead of "snel": the reaction term in working days, the number of candidates per vacancy
/// and the aftercare in weeks, and per region a placement target and that region's answer with its date.
/// </summary>
public sealed class NationalArrangement : IVersioned
{
    public const int TitleLength = 200;

    public const int AftercareLength = 1000;

    /// <summary>How many working days a region has to answer before it is reminded.</summary>
    public const int ReviewWorkingDays = 10;

    public Guid Id { get; init; } = Ids.New();

    public Guid NationalAccountId { get; init; }

    public required string Title { get; set; }

    public ArrangementStage Stage { get; private set; } = ArrangementStage.Proposal;

    /// <summary>Within how many working days a region proposes candidates for a vacancy of the account.</summary>
    public int ReactionTermWorkingDays { get; set; }

    /// <summary>How many candidates a region proposes per vacancy within the reaction term.</summary>
    public int CandidatesPerVacancy { get; set; }

    /// <summary>How many weeks of aftercare a placed candidate gets.</summary>
    public int AftercareWeeks { get; set; }

    /// <summary>What the aftercare holds (free text, no personal data).</summary>
    public string? AftercareDescription { get; set; }

    public List<ArrangementRegion> Regions { get; init; } = [];

    public DateTime CreatedAtUtc { get; init; }

    public Guid CreatedByUserId { get; init; }

    public int Version { get; set; }

    /// <summary>The next step, or null after the agreement.</summary>
    public ArrangementStage? NextStage => Stage == ArrangementStage.Agreement ? null : Stage + 1;

    /// <summary>
    /// Moves one step forward. Into review: every region is asked on <paramref name="today"/>. Out of review: no region
    /// may still be silent, and at least one must have signed.
    /// </summary>
    public Error? Advance(DateOnly today)
    {
        switch (Stage)
        {
            case ArrangementStage.Agreement:
                return Error.Conflict("NationalArrangements.AlreadyAgreed");
            case ArrangementStage.Proposal when Regions.Count == 0:
                return Error.Conflict("NationalArrangements.NoRegions");
            case ArrangementStage.RegionsReview when Regions.Any(r => r.Decision == RegionDecision.Silent):
                return Error.Conflict("NationalArrangements.RegionsSilent");
            case ArrangementStage.RegionsReview when Regions.All(r => r.Decision != RegionDecision.Accepted):
                return Error.Conflict("NationalArrangements.NoRegionSigned");
        }

        if (Stage == ArrangementStage.Proposal)
        {
            foreach (var region in Regions)
            {
                region.AskedOn = today;
            }
        }

        Stage++;
        return null;
    }

    /// <summary>Records a region's answer, only while the regions review the arrangement.</summary>
    public Error? Decide(string regionCode, RegionDecision decision, DateOnly on, Guid byUserId)
    {
        if (Stage != ArrangementStage.RegionsReview)
        {
            return Error.Conflict("NationalArrangements.NotInReview");
        }

        if (Regions.FirstOrDefault(r => r.RegionCode == regionCode) is not { } region)
        {
            return Error.NotFound();
        }

        if (decision == RegionDecision.Silent)
        {
            return Error.Validation("Decision", "NationalArrangements.DecisionRequired");
        }

        if (region.AskedOn is { } asked && on < asked)
        {
            return Error.Validation("On", "NationalArrangements.DecidedBeforeAsked");
        }

        region.Decision = decision;
        region.DecidedOn = on;
        region.DecidedByUserId = byUserId;
        return null;
    }

    /// <summary>The silent regions to remind on <paramref name="today"/>: asked <see cref="ReviewWorkingDays"/> working days ago or more, not reminded in that time.</summary>
    public IReadOnlyList<ArrangementRegion> DueForReminder(DateOnly today) => Stage != ArrangementStage.RegionsReview ? [] :
        [.. Regions.Where(r => r.Decision == RegionDecision.Silent && r.AskedOn is { } asked
            && WorkingDays.Add(r.RemindedOn ?? asked, ReviewWorkingDays) <= today)];
}

/// <summary>A region taking part in an arrangement: its placement target and its answer (silent until it signs or declines).</summary>
public sealed class ArrangementRegion
{
    public Guid Id { get; init; } = Ids.New();

    public required string RegionCode { get; init; }

    /// <summary>Placements the region aims for under the arrangement.</summary>
    public int PlacementTarget { get; set; }

    public RegionDecision Decision { get; set; } = RegionDecision.Silent;

    /// <summary>When the region was asked to review (the arrangement entered review).</summary>
    public DateOnly? AskedOn { get; set; }

    public DateOnly? DecidedOn { get; set; }

    public Guid? DecidedByUserId { get; set; }

    public DateOnly? RemindedOn { get; set; }

    public DateOnly? EscalatedOn { get; set; }
}

/// <summary>What happened to an arrangement: a line of its history.</summary>
public enum ArrangementEvent
{
    Created = 1,
    TermsChanged = 2,
    StageChanged = 3,
    Accepted = 4,
    Declined = 5,
    Reminded = 6,
    Escalated = 7,
}

/// <summary>One line of an arrangement's history: who did what when, with the details (region, old → new).</summary>
public sealed class ArrangementChange
{
    public const int DetailLength = 1000;

    public Guid Id { get; init; } = Ids.New();

    public Guid ArrangementId { get; init; }

    public ArrangementEvent Event { get; init; }

    public string? RegionCode { get; init; }

    /// <summary>The details in plain words (terms old → new, the figures of an escalation); no personal data.</summary>
    public string? Detail { get; init; }

    /// <summary>Null for the reminder job.</summary>
    public Guid? UserId { get; init; }

    public DateTime AtUtc { get; init; }
}

/// <summary>A region's figures for an account under an arrangement's terms (counts only).</summary>
public sealed record RegionFigures(int OpenVacancies, int VacanciesPastTerm, int Referrals, int Placements, int PlacementTarget)
{
    /// <summary>Lagging: an open vacancy of the account has waited longer than the reaction term without the agreed number of candidates.</summary>
    public bool Lags => VacanciesPastTerm > 0;
}
