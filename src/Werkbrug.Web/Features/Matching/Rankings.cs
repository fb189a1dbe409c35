using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Audit;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Matching;
using Werkbrug.Web.Features.VacancyOffers;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Audit;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;
using Engine = Werkbrug.Matching.Engine;

namespace Werkbrug.Web.Features.Matching;

/// <summary>
/// The candidate lists shown for a vacancy, as they were shown (<see cref="RankingRecord"/>): who was listed in which
/// order with which score, the credit per criterion and the weights and their version, so a ranking can be checked
/// and explained afterwards (EU AI Act, Annex III point 4). Region scope decides which records a user reads; job
/// seekers appear by pseudonym only, and reading a record is audit-logged like the list itself.
/// </summary>
public static class Rankings
{
    /// <summary>One candidate list in the overview: when, with which weights, how many listed of how many eligible.</summary>
    public sealed record Summary(Guid Id, DateTime AtUtc, string WeightsVersion, int Listed, int Eligible);

    /// <summary>A criterion's weight in the ranking.</summary>
    public sealed record Weight(Engine.Criterion Criterion, int Value);

    /// <summary>A criterion's credit (0–1000) for one listed job seeker; criteria that did not apply are left out.</summary>
    public sealed record Credit(Engine.Criterion Criterion, int Value);

    /// <summary>One listed job seeker: rank, pseudonym, score (0–100), raw score (Σ weight × credit) and the credits.</summary>
    public sealed record Entry(int Rank, string Pseudonym, int Score, int RawScore, IReadOnlyList<Credit> Credits);

    public sealed record Details(Guid Id, Guid VacancyId, DateTime AtUtc, Guid? SearchedByOrganisationId, string WeightsVersion, IReadOnlyList<Weight> Weights, int Eligible, IReadOnlyList<Entry> Entries);

    public sealed class Handler(WerkbrugDb db, PersonalDataAudit audit)
    {
        public async Task<Result<Paged<Summary>>> ListAsync(Guid vacancyId, PageRequest paging, CancellationToken cancellationToken)
        {
            var errors = InputValidator.Validate(paging);
            if (errors.Count > 0)
            {
                return Result<Paged<Summary>>.Failure(errors);
            }

            if (await OfferedVacancies.OwnOrOfferedAsync(db, vacancyId, cancellationToken) is null)
            {
                return Error.NotFound();
            }

            return await db.Rankings.AsNoTracking().Where(r => r.VacancyId == vacancyId)
                .OrderByDescending(r => r.AtUtc).ThenBy(r => r.Id)
                .Select(r => new Summary(r.Id, r.AtUtc, r.WeightsVersion, r.Entries.Count, r.Eligible))
                .ToPagedAsync(paging, cancellationToken);
        }

        public async Task<Result<Details>> GetAsync(Guid vacancyId, Guid rankingId, CancellationToken cancellationToken)
        {
            if (await OfferedVacancies.OwnOrOfferedAsync(db, vacancyId, cancellationToken) is null
                || await db.Rankings.AsNoTracking().FirstOrDefaultAsync(r => r.Id == rankingId && r.VacancyId == vacancyId, cancellationToken) is not { } record)
            {
                return Error.NotFound();
            }

            await audit.RecordAsync(ProcessingActivities.RegionalMatching, AuditAction.Read, [.. record.Entries.Select(e => e.Pseudonym)], cancellationToken);
            var criteria = Enum.GetValues<Engine.Criterion>();
            return new Details(
                record.Id,
                record.VacancyId,
                record.AtUtc,
                record.SearchedByOrganisationId,
                record.WeightsVersion,
                [.. record.Weights.Select((w, i) => new Weight(criteria[i], w))],
                record.Eligible,
                [
                    .. record.Entries.OrderBy(e => e.Rank).Select(e => new Entry(
                        e.Rank, e.Pseudonym, e.Score, e.RawScore,
                        [.. e.Credits.Select((c, i) => (c, i)).Where(x => x.c >= 0).Select(x => new Credit(criteria[x.i], x.c))])),
                ]);
        }
    }
}
