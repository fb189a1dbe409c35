using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.FrontDoor;
using Werkbrug.Web.Infrastructure.Errors;

namespace Werkbrug.Web.Features.IntakeRequests;

/// <summary>
/// "Toewijzen": routes the request to a team of the region and/or gives it to an adviser of the region as owner.
/// The status does not change; a closed request cannot be assigned.
/// </summary>
public static class AssignIntakeRequest
{
    public sealed record Command
    {
        public Guid? TeamId { get; init; }

        /// <summary>The new owner: an active adviser (account manager, manager, region coordinator, national account manager) of the region.</summary>
        public Guid? UserId { get; init; }

        [Required]
        public int? Version { get; init; }
    }

    public sealed class Handler(IntakeRequestSteps steps)
    {
        public async Task<Result<int>> HandleAsync(Guid id, Command command, CancellationToken cancellationToken)
        {
            var db = steps.Db;
            var errors = InputValidator.Validate(command);
            if (command.TeamId is null && command.UserId is null)
            {
                errors.Add(Error.Validation(nameof(Command.TeamId), "IntakeRequest.AssignNothing"));
            }

            if (command.TeamId is { } teamId && !await db.Teams.AnyAsync(t => t.Id == teamId, cancellationToken))
            {
                errors.Add(Error.Validation(nameof(Command.TeamId), "IntakeRequest.UnknownTeam"));
            }

            if (command.UserId is { } userId && !await db.Advisers().AnyAsync(u => u.Id == userId, cancellationToken))
            {
                errors.Add(Error.Validation(nameof(Command.UserId), "IntakeRequest.UnknownAdviser"));
            }

            if (errors.Count > 0)
            {
                return Result<int>.Failure(errors);
            }

            var loaded = await steps.LoadAsync(id, command.Version!.Value, cancellationToken);
            if (!loaded.IsSuccess)
            {
                return Result<int>.Failure(loaded.Errors);
            }

            var request = loaded.Value;
            if (request.Status == IntakeRequestStatus.Closed)
            {
                return Error.Conflict("IntakeRequest.ClosedCannotChange");
            }

            request.AssignedTeamId = command.TeamId ?? request.AssignedTeamId;
            request.OwnerUserId = command.UserId ?? request.OwnerUserId;
            steps.Record(request, IntakeRequestEventKind.Assigned, teamId: command.TeamId, assignedUserId: command.UserId);
            return await steps.SaveAsync(cancellationToken) is { } conflict ? conflict : request.Version;
        }
    }
}
