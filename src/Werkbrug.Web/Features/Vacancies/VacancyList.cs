using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Employers;
using Werkbrug.Domain.Vacancies;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Vacancies;

/// <summary>The region's vacancies, newest first, filtered by status, branch, municipality, owner, adviser, age, staleness, escalation or employer.</summary>
public static class VacancyList
{
    public sealed record Query : PageRequest
    {
        [DefinedEnum]
        public VacancyStatus? Status { get; init; }

        /// <summary>SBI section letter (A–U) of the vacancy (by default its employer's main activity).</summary>
        [StringLength(1)]
        public string? Section { get; init; }

        /// <summary>Municipality of the work location.</summary>
        [StringLength(VacancyLimits.MunicipalityName)]
        public string? Municipality { get; init; }

        public Guid? OwnerOrganisationId { get; init; }

        public Guid? EmployerId { get; init; }

        /// <summary>Created at least this many days ago.</summary>
        [Range(0, 10_000)]
        public int? MinAgeDays { get; init; }

        /// <summary>Created at most this many days ago.</summary>
        [Range(0, 10_000)]
        public int? MaxAgeDays { get; init; }

        /// <summary>Only running vacancies without activity for <c>Vacancies:StaleAfterDays</c> days.</summary>
        public bool? StaleOnly { get; init; }

        /// <summary>Only the vacancies this adviser handles.</summary>
        public Guid? AdviserUserId { get; init; }

        /// <summary>Only the running vacancies escalated to the region.</summary>
        public bool? Escalated { get; init; }
    }

    public sealed record Row(
        Guid Id,
        string Title,
        Guid EmployerId,
        string EmployerName,
        VacancyStatus Status,
        string MunicipalityName,
        Guid OwnerOrganisationId,
        string OwnerOrganisationName,
        string AdviserName,
        int Positions,
        EscalationLevel EscalationLevel,
        bool IsStale,
        bool IsCreatedFunction,
        bool HardToFill,
        DateTime CreatedAtUtc,
        DateTime LastActivityAtUtc);

    public sealed class Handler(WerkbrugDb db, TimeProvider clock, IOptions<VacancyOptions> options)
    {
        public async Task<Result<Paged<Row>>> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            var errors = InputValidator.Validate(query);
            if (query.Section is { Length: > 0 } letter && !Sbi.SectionLetters.Contains(letter.ToUpperInvariant()))
            {
                errors.Add(Error.Validation(nameof(Query.Section), "Validation.Invalid"));
            }

            if (errors.Count > 0)
            {
                return Result<Paged<Row>>.Failure(errors);
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var days = options.Value.StaleAfterDays;
            var staleBefore = VacancyRules.StaleBefore(now, days);
            var running = VacancyRules.Running.ToArray();
            var vacancies = Filter(db.Vacancies.AsQueryable(), query, now);
            if (query.StaleOnly == true)
            {
                vacancies = vacancies.Where(v => running.Contains(v.Status) && v.LastActivityAtUtc < staleBefore);
            }

            if (query.Escalated == true)
            {
                vacancies = vacancies.Where(v => running.Contains(v.Status) && v.EscalationLevel == EscalationLevel.Regional);
            }

            return await vacancies
                .OrderByDescending(v => v.CreatedAtUtc).ThenBy(v => v.Title).ThenBy(v => v.Id)
                .Select(v => new Row(
                    v.Id, v.Title, v.EmployerId,
                    db.Employers.Where(e => e.Id == v.EmployerId).Select(e => e.TradeName).FirstOrDefault() ?? string.Empty,
                    v.Status, v.MunicipalityName, v.OwnerOrganisationId,
                    db.Organisations.Where(o => o.Id == v.OwnerOrganisationId).Select(o => o.Name).FirstOrDefault() ?? string.Empty,
                    db.Users.Where(u => u.Id == v.AdviserUserId).Select(u => u.DisplayName).FirstOrDefault() ?? string.Empty,
                    v.Positions, v.EscalationLevel,
                    running.Contains(v.Status) && v.LastActivityAtUtc < staleBefore,
                    v.IsCreatedFunction, v.HardToFill, v.CreatedAtUtc, v.LastActivityAtUtc))
                .ToPagedAsync(query, cancellationToken);
        }

        private static IQueryable<Vacancy> Filter(IQueryable<Vacancy> vacancies, Query query, DateTime now)
        {
            if (query.Status is { } status)
            {
                vacancies = vacancies.Where(v => v.Status == status);
            }

            if (!string.IsNullOrWhiteSpace(query.Section))
            {
                var section = query.Section.ToUpperInvariant();
                vacancies = vacancies.Where(v => v.SbiSection == section);
            }

            if (!string.IsNullOrWhiteSpace(query.Municipality))
            {
                var municipality = query.Municipality.Trim();
                vacancies = vacancies.Where(v => v.MunicipalityName == municipality);
            }

            if (query.OwnerOrganisationId is { } owner)
            {
                vacancies = vacancies.Where(v => v.OwnerOrganisationId == owner);
            }

            if (query.EmployerId is { } employer)
            {
                vacancies = vacancies.Where(v => v.EmployerId == employer);
            }

            if (query.AdviserUserId is { } adviser)
            {
                vacancies = vacancies.Where(v => v.AdviserUserId == adviser);
            }

            if (query.MinAgeDays is { } minAge)
            {
                var createdBefore = now.AddDays(-minAge);
                vacancies = vacancies.Where(v => v.CreatedAtUtc <= createdBefore);
            }

            if (query.MaxAgeDays is { } maxAge)
            {
                var createdAfter = now.AddDays(-maxAge);
                vacancies = vacancies.Where(v => v.CreatedAtUtc >= createdAfter);
            }

            return vacancies;
        }
    }
}
