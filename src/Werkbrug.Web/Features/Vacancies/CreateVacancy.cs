using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Web.Features.Matching;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Vacancies;

/// <summary>Takes in a vacancy (as a draft) for an employer of the region, possibly from a front-door request.</summary>
public static class CreateVacancy
{
    public sealed record Command : VacancyFields
    {
        /// <summary>The front-door request ("vacature melden") this vacancy comes from.</summary>
        public Guid? IntakeRequestId { get; init; }
    }

    public sealed class Handler(WerkbrugDb db, MatchingCodes codes, TimeProvider clock)
    {
        public async Task<Result<Guid>> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            var checkedInput = await VacancyInput.CheckAsync(db, command, null, cancellationToken);
            var errors = checkedInput.IsSuccess ? [] : checkedInput.Errors.ToList();
            if (command.IntakeRequestId is { } requestId && !await db.IntakeRequests.AnyAsync(r => r.Id == requestId, cancellationToken))
            {
                errors.Add(Error.Validation(nameof(Command.IntakeRequestId), "Vacancy.UnknownIntakeRequest"));
            }

            if (errors.Count > 0)
            {
                return Result<Guid>.Failure(errors);
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var vacancy = VacancyInput.Create(db.Scope.RegionCode!, command, checkedInput.Value, codes, now, db.Scope.UserId!.Value, intakeRequestId: command.IntakeRequestId);
            db.Vacancies.Add(vacancy);
            await db.SaveChangesAsync(cancellationToken);
            return vacancy.Id;
        }
    }
}
