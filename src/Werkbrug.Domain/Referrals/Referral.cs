using Werkbrug.Domain.Common;
using Werkbrug.Domain.JobSeekers;

namespace Werkbrug.Domain.Referrals;

/// <summary>Where a referral (voordracht) stands. Hired, rejected, withdrawn and declined are final.</summary>
public enum ReferralStatus
{
    /// <summary>voorgesteld: the adviser proposed the candidate; not yet with the employer.</summary>
    Proposed = 1,

    /// <summary>wacht op eigenaar: the owner organisation's case manager decides.</summary>
    AwaitingOwner = 2,

    /// <summary>naar werkgever: the employer can see the referral sheet.</summary>
    SentToEmployer = 3,

    /// <summary>uitgenodigd: the employer invited the candidate for an interview.</summary>
    Invited = 4,

    /// <summary>aangenomen.</summary>
    Hired = 5,

    /// <summary>afgewezen by the employer, with a reason.</summary>
    Rejected = 6,

    /// <summary>ingetrokken by the service point.</summary>
    Withdrawn = 7,

    /// <summary>afgewezen door de eigenaar: the owner organisation did not approve (or the vacancy's region did not accept).</summary>
    Declined = 8,

    /// <summary>wacht op de regio van de vacature: a referral to a vacancy offered by another region waits for that region's acceptance.</summary>
    AwaitingVacancyOwner = 9,
}

/// <summary>Why an employer did not hire a referred candidate (the code list of the aftercare feedback).</summary>
public enum RejectionReason
{
    Competences = 1,
    Language = 2,
    Motivation = 3,
    Availability = 4,
    NoShow = 5,
    EmployerWithdrew = 6,
    Other = 7,
}

/// <summary>
/// One step of a referral's history: from which status to which, when, by whom (a staff member, or the employer
/// through its link) and why.
/// </summary>
public sealed class ReferralEvent
{
    public Guid Id { get; init; } = Ids.New();

    /// <summary>1, 2, 3, ... in the order the steps were taken (two steps can share a moment).</summary>
    public int Sequence { get; init; }

    public ReferralStatus? From { get; init; }

    public ReferralStatus To { get; init; }

    public DateTime AtUtc { get; init; }

    /// <summary>The staff member; null when the employer acted through its link.</summary>
    public Guid? ByUserId { get; init; }

    /// <summary>The employer link used; null when a staff member acted.</summary>
    public Guid? ByEmployerLinkId { get; init; }

    public string? Note { get; init; }
}

/// <summary>Who performs a step: a staff member or the employer (through a link).</summary>
public readonly record struct ReferralActor(Guid? UserId, Guid? EmployerLinkId)
{
    public static ReferralActor Staff(Guid userId) => new(userId, null);

    public static ReferralActor Employer(Guid linkId) => new(null, linkId);

    public bool IsEmployer => EmployerLinkId is not null;
}

/// <summary>
/// A voordracht: an adviser proposes a job seeker of the regional pool for a vacancy. When the candidate belongs to
/// another organisation, its case manager approves or declines and chooses what the employer will see
/// (<see cref="Disclosure"/>), on a recorded consent or legal basis. The employer then invites, hires or rejects.
/// Every step goes through <see cref="ReferralWorkflow"/> and leaves an event in <see cref="History"/>.
/// </summary>
public sealed class Referral : IPartnerRegionScoped, IVersioned
{
    public Guid Id { get; init; } = Ids.New();

    public required string RegionCode { get; init; }

    public required Guid VacancyId { get; init; }

    public required Guid EmployerId { get; init; }

    public required Guid JobSeekerId { get; init; }

    /// <summary>The candidate's regional pseudonym (what other organisations and the audit log know them by).</summary>
    public required string Pseudonym { get; init; }

    /// <summary>The organisation that registered the candidate (the "eigenaar").</summary>
    public required Guid OwnerOrganisationId { get; init; }

    public required Guid ReferringOrganisationId { get; init; }

    public required Guid ReferredByUserId { get; init; }

    /// <summary>
    /// The vacancy's region when it is not the referral's own: the vacancy was offered to this region
    /// (<see cref="Vacancies.VacancyOffer"/>) and the referral lives with its candidate. Null for a referral inside one region.
    /// </summary>
    public string? VacancyRegionCode { get; init; }

    string? IPartnerRegionScoped.PartnerRegionCode => VacancyRegionCode;

    /// <summary>The offer the referral came through (set with <see cref="VacancyRegionCode"/>).</summary>
    public Guid? VacancyOfferId { get; init; }

    public required string Motivation { get; init; }

    public ReferralStatus Status { get; private set; } = ReferralStatus.Proposed;

    /// <summary>What the employer sees beyond the anonymous referral sheet.</summary>
    public DataCategories Disclosure { get; private set; }

    /// <summary>The ground the disclosure rests on (null when nothing beyond the anonymous sheet is disclosed).</summary>
    public ConsentKind? DisclosureBasis { get; private set; }

    public LegalBasisCode? DisclosureLegalBasis { get; private set; }

    /// <summary>The candidate explicitly consented (needed for the special category).</summary>
    public bool ExplicitConsent { get; private set; }

    /// <summary>Who chose the disclosure and sent the referral on (the owner's case manager, or the adviser for an own candidate).</summary>
    public Guid? ApprovedByUserId { get; private set; }

    public DateOnly? InterviewOn { get; private set; }

    public RejectionReason? RejectionReason { get; private set; }

    public string? OutcomeNote { get; private set; }

    public DateOnly? OutcomeOn { get; private set; }

    /// <summary>The client's idempotency key for the create request, unique per user who referred.</summary>
    public string? IdempotencyKey { get; init; }

    public List<ReferralEvent> History { get; init; } = [];

    public DateTime CreatedAtUtc { get; init; }

    public DateTime UpdatedAtUtc { get; private set; }

    public int Version { get; set; }

    /// <summary>The owner must approve when the candidate belongs to another organisation than the referring one.</summary>
    public bool NeedsOwnerApproval => OwnerOrganisationId != ReferringOrganisationId;

    public bool IsFinal => ReferralWorkflow.IsFinal(Status);

    /// <summary>A referral to another region's offered vacancy: that region accepts it before the employer sees it.</summary>
    public bool NeedsVacancyOwnerAcceptance => VacancyRegionCode is not null;

    /// <summary>
    /// Records the proposal. A candidate of another organisation goes straight on to <see cref="ReferralStatus.AwaitingOwner"/>;
    /// an own candidate stays proposed until the adviser sends the referral to the employer.
    /// </summary>
    public void Proposed(DateTime atUtc)
    {
        Add(null, ReferralStatus.Proposed, atUtc, ReferralActor.Staff(ReferredByUserId), null);
        if (NeedsOwnerApproval)
        {
            Move(ReferralStatus.AwaitingOwner, atUtc, ReferralActor.Staff(ReferredByUserId), null);
        }
    }

    /// <summary>The adviser sends an own candidate's referral to the employer with the chosen disclosure.</summary>
    public Error? Send(Disclosure disclosure, DateTime atUtc, Guid byUserId)
    {
        if (Status != ReferralStatus.Proposed)
        {
            return Refused(ReferralStatus.SentToEmployer);
        }

        return Disclose(disclosure, atUtc, byUserId);
    }

    /// <summary>The owner's case manager approves, choosing the disclosure; the referral goes to the employer.</summary>
    public Error? Approve(Disclosure disclosure, DateTime atUtc, Guid byUserId)
    {
        if (Status != ReferralStatus.AwaitingOwner)
        {
            return Refused(ReferralStatus.SentToEmployer);
        }

        return Disclose(disclosure, atUtc, byUserId);
    }

    /// <summary>The owner's case manager declines, with a reason.</summary>
    public Error? Decline(string reason, DateTime atUtc, Guid byUserId)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return Error.Validation("Reason", "Validation.Required");
        }

        return Status != ReferralStatus.AwaitingOwner ? Refused(ReferralStatus.Declined) : Move(ReferralStatus.Declined, atUtc, ReferralActor.Staff(byUserId), reason.Trim());
    }

    /// <summary>The offered vacancy's region accepts the referral (disclosure chosen before): it goes to the employer.</summary>
    public Error? Accept(DateTime atUtc, Guid byUserId) =>
        Status != ReferralStatus.AwaitingVacancyOwner ? Refused(ReferralStatus.SentToEmployer) : Move(ReferralStatus.SentToEmployer, atUtc, ReferralActor.Staff(byUserId), null);

    /// <summary>The offered vacancy's region does not accept the referral, with a reason.</summary>
    public Error? Refuse(string reason, DateTime atUtc, Guid byUserId)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return Error.Validation("Reason", "Validation.Required");
        }

        return Status != ReferralStatus.AwaitingVacancyOwner ? Refused(ReferralStatus.Declined) : Move(ReferralStatus.Declined, atUtc, ReferralActor.Staff(byUserId), reason.Trim());
    }

    /// <summary>The service point withdraws the referral (the candidate found other work, the vacancy closed, ...).</summary>
    public Error? Withdraw(string reason, DateTime atUtc, Guid byUserId)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return Error.Validation("Reason", "Validation.Required");
        }

        return Move(ReferralStatus.Withdrawn, atUtc, ReferralActor.Staff(byUserId), reason.Trim());
    }

    /// <summary>The employer invites the candidate for an interview on <paramref name="on"/>, today or later.</summary>
    public Error? Invite(DateOnly on, DateOnly today, DateTime atUtc, ReferralActor actor)
    {
        if (on < today)
        {
            return Error.Validation("InterviewOn", "Referral.InterviewInPast");
        }

        var error = Move(ReferralStatus.Invited, atUtc, actor, null);
        if (error is null)
        {
            InterviewOn = on;
        }

        return error;
    }

    /// <summary>The employer hires the candidate.</summary>
    public Error? Hire(DateOnly on, string? note, DateTime atUtc, ReferralActor actor)
    {
        var error = Move(ReferralStatus.Hired, atUtc, actor, note);
        if (error is null)
        {
            OutcomeOn = on;
            OutcomeNote = note;
        }

        return error;
    }

    /// <summary>The employer does not hire the candidate; "other" needs an explanation.</summary>
    public Error? Reject(RejectionReason reason, string? note, DateOnly on, DateTime atUtc, ReferralActor actor)
    {
        if (!Enum.IsDefined(reason))
        {
            return Error.Validation("Reason", "Validation.Invalid");
        }

        if (reason == Referrals.RejectionReason.Other && string.IsNullOrWhiteSpace(note))
        {
            return Error.Validation("Note", "Referral.NoteRequiredForOther");
        }

        var error = Move(ReferralStatus.Rejected, atUtc, actor, note);
        if (error is null)
        {
            RejectionReason = reason;
            OutcomeNote = note;
            OutcomeOn = on;
        }

        return error;
    }

    private Error? Disclose(Disclosure disclosure, DateTime atUtc, Guid byUserId)
    {
        if (disclosure.Check().FirstOrDefault() is { } invalid)
        {
            return invalid;
        }

        Disclosure = disclosure.Categories;
        DisclosureBasis = disclosure.Categories == DataCategories.None ? null : disclosure.Basis;
        DisclosureLegalBasis = DisclosureBasis == ConsentKind.LegalBasis ? disclosure.LegalBasis : null;
        ExplicitConsent = DisclosureBasis == ConsentKind.Consent && disclosure.ExplicitConsent;
        ApprovedByUserId = byUserId;
        return Move(NeedsVacancyOwnerAcceptance ? ReferralStatus.AwaitingVacancyOwner : ReferralStatus.SentToEmployer, atUtc, ReferralActor.Staff(byUserId), null);
    }

    private Error? Move(ReferralStatus to, DateTime atUtc, ReferralActor actor, string? note)
    {
        if (!ReferralWorkflow.CanMove(Status, to))
        {
            return Refused(to);
        }

        Add(Status, to, atUtc, actor, note);
        Status = to;
        return null;
    }

    private Error Refused(ReferralStatus to) => Error.Conflict(ReferralWorkflow.RefusalCode(Status, to), "Status");

    private void Add(ReferralStatus? from, ReferralStatus to, DateTime atUtc, ReferralActor actor, string? note)
    {
        History.Add(new ReferralEvent { Sequence = History.Count + 1, From = from, To = to, AtUtc = atUtc, ByUserId = actor.UserId, ByEmployerLinkId = actor.EmployerLinkId, Note = note });
        UpdatedAtUtc = atUtc;
    }
}

/// <summary>What the employer will see of the candidate, and on which ground.</summary>
public sealed record Disclosure(DataCategories Categories, ConsentKind? Basis, LegalBasisCode? LegalBasis, bool ExplicitConsent)
{
    public static Disclosure AnonymousSheet { get; } = new(DataCategories.None, null, null, false);

    /// <summary>
    /// Anything beyond the anonymous sheet needs a recorded consent or legal basis; the special category (functional
    /// work requirements) only the candidate's explicit consent, never a legal basis.
    /// </summary>
    public IEnumerable<Error> Check()
    {
        if ((Categories & ~(DataCategories.ContactDetails | DataCategories.FullProfile | DataCategories.WorkRequirements)) != 0)
        {
            yield return Error.Validation("Disclosure", "Validation.Invalid");
            yield break;
        }

        if (Categories == DataCategories.None)
        {
            yield break;
        }

        if (Basis is null || !Enum.IsDefined(Basis.Value))
        {
            yield return Error.Validation("Basis", "Referral.BasisRequired");
        }
        else if (Basis == ConsentKind.LegalBasis && (LegalBasis is null || !Enum.IsDefined(LegalBasis.Value)))
        {
            yield return Error.Validation("LegalBasis", "Consent.LegalBasisRequired");
        }

        if (Categories.HasFlag(DataCategories.WorkRequirements) && (Basis != ConsentKind.Consent || !ExplicitConsent))
        {
            yield return Error.Validation("Disclosure", "Consent.SpecialCategoryNeedsExplicitConsent");
        }
    }
}

/// <summary>Which steps a referral may take from where it is.</summary>
public static class ReferralWorkflow
{
    private static readonly Dictionary<ReferralStatus, ReferralStatus[]> Allowed = new()
    {
        [ReferralStatus.Proposed] = [ReferralStatus.AwaitingOwner, ReferralStatus.AwaitingVacancyOwner, ReferralStatus.SentToEmployer, ReferralStatus.Withdrawn],
        [ReferralStatus.AwaitingOwner] = [ReferralStatus.AwaitingVacancyOwner, ReferralStatus.SentToEmployer, ReferralStatus.Declined, ReferralStatus.Withdrawn],
        [ReferralStatus.AwaitingVacancyOwner] = [ReferralStatus.SentToEmployer, ReferralStatus.Declined, ReferralStatus.Withdrawn],
        [ReferralStatus.SentToEmployer] = [ReferralStatus.Invited, ReferralStatus.Hired, ReferralStatus.Rejected, ReferralStatus.Withdrawn],
        [ReferralStatus.Invited] = [ReferralStatus.Hired, ReferralStatus.Rejected, ReferralStatus.Withdrawn],
        [ReferralStatus.Hired] = [],
        [ReferralStatus.Rejected] = [],
        [ReferralStatus.Withdrawn] = [],
        [ReferralStatus.Declined] = [],
    };

    /// <summary>The statuses in which the referral is still running (not final).</summary>
    public static IReadOnlyList<ReferralStatus> Open { get; } = [.. Allowed.Where(a => a.Value.Length > 0).Select(a => a.Key)];

    /// <summary>The statuses in which the employer sees the referral.</summary>
    public static IReadOnlyList<ReferralStatus> WithEmployer { get; } =
        [ReferralStatus.SentToEmployer, ReferralStatus.Invited, ReferralStatus.Hired, ReferralStatus.Rejected];

    public static IReadOnlyList<ReferralStatus> NextFrom(ReferralStatus from) => Allowed[from];

    public static bool CanMove(ReferralStatus from, ReferralStatus to) => Allowed[from].Contains(to);

    public static bool IsFinal(ReferralStatus status) => Allowed[status].Length == 0;

    /// <summary>The message key for a refused step: final referrals say so, the rest name the step.</summary>
    public static string RefusalCode(ReferralStatus from, ReferralStatus to) =>
        IsFinal(from) ? "Referral.AlreadyFinal" : from == to ? "Referral.AlreadyDone" : "Referral.StepNotAllowed";
}
