using System.ComponentModel.DataAnnotations;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.FrontDoor;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.IntakeRequests;

/// <summary>
/// "Beantwoorden": records the first reaction given to the employer (who is contacted outside Werkbrug) and
/// moves the request to answered. Text that seems to hold a BSN is refused.
/// </summary>
public static class AnswerIntakeRequest
{
    public sealed record Command
    {
        [Required]
        [StringLength(IntakeLimits.Answer)]
        public string? Answer { get; init; }

        [Required]
        public int? Version { get; init; }
    }

    public sealed class Handler(IntakeRequestSteps steps)
    {
        public async Task<Result<int>> HandleAsync(Guid id, Command command, CancellationToken cancellationToken)
        {
            var errors = InputValidator.Validate(command);
            IntakeRequestSteps.CheckPersonalData(command.Answer, nameof(Command.Answer), errors);
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
            if (steps.CheckMove(request, IntakeRequestStatus.Answered) is { } refused)
            {
                return refused;
            }

            var answer = command.Answer!.Trim();
            request.Status = IntakeRequestStatus.Answered;
            request.Answer = answer;
            request.AnsweredAtUtc = steps.NowUtc;
            request.OwnerUserId ??= steps.Db.Scope.UserId;
            steps.Record(request, IntakeRequestEventKind.Answered, answer);
            return await steps.SaveAsync(cancellationToken) is { } conflict ? conflict : request.Version;
        }
    }
}
