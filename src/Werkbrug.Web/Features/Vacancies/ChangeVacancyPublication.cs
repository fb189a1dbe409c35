using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Vacancies;

/// <summary>
/// Marks a vacancy public (openbaar) or takes it off: only advisers of the organisation that owns the vacancy decide
/// what of it the world sees (another organisation of the region gets 403, another region 404). A vacancy that has ended
/// cannot be made public. What a public vacancy shows is decided in <c>Features/PublishedVacancies</c>.
/// </summary>
public static class ChangeVacancyPublication
{
    public sealed record Command
    {
        /// <summary>True: publish the vacancy on the front door and in the public feed while it runs; false: take it off.</summary>
        [Required]
        public bool? IsPublic { get; init; }

        [Required]
        public int? Version { get; init; }
    }

    public sealed class Handler(WerkbrugDb db, TimeProvider clock)
    {
        public async Task<Result<int>> HandleAsync(Guid id, Command command, CancellationToken cancellationToken)
        {
            var vacancy = await db.Vacancies.FirstOrDefaultAsync(v => v.Id == id, cancellationToken);
            if (vacancy is null)
            {
                return Error.NotFound();
            }

            if (vacancy.OwnerOrganisationId != db.Scope.OrganisationId)
            {
                return new Error(ErrorKind.Forbidden, "Vacancy.PublishNotOwner");
            }

            var errors = InputValidator.Validate(command);
            if (errors.Count > 0)
            {
                return Result<int>.Failure(errors);
            }

            if (!db.IsCurrentVersion(vacancy, command.Version!.Value))
            {
                return SaveOrConflict.StaleVersion;
            }

            if (vacancy.SetPublic(command.IsPublic!.Value, clock.GetUtcNow().UtcDateTime) is { } refused)
            {
                return refused;
            }

            return await db.SaveOrConflictAsync(cancellationToken) is { } conflict ? conflict : vacancy.Version;
        }
    }
}
