using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Notifications;
using Werkbrug.Web.Features.Notifications;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Vacancies;

/// <summary>Escalates a vacancy from local to regional, once, with a reason; the region's teams get a notification.</summary>
public static class EscalateVacancy
{
    public sealed record Command
    {
        [Required]
        [StringLength(VacancyLimits.Reason)]
        public string? Reason { get; init; }

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

            var errors = InputValidator.Validate(command);
            if (string.IsNullOrWhiteSpace(command.Reason) && errors.Count == 0)
            {
                errors.Add(Error.Validation(nameof(Command.Reason), "Validation.Required"));
            }

            if (errors.Count > 0)
            {
                return Result<int>.Failure(errors);
            }

            if (!db.IsCurrentVersion(vacancy, command.Version!.Value))
            {
                return SaveOrConflict.StaleVersion;
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var me = db.Scope.UserId!.Value;
            var reason = command.Reason!.Trim();
            if (vacancy.Escalate(reason, now, me) is { } refused)
            {
                return refused;
            }

            var employer = await db.Employers.Where(e => e.Id == vacancy.EmployerId).Select(e => e.TradeName).FirstAsync(cancellationToken);
            var by = await db.Users.Where(u => u.Id == me).Select(u => u.DisplayName).FirstAsync(cancellationToken);
            await db.NotifyRegionTeamsAsync(
                vacancy.RegionCode, me, NotificationKinds.VacancyEscalated, "Notification.VacancyEscalated",
                [vacancy.Title, employer, by, reason], $"/vacancies/{vacancy.Id}", now, cancellationToken);
            return await db.SaveOrConflictAsync(cancellationToken) is { } conflict ? conflict : vacancy.Version;
        }
    }
}
