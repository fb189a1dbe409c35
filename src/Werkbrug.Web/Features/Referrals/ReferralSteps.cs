using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Audit;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Referrals;
using Werkbrug.Domain.Vacancies;
using Werkbrug.Web.Infrastructure.Audit;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Referrals;

/// <summary>
/// Every step of a referral after the proposal: send (own candidate) or approve/decline (the owner), withdraw, and the
/// employer's invitation, hire or rejection (by the employer through its link, or by the adviser for them). Each step
/// checks who may take it, the version the user saw and the workflow; a refused step changes nothing. The follow-up
/// (tasks, placement, notifications) is saved with the step in one unit of work.
/// </summary>
public static class ReferralSteps
{
    public abstract record Step
    {
        /// <summary>The referral's version as the user saw it (optimistic concurrency).</summary>
        [Required]
        public int? Version { get; init; }
    }

    /// <summary>What the employer will see beyond the anonymous sheet, and on which ground.</summary>
    public sealed record DisclosureCommand : Step
    {
        public List<DataCategories>? Disclose { get; init; }

        public ConsentKind? Basis { get; init; }

        public LegalBasisCode? LegalBasis { get; init; }

        /// <summary>The candidate explicitly consented (required for the functional work requirements).</summary>
        public bool ExplicitConsent { get; init; }

        public Disclosure ToDisclosure() => new(
            (Disclose ?? []).Aggregate(DataCategories.None, (all, c) => all | c), Basis, LegalBasis, ExplicitConsent);
    }

    /// <summary>A step with nothing to say but the version seen (the offered vacancy's region accepting a referral).</summary>
    public sealed record VersionCommand : Step;

    public sealed record ReasonCommand : Step
    {
        [Required]
        [StringLength(ReferralLimits.Reason)]
        public string? Reason { get; init; }
    }

    public sealed record InviteCommand : Step
    {
        [Required]
        public DateOnly? InterviewOn { get; init; }
    }

    public sealed record HireCommand : Step
    {
        [Required]
        public DateOnly? StartDate { get; init; }

        /// <summary>Defaults to the vacancy's contract type.</summary>
        public ContractType? ContractType { get; init; }

        /// <summary>Defaults to the vacancy's maximum hours.</summary>
        [Range(1, 60)]
        public int? HoursPerWeek { get; init; }

        public PlacementInstrument? Instrument { get; init; }

        public bool JobCoachAgreed { get; init; }

        [StringLength(ReferralLimits.Note)]
        public string? Note { get; init; }
    }

    public sealed record RejectCommand : Step
    {
        [Required]
        public RejectionReason? Reason { get; init; }

        [StringLength(ReferralLimits.Note)]
        public string? Note { get; init; }
    }

    /// <summary>The step taken: the referral's status and version, the placement a hire made, and the vacancy's new status when a hire filled (part of) it.</summary>
    public sealed record Done(Guid Id, ReferralStatus Status, int Version, Guid? PlacementId, VacancyStatus? VacancyStatus = null);

    public sealed class Handler(WerkbrugDb db, ReferralFollowUp followUp, PersonalDataAudit audit, TimeProvider clock)
    {
        public Task<Result<Done>> SendAsync(Guid id, DisclosureCommand command, CancellationToken cancellationToken) =>
            StepAsync(id, command, ReferralActor.Staff(Me), r => ReferralAccess.MaySend(db.Scope, r),
                (r, now) => Task.FromResult(r.Send(command.ToDisclosure(), now, Me)), cancellationToken);

        public Task<Result<Done>> ApproveAsync(Guid id, DisclosureCommand command, CancellationToken cancellationToken) =>
            StepAsync(id, command, ReferralActor.Staff(Me), r => ReferralAccess.MayDecide(db.Scope, r),
                (r, now) => Task.FromResult(r.Approve(command.ToDisclosure(), now, Me)), cancellationToken);

        public Task<Result<Done>> DeclineAsync(Guid id, ReasonCommand command, CancellationToken cancellationToken) =>
            StepAsync(id, command, ReferralActor.Staff(Me), r => ReferralAccess.MayDecide(db.Scope, r),
                (r, now) => Task.FromResult(r.Decline(command.Reason!, now, Me)), cancellationToken);

        /// <summary>The offered vacancy's region accepts a referral from another region: it goes to the employer with the disclosure chosen there.</summary>
        public Task<Result<Done>> AcceptAsync(Guid id, VersionCommand command, CancellationToken cancellationToken) =>
            StepAsync(id, command, ReferralActor.Staff(Me), r => ReferralAccess.MayAccept(db.Scope, r),
                (r, now) => Task.FromResult(r.Accept(now, Me)), cancellationToken);

        public Task<Result<Done>> RefuseAsync(Guid id, ReasonCommand command, CancellationToken cancellationToken) =>
            StepAsync(id, command, ReferralActor.Staff(Me), r => ReferralAccess.MayAccept(db.Scope, r),
                (r, now) => Task.FromResult(r.Refuse(command.Reason!, now, Me)), cancellationToken);

        public Task<Result<Done>> WithdrawAsync(Guid id, ReasonCommand command, CancellationToken cancellationToken) =>
            StepAsync(id, command, ReferralActor.Staff(Me), r => ReferralAccess.MayWithdraw(db.Scope, r),
                (r, now) => Task.FromResult(r.Withdraw(command.Reason!, now, Me)), cancellationToken);

        /// <summary>The employer (through its link: <paramref name="actor"/> names it) or the referring adviser for them.</summary>
        public Task<Result<Done>> InviteAsync(Guid id, InviteCommand command, ReferralActor actor, CancellationToken cancellationToken) =>
            StepAsync(id, command, actor, r => ReferralAccess.MayActForEmployer(db.Scope, r),
                (r, now) => Task.FromResult(r.Invite(command.InterviewOn!.Value, DutchTime.Today(clock), now, actor)), cancellationToken);

        public Task<Result<Done>> RejectAsync(Guid id, RejectCommand command, ReferralActor actor, CancellationToken cancellationToken) =>
            StepAsync(id, command, actor, r => ReferralAccess.MayActForEmployer(db.Scope, r),
                (r, now) => Task.FromResult(r.Reject(command.Reason!.Value, InputText.Clean(command.Note), DutchTime.Today(clock), now, actor)), cancellationToken);

        public Task<Result<Done>> HireAsync(Guid id, HireCommand command, ReferralActor actor, CancellationToken cancellationToken)
        {
            HireDetails? details = null;
            return StepAsync(id, command, actor, r => ReferralAccess.MayActForEmployer(db.Scope, r), async (r, now) =>
            {
                var vacancy = await db.Vacancies.AsNoTracking().Where(v => v.Id == r.VacancyId)
                    .Select(v => new { v.ContractType, v.HoursPerWeekMax }).FirstAsync(cancellationToken);
                var today = DutchTime.Today(clock);
                var start = command.StartDate!.Value;
                if (start < today.AddYears(-1) || start > today.AddYears(1))
                {
                    return Error.Validation(nameof(HireCommand.StartDate), "Placement.StartOutsideRange");
                }

                if (command.ContractType is { } contract && !Enum.IsDefined(contract))
                {
                    return Error.Validation(nameof(HireCommand.ContractType), "Validation.Invalid");
                }

                if (command.Instrument is { } instrument && !Enum.IsDefined(instrument))
                {
                    return Error.Validation(nameof(HireCommand.Instrument), "Validation.Invalid");
                }

                details = new HireDetails(
                    start, command.ContractType ?? vacancy.ContractType, command.HoursPerWeek ?? Math.Max(1, vacancy.HoursPerWeekMax),
                    command.Instrument ?? PlacementInstrument.None, command.JobCoachAgreed);
                return r.Hire(today, InputText.Clean(command.Note), now, actor);
            }, cancellationToken, () => details);
        }

        /// <summary>The signed-in staff member as the actor of a step taken for the employer.</summary>
        public ReferralActor StaffActor => ReferralActor.Staff(Me);

        private Guid Me => db.Scope.UserId ?? throw new InvalidOperationException("A staff step needs a signed-in user.");

        private async Task<Result<Done>> StepAsync(
            Guid id, Step command, ReferralActor actor, Func<Referral, bool> mayTake, Func<Referral, DateTime, Task<Error?>> step,
            CancellationToken cancellationToken, Func<HireDetails?>? hire = null)
        {
            var referral = await ReferralAccess.Visible(db).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
            if (referral is null || !ReferralAccess.CanSee(db.Scope, referral))
            {
                return Error.NotFound();
            }

            var errors = InputValidator.Validate(command);
            if (errors.Count > 0)
            {
                return Result<Done>.Failure(errors);
            }

            if (!mayTake(referral))
            {
                return new Error(ErrorKind.Forbidden, "Referral.NotYourStep");
            }

            var from = referral.Status;
            var refused = db.IsCurrentVersion(referral, command.Version!.Value)
                ? await step(referral, clock.GetUtcNow().UtcDateTime)
                : SaveOrConflict.StaleVersion;
            ReferralFollowUp.Outcome? outcome = null;
            if (refused is null)
            {
                outcome = await followUp.AfterAsync(referral, from, hire?.Invoke(), cancellationToken);
                await (referral.RegionCode == db.Scope.RegionCode
                    ? audit.RecordAsync(ProcessingActivities.Referral, AuditAction.Update, [referral.Pseudonym], cancellationToken)
                    : audit.RecordForRegionAsync(referral.RegionCode, ProcessingActivities.Referral, AuditAction.Update, [referral.Pseudonym], cancellationToken));
                refused = await db.SaveOrConflictAsync(cancellationToken);
            }

            if (refused is not null)
            {
                // Nothing of a refused step (nor the referral with the stale version it was checked against) may be
                // saved later in this request: the audit write of the page or sheet shown again after it saves too.
                db.ChangeTracker.Clear();
                return refused;
            }

            return new Done(referral.Id, referral.Status, referral.Version, outcome?.Placement?.Id, outcome?.VacancyStatus);
        }
    }
}
