using System.ComponentModel.DataAnnotations;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.FrontDoor;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.IntakeRequests;

/// <summary>"Afsluiten": closes the request with a reason; a closed request cannot change any more.</summary>
public static class CloseIntakeRequest
{
    public sealed record Command
    {
        [Required]
        [StringLength(IntakeLimits.CloseReason)]
        public string? Reason { get; init; }

        [Required]
        public int? Version { get; init; }
    }

    public sealed class Handler(IntakeRequestSteps steps)
    {
        public async Task<Result<int>> HandleAsync(Guid id, Command command, CancellationToken cancellationToken)
        {
            var errors = InputValidator.Validate(command);
            IntakeRequestSteps.CheckPersonalData(command.Reason, nameof(Command.Reason), errors);
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
            if (steps.CheckMove(request, IntakeRequestStatus.Closed) is { } refused)
            {
                return refused;
            }

            var reason = command.Reason!.Trim();
            request.Status = IntakeRequestStatus.Closed;
            request.CloseReason = reason;
            steps.Record(request, IntakeRequestEventKind.Closed, reason);
            return await steps.SaveAsync(cancellationToken) is { } conflict ? conflict : request.Version;
        }
    }
}
