using Werkbrug.Domain.Common;
using Werkbrug.Domain.FrontDoor;
using Werkbrug.Web.Infrastructure.Errors;

namespace Werkbrug.Web.Features.IntakeRequests;

/// <summary>"Heropenen": an answered request goes back to in progress (a closed one stays closed).</summary>
public static class ReopenIntakeRequest
{
    public sealed class Handler(IntakeRequestSteps steps)
    {
        public async Task<Result<int>> HandleAsync(Guid id, PickUpIntakeRequest.Command command, CancellationToken cancellationToken)
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
            // Only an answered request is reopened; from new, "oppakken" is the way to in progress.
            if (request.Status != IntakeRequestStatus.Answered)
            {
                return steps.Refusal(request, IntakeRequestStatus.InProgress);
            }

            request.Status = IntakeRequestStatus.InProgress;
            steps.Record(request, IntakeRequestEventKind.Reopened);
            return await steps.SaveAsync(cancellationToken) is { } conflict ? conflict : request.Version;
        }
    }
}
