using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Vacancies;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Vacancies;

/// <summary>
/// Moves a vacancy to another status, as far as <see cref="VacancyWorkflow"/> allows, with a note in the history. A draft
/// is published (opened) only with neither its start nor its closing date in the past.
/// </summary>
public static class ChangeVacancyStatus
{
    public sealed record Command
    {
        [Required]
        [DefinedEnum]
        public VacancyStatus? Status { get; init; }

        [StringLength(VacancyLimits.Note)]
        public string? Note { get; init; }

        [Required]
        public int? Version { get; init; }
    }

    public sealed class Handler(WerkbrugDb db, TimeProvider clock, IStringLocalizer<SharedResource> text)
    {
        public async Task<Result<int>> HandleAsync(Guid id, Command command, CancellationToken cancellationToken)
        {
            var vacancy = await db.Vacancies.AsSplitQuery().FirstOrDefaultAsync(v => v.Id == id, cancellationToken);
            if (vacancy is null)
            {
                return Error.NotFound();
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

            var from = vacancy.Status;
            if (from == VacancyStatus.Draft && command.Status == VacancyStatus.Open
                && VacancyRules.CheckPublishedDates(vacancy.StartDate, vacancy.ClosingDate, DutchTime.Today(clock)) is { Count: > 0 } past)
            {
                return Result<int>.Failure(past);
            }

            if (vacancy.MoveTo(command.Status!.Value, clock.GetUtcNow().UtcDateTime, db.Scope.UserId!.Value, InputText.Clean(command.Note)) is { } refused)
            {
                // The statuses in the message in the reader's words.
                return Error.Validation(refused.Field!, refused.Code, text["VacancyStatus." + from].Value, text["VacancyStatus." + command.Status].Value);
            }

            return await db.SaveOrConflictAsync(cancellationToken) is { } conflict ? conflict : vacancy.Version;
        }
    }
}
