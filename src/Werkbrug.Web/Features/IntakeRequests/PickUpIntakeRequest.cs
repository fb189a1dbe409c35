using System.ComponentModel.DataAnnotations;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.FrontDoor;
using Werkbrug.Web.Infrastructure.Errors;

namespace Werkbrug.Web.Features.IntakeRequests;

/// <summary>"Oppakken": the current user becomes the owner and the request moves to in progress.</summary>
public static class PickUpIntakeRequest
{
    public sealed record Command
    {
        /// <summary>The request's version the user saw.</summary>
        [Required]
        public int? Version { get; init; }
    }

    public sealed class Handler(IntakeRequestSteps steps)
    {
        public async Task<Result<int>> HandleAsync(Guid id, Command command, CancellationToken cancellationToken)
        {
            var errors = InputValidator.Validate(command);
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
            if (steps.CheckMove(request, IntakeRequestStatus.InProgress) is { } refused)
            {
                return refused;
            }

            request.Status = IntakeRequestStatus.InProgress;
            request.OwnerUserId = steps.Db.Scope.UserId;
            steps.Record(request, IntakeRequestEventKind.PickedUp, assignedUserId: request.OwnerUserId);
            return await steps.SaveAsync(cancellationToken) is { } conflict ? conflict : request.Version;
        }
    }
}
