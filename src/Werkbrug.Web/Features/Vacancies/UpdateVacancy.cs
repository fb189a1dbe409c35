using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Vacancies;

/// <summary>Replaces a vacancy's content from the version the user saw; a save from an older version is refused.</summary>
public static class UpdateVacancy
{
    public sealed record Command : VacancyFields
    {
        [Required]
        public int? Version { get; init; }
    }

    public sealed class Handler(WerkbrugDb db, TimeProvider clock)
    {
        public async Task<Result<int>> HandleAsync(Guid id, Command command, CancellationToken cancellationToken)
        {
            var vacancy = await db.Vacancies.AsSplitQuery().FirstOrDefaultAsync(v => v.Id == id, cancellationToken);
            if (vacancy is null)
            {
                return Error.NotFound();
            }

            var checkedInput = await VacancyInput.CheckAsync(db, command, id, cancellationToken);
            if (!checkedInput.IsSuccess)
            {
                return Result<int>.Failure(checkedInput.Errors);
            }

            if (!db.IsCurrentVersion(vacancy, command.Version!.Value))
            {
                return SaveOrConflict.StaleVersion;
            }

            VacancyInput.Apply(vacancy, command, checkedInput.Value);
            db.MarkActivity(vacancy, clock.GetUtcNow().UtcDateTime);
            return await db.SaveOrConflictAsync(cancellationToken) is { } conflict ? conflict : vacancy.Version;
        }
    }
}
