using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Vacancies;
using Werkbrug.Web.Features.Matching;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Vacancies;

/// <summary>
/// Replaces a vacancy's content from the version the user saw; a save from an older version is refused, and so is a
/// published vacancy's date changed to one in the past (<see cref="VacancyRules.CheckPublishedDates"/>).
/// </summary>
public static class UpdateVacancy
{
    public sealed record Command : VacancyFields
    {
        [Required]
        public int? Version { get; init; }
    }

    public sealed class Handler(WerkbrugDb db, MatchingCodes codes, TimeProvider clock)
    {
        public async Task<Result<int>> HandleAsync(Guid id, Command command, CancellationToken cancellationToken)
        {
            var vacancy = await db.Vacancies.AsSplitQuery().FirstOrDefaultAsync(v => v.Id == id, cancellationToken);
            if (vacancy is null)
            {
                return Error.NotFound();
            }

            var checkedInput = await VacancyInput.CheckAsync(db, command, id, cancellationToken);
            var dates = vacancy.Status == VacancyStatus.Draft
                ? []
                : VacancyRules.CheckPublishedDates(command.StartDate, command.ClosingDate, DutchTime.Today(clock), (vacancy.StartDate, vacancy.ClosingDate));
            if (!checkedInput.IsSuccess || dates.Count > 0)
            {
                return Result<int>.Failure([.. checkedInput.Errors, .. dates]);
            }

            if (!db.IsCurrentVersion(vacancy, command.Version!.Value))
            {
                return SaveOrConflict.StaleVersion;
            }

            VacancyInput.Apply(vacancy, command, checkedInput.Value, codes);
            db.MarkActivity(vacancy, clock.GetUtcNow().UtcDateTime);
            return await db.SaveOrConflictAsync(cancellationToken) is { } conflict ? conflict : vacancy.Version;
        }
    }
}
