using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Vacancies;
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

    public sealed class Handler(WerkbrugDb db, TimeProvider clock)
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
            var vacancy = new Vacancy
            {
                RegionCode = db.Scope.RegionCode!,
                Title = string.Empty,
                Occupation = string.Empty,
                Postcode = string.Empty,
                Pc4 = string.Empty,
                MunicipalityName = string.Empty,
                IntakeRequestId = command.IntakeRequestId,
                CreatedAtUtc = now,
                CreatedByUserId = db.Scope.UserId!.Value,
            };
            VacancyInput.Apply(vacancy, command, checkedInput.Value);
            vacancy.Created(now, db.Scope.UserId!.Value);
            db.Vacancies.Add(vacancy);
            await db.SaveChangesAsync(cancellationToken);
            return vacancy.Id;
        }
    }
}
