using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Referrals;
using Werkbrug.Domain.Vacancies;
using Werkbrug.Web.Features.Mail;
using Werkbrug.Web.Features.Notifications;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Referrals;

/// <summary>What the employer (or the adviser for them) gives when hiring: start, contract, hours, and the instrument if any.</summary>
public sealed record HireDetails(DateOnly StartDate, ContractType ContractType, int HoursPerWeek, PlacementInstrument Instrument, bool JobCoachAgreed);

/// <summary>
/// The next step of every referral step, so it is never forgotten: a rejection gives the adviser a feedback task; a
/// hire makes the placement, its aftercare plan (contact moments, durability checks at 6 and 12 months) and moves the
/// vacancy to partly filled or filled once its places are taken (telling its adviser); every step tells the
/// candidate's case manager and the referring adviser (who did not take it themselves), and the employer's decision
/// reaches the case manager by e-mail too (<see cref="MailOutbox.ReferralOutcomeAsync"/>). Everything is added to the
/// caller's unit of work and saved with the step itself.
/// </summary>
public sealed class ReferralFollowUp(WerkbrugDb db, MailOutbox mail, IOptions<AftercareOptions> options, TimeProvider clock)
{
    public const string NotificationKind = "referral-step";

    public const string VacancyNotificationKind = "vacancy-filled";

    /// <summary>The follow-up of a step: the placement a hire made, and the vacancy's new status when the hire filled (part of) it.</summary>
    public sealed record Outcome(Placement? Placement, VacancyStatus? VacancyStatus);

    public async Task<Outcome> AfterAsync(Referral referral, ReferralStatus from, HireDetails? hire, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DutchTime.Today(clock);
        Placement? placement = null;
        VacancyStatus? vacancyStatus = null;
        if (referral.Status == ReferralStatus.Rejected)
        {
            db.AftercareTasks.Add(NewTask(referral, null, AftercareTaskKind.Feedback, referral.ReferredByUserId, today.AddDays(options.Value.FeedbackDays), now));
        }
        else if (referral.Status == ReferralStatus.Hired)
        {
            var details = hire ?? throw new ArgumentNullException(nameof(hire), "A hire comes with its details.");
            placement = new Placement
            {
                RegionCode = referral.RegionCode,
                ReferralId = referral.Id,
                VacancyId = referral.VacancyId,
                EmployerId = referral.EmployerId,
                JobSeekerId = referral.JobSeekerId,
                OwnerOrganisationId = referral.OwnerOrganisationId,
                PlacingOrganisationId = referral.ReferringOrganisationId,
                StartDate = details.StartDate,
                ContractType = details.ContractType,
                HoursPerWeek = details.HoursPerWeek,
                Instrument = details.Instrument,
                JobCoachAgreed = details.JobCoachAgreed,
                ContactPersonUserId = referral.ReferredByUserId,
                CreatedAtUtc = now,
            };
            db.Placements.Add(placement);
            foreach (var offset in options.Value.ContactMomentOffsets)
            {
                db.AftercareTasks.Add(NewTask(referral, placement, AftercareTaskKind.ContactMoment, placement.ContactPersonUserId, offset.After(details.StartDate), now));
            }

            foreach (var checkpoint in Enum.GetValues<DurabilityCheckpoint>())
            {
                db.AftercareTasks.Add(NewTask(referral, placement, AftercareTaskKind.DurabilityCheck, placement.ContactPersonUserId, placement.CheckpointDate(checkpoint), now, checkpoint));
            }

            vacancyStatus = await FillAsync(referral, now, cancellationToken);
        }

        await NotifyAsync(referral, from, now, cancellationToken);
        return new Outcome(placement, vacancyStatus);
    }

    /// <summary>Moves the vacancy on when this hire takes (the last of) its places, and tells its adviser (unless they hired).</summary>
    private async Task<VacancyStatus?> FillAsync(Referral referral, DateTime now, CancellationToken cancellationToken)
    {
        var vacancy = await db.Vacancies.FirstAsync(v => v.Id == referral.VacancyId, cancellationToken);
        var hired = 1 + await ReferralAccess.ToVacancy(db, vacancy.Id).CountAsync(r => r.Id != referral.Id && r.Status == ReferralStatus.Hired, cancellationToken);
        if (VacancyRules.StatusAfterHire(vacancy.Status, vacancy.Positions, hired) is not { } next)
        {
            return null;
        }

        vacancy.MoveTo(next, now, db.Scope.UserId ?? referral.ReferredByUserId, null);
        if (vacancy.AdviserUserId != db.Scope.UserId)
        {
            db.Notifications.Add(NotificationOutbox.New(
                vacancy.RegionCode, vacancy.AdviserUserId, VacancyNotificationKind, "Notification.Vacancy." + next,
                [vacancy.Title, Math.Min(hired, vacancy.Positions).ToString(CultureInfo.InvariantCulture), vacancy.Positions.ToString(CultureInfo.InvariantCulture)],
                $"/vacancies/{vacancy.Id}", now));
        }

        return next;
    }

    private async Task NotifyAsync(Referral referral, ReferralStatus from, DateTime now, CancellationToken cancellationToken)
    {
        if (referral.Status == from)
        {
            return;
        }

        // Across regions too: the candidate's case manager hears what the offering region and its employer decide.
        var caseManager = await ReferralAccess.CandidateOf(db, referral).Select(j => (Guid?)j.CaseManagerUserId).FirstOrDefaultAsync(cancellationToken);
        var vacancy = await ReferralAccess.VacancyOf(db, referral.VacancyId, referral.RegionCode, referral.VacancyRegionCode)
            .Select(v => new { v.Title, v.AdviserUserId }).FirstOrDefaultAsync(cancellationToken);
        var title = vacancy?.Title ?? string.Empty;
        var actor = db.Scope.UserId;
        if (referral.Status == ReferralStatus.AwaitingVacancyOwner && vacancy is not null && vacancy.AdviserUserId != actor)
        {
            // The offering region's adviser of the vacancy decides next.
            db.Notifications.Add(NotificationOutbox.New(
                referral.VacancyRegionCode!, vacancy.AdviserUserId, NotificationKind, "Notification.Referral." + referral.Status, [referral.Pseudonym, title], $"/referrals/{referral.Id}", now));
        }

        var recipients = new[] { caseManager, referral.ReferredByUserId }
            .Where(r => r is not null && r != actor).Select(r => r!.Value).Distinct();
        foreach (var recipient in recipients)
        {
            db.Notifications.Add(NotificationOutbox.New(
                referral.RegionCode, recipient, NotificationKind, "Notification.Referral." + referral.Status, [referral.Pseudonym, title], $"/referrals/{referral.Id}", now));
        }

        if (caseManager is { } manager)
        {
            await mail.ReferralOutcomeAsync(referral, manager, actor, title, cancellationToken);
        }
    }

    private static AftercareTask NewTask(
        Referral referral, Placement? placement, AftercareTaskKind kind, Guid assignee, DateOnly due, DateTime now, DurabilityCheckpoint? checkpoint = null) => new()
        {
            RegionCode = referral.RegionCode,
            ReferralId = referral.Id,
            PlacementId = placement?.Id,
            Kind = kind,
            Checkpoint = checkpoint,
            AssigneeUserId = assignee,
            DueOn = due,
            CreatedAtUtc = now,
        };
}
