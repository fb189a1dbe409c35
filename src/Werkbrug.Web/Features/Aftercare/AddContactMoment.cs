using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Audit;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Referrals;
using Werkbrug.Web.Features.Referrals;
using Werkbrug.Web.Infrastructure.Audit;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Aftercare;

/// <summary>
/// Adds an extra contact moment to a placement's aftercare plan, for the placement's contact person. Only the placing
/// organisation plans its aftercare; the date lies between today and two years after the start.
/// </summary>
public static class AddContactMoment
{
    public sealed record Command
    {
        [Required]
        public DateOnly? DueOn { get; init; }

        [StringLength(ReferralLimits.TaskLabel)]
        public string? Label { get; init; }
    }

    public sealed record Added(Guid Id, Guid PlacementId, DateOnly DueOn, Guid AssigneeUserId, string? Label, int Version);

    public sealed class Handler(WerkbrugDb db, PersonalDataAudit audit, TimeProvider clock)
    {
        public async Task<Result<Added>> HandleAsync(Guid placementId, Command command, CancellationToken cancellationToken)
        {
            var placement = await ReferralAccess.Placements(db).AsNoTracking().FirstOrDefaultAsync(p => p.Id == placementId, cancellationToken);
            var referral = placement?.ReferralId is { } referralId
                ? await ReferralAccess.Visible(db).AsNoTracking().FirstOrDefaultAsync(r => r.Id == referralId, cancellationToken)
                : null;
            if (placement is null || referral is null)
            {
                return Error.NotFound();
            }

            if (placement.PlacingOrganisationId != db.Scope.OrganisationId)
            {
                return new Error(ErrorKind.Forbidden, "Aftercare.NotYourTask");
            }

            if (placement.EndedOn is not null)
            {
                return Error.Conflict("Aftercare.PlacementEnded");
            }

            var errors = InputValidator.Validate(command);
            var today = DutchTime.Today(clock);
            if (command.DueOn is { } due && (due < today || due > placement.StartDate.AddYears(2)))
            {
                errors.Add(Error.Validation(nameof(Command.DueOn), "Aftercare.DueOutsidePlan"));
            }

            if (errors.Count > 0)
            {
                return Result<Added>.Failure(errors);
            }

            var task = new AftercareTask
            {
                RegionCode = placement.RegionCode,
                ReferralId = referral.Id,
                PlacementId = placement.Id,
                Kind = AftercareTaskKind.ContactMoment,
                Label = InputText.Clean(command.Label),
                AssigneeUserId = placement.ContactPersonUserId,
                DueOn = command.DueOn!.Value,
                CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            };
            db.AftercareTasks.Add(task);
            await audit.RecordAsync(ProcessingActivities.Referral, AuditAction.Update, [referral.Pseudonym], cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return new Added(task.Id, placement.Id, task.DueOn, task.AssigneeUserId, task.Label, task.Version);
        }
    }
}
