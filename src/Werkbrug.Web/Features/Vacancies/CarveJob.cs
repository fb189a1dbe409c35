using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Vacancies;
using Werkbrug.Web.Features.Matching;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Vacancies;

/// <summary>
/// Job carving: composes a created function (gecreëerde functie) from separable tasks of vacancies of one employer.
/// The result is a draft vacancy of that employer whose tasks copy the chosen ones and link to them; its work
/// location, SBI section, contact person and contract type come from the first chosen task's vacancy.
/// </summary>
public static class CarveJob
{
    public sealed record Command
    {
        [Required]
        public Guid? EmployerId { get; init; }

        /// <summary>The separable tasks to combine (ids of vacancy tasks of this employer).</summary>
        public List<Guid>? TaskIds { get; init; }

        [Required]
        [StringLength(VacancyLimits.Title)]
        public string? Title { get; init; }

        [Range(0, VacancyRules.MaxHoursPerWeek)]
        public int? HoursPerWeekMin { get; init; }

        [Required]
        [Range(1, VacancyRules.MaxHoursPerWeek)]
        public int? HoursPerWeekMax { get; init; }
    }

    public sealed class Handler(WerkbrugDb db, MatchingCodes codes, TimeProvider clock)
    {
        public async Task<Result<Guid>> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            if (command.EmployerId is { } employerId && !await db.Employers.AnyAsync(e => e.Id == employerId, cancellationToken))
            {
                return Error.NotFound();
            }

            var errors = InputValidator.Validate(command);
            errors.AddRange(VacancyRules.Check(new VacancyFacts(command.HoursPerWeekMin, command.HoursPerWeekMax, [], [])));
            var chosen = (command.TaskIds ?? []).Distinct().ToList();
            var vacancies = chosen.Count == 0 ? [] : await db.Vacancies.AsSplitQuery().Where(v => v.Tasks.Any(t => chosen.Contains(t.Id))).ToListAsync(cancellationToken);
            var found = vacancies.SelectMany(v => v.Tasks.Where(t => chosen.Contains(t.Id)).Select(t => new CarvingSource(v.Id, v.EmployerId, t))).ToList();
            var composed = JobCarving.Compose(command.EmployerId ?? Guid.Empty, chosen, found);
            errors.AddRange(composed.Errors);
            if (errors.Count > 0)
            {
                return Result<Guid>.Failure(errors);
            }

            var first = vacancies.Single(v => v.Tasks.Any(t => t.Id == chosen[0]));
            var now = clock.GetUtcNow().UtcDateTime;
            var me = db.Scope.UserId!.Value;
            var function = new Vacancy
            {
                RegionCode = db.Scope.RegionCode!,
                EmployerId = command.EmployerId!.Value,
                Title = command.Title!.Trim(),
                Occupation = command.Title!.Trim(),
                HoursPerWeekMin = command.HoursPerWeekMin ?? 0,
                HoursPerWeekMax = command.HoursPerWeekMax!.Value,
                ContractType = first.ContractType,
                AddressLine = first.AddressLine,
                Postcode = first.Postcode,
                Pc4 = first.Pc4,
                MunicipalityName = first.MunicipalityName,
                SbiSection = first.SbiSection,
                ContactName = first.ContactName,
                ContactPhone = first.ContactPhone,
                ContactEmail = first.ContactEmail,
                Positions = 1,
                OwnerOrganisationId = db.Scope.OrganisationId!.Value,
                AdviserUserId = me,
                IsCreatedFunction = true,
                CreatedAtUtc = now,
                CreatedByUserId = me,
            };
            var tasks = composed.Value;
            for (var i = 0; i < tasks.Count; i++)
            {
                tasks[i].Position = i;
            }

            function.Tasks.AddRange(tasks);
            codes.Resolve(function);
            function.Created(now, me);
            db.Vacancies.Add(function);
            await db.SaveChangesAsync(cancellationToken);
            return function.Id;
        }
    }
}
