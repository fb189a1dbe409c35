using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Referrals;
using Werkbrug.Domain.Vacancies;
using Werkbrug.Web.Features.Referrals;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.ReferenceData;

namespace Werkbrug.Web.Features.Placements;

/// <summary>
/// The placing organisation corrects a placement: start date, contract, hours, instrument, job coach and the contact
/// person (a user of the placing organisation). A new contact person takes over the open tasks of the aftercare plan;
/// a new start date moves the open contact moments and durability checks by the same number of days.
/// </summary>
public static class UpdatePlacement
{
    public sealed record Command
    {
        [Required]
        public DateOnly? StartDate { get; init; }

        [Required]
        [DefinedEnum]
        public ContractType? ContractType { get; init; }

        [Required]
        [Range(1, 60)]
        public int? HoursPerWeek { get; init; }

        [DefinedEnum]
        public PlacementInstrument? Instrument { get; init; }

        public bool JobCoachAgreed { get; init; }

        [Required]
        public Guid? ContactPersonUserId { get; init; }

        [Required]
        public int? Version { get; init; }
    }

    public sealed class Handler(WerkbrugDb db, TimeProvider clock)
    {
        public async Task<Result<int>> HandleAsync(Guid id, Command command, CancellationToken cancellationToken)
        {
            var placement = await ReferralAccess.Placements(db).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
            if (placement is null)
            {
                return Error.NotFound();
            }

            var errors = InputValidator.Validate(command);
            if (errors.Count > 0)
            {
                return Result<int>.Failure(errors);
            }

            if (placement.PlacingOrganisationId != db.Scope.OrganisationId)
            {
                return new Error(ErrorKind.Forbidden, "Placement.NotPlacingOrganisation");
            }

            if (!db.IsCurrentVersion(placement, command.Version!.Value))
            {
                return SaveOrConflict.StaleVersion;
            }

            var today = DutchTime.Today(clock);
            var start = command.StartDate!.Value;
            if (start < today.AddYears(-1) || start > today.AddYears(1))
            {
                errors.Add(Error.Validation(nameof(Command.StartDate), "Placement.StartOutsideRange"));
            }

            var contact = command.ContactPersonUserId!.Value;
            if (!await db.AftercareStaff(placement.PlacingOrganisationId).AnyAsync(u => u.Id == contact, cancellationToken))
            {
                errors.Add(Error.Validation(nameof(Command.ContactPersonUserId), "Placement.ContactPersonNotInOrganisation"));
            }

            if (errors.Count > 0)
            {
                return Result<int>.Failure(errors);
            }

            var shift = start.DayNumber - placement.StartDate.DayNumber;
            var newContact = contact != placement.ContactPersonUserId;
            if (shift != 0 || newContact)
            {
                var open = await db.AftercareTasks.Where(t => t.PlacementId == placement.Id && t.CompletedOn == null).ToListAsync(cancellationToken);
                foreach (var task in open)
                {
                    var moves = task.Kind is AftercareTaskKind.ContactMoment or AftercareTaskKind.DurabilityCheck;
                    task.Reschedule(moves ? task.DueOn.AddDays(shift) : task.DueOn, newContact ? contact : task.AssigneeUserId, task.Label);
                }
            }

            placement.StartDate = start;
            placement.ContractType = command.ContractType!.Value;
            placement.HoursPerWeek = command.HoursPerWeek!.Value;
            placement.Instrument = command.Instrument ?? PlacementInstrument.None;
            placement.JobCoachAgreed = command.JobCoachAgreed;
            placement.ContactPersonUserId = contact;
            return await db.SaveOrConflictAsync(cancellationToken) is { } conflict ? conflict : placement.Version;
        }
    }
}
