using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Audit;
using Werkbrug.Domain.Common;
using Werkbrug.Web.Features.JobSeekers;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Audit;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Matching;

/// <summary>
/// "Passende vacatures": the region's open vacancies ranked for one of the own organisation's job seekers, with
/// the same rules, breakdown and gaps as the candidate search. Only those who see the person by name ask this (the owner
/// organisation's case managers and managers, <see cref="JobSeekerAccess.Identified"/>; anyone else gets 404); the read
/// of the profile is audit-logged.
/// </summary>
public static class FindVacancies
{
    /// <summary>The ranked list is paged like any other: pageSize per page, page 2 holds the ranks after the first page.</summary>
    public sealed record Query : PageRequest;

    /// <summary>The job seeker and one page of the ranked vacancies; their total is the number of eligible vacancies.</summary>
    public sealed record Results(Guid JobSeekerId, string Name, Paged<VacancyResult> Vacancies);

    public sealed record VacancyResult(
        int Rank,
        Guid VacancyId,
        string Title,
        string EmployerName,
        string MunicipalityName,
        int Score,
        double DistanceKm,
        string Explanation,
        IReadOnlyList<FindCandidates.Criterion> Breakdown,
        IReadOnlyList<FindCandidates.GapView> Gaps);

    public sealed class Handler(WerkbrugDb db, MatchingIndexes indexes, JobSeekerAccess access, PersonalDataAudit audit, TimeProvider clock)
    {
        public async Task<Result<Results>> HandleAsync(Guid jobSeekerId, Query query, CancellationToken cancellationToken)
        {
            var errors = InputValidator.Validate(query);
            if (errors.Count > 0)
            {
                return Result<Results>.Failure(errors);
            }

            var profile = await access.Identified.AsNoTracking().FirstOrDefaultAsync(j => j.Id == jobSeekerId, cancellationToken);
            if (profile is null)
            {
                return Error.NotFound();
            }

            if (!indexes.IsCurrent)
            {
                throw new InstanceNotReadyException("the matching indexes are not built or not current");
            }

            var (skip, top) = query.Ranks;
            var found = indexes.FindVacancies(profile.RegionCode, indexes.Map.Candidate(profile, DutchTime.Today(clock)), top);
            var matches = found.Matches.Skip(skip).ToList();
            var ids = matches.Select(m => m.VacancyId).ToList();
            var vacancies = await db.Vacancies.AsNoTracking().Where(v => ids.Contains(v.Id) && MatchingIndexFeed.Searchable.Contains(v.Status))
                .Select(v => new { v.Id, v.Title, v.MunicipalityName, Employer = db.Employers.Where(e => e.Id == v.EmployerId).Select(e => e.TradeName).FirstOrDefault() })
                .ToDictionaryAsync(v => v.Id, cancellationToken);
            var results = new List<VacancyResult>();
            foreach (var match in matches)
            {
                if (vacancies.TryGetValue(match.VacancyId, out var v))
                {
                    results.Add(new VacancyResult(
                        skip + results.Count + 1, v.Id, v.Title, v.Employer ?? string.Empty, v.MunicipalityName, match.Score, Math.Round(match.DistanceKm, 1), match.Explanation,
                        [.. match.Breakdown.Select(FindCandidates.Criterion.From)],
                        [.. match.Gaps.Select(g => new FindCandidates.GapView(g.Description, [.. g.Bridges.Select(b => b.Description)]))]));
                }
            }

            await audit.RecordAsync(ProcessingActivities.ProfileManagement, AuditAction.Read, [profile.Pseudonym], cancellationToken);
            return new Results(profile.Id, $"{profile.GivenName} {profile.Surname}", query.PageOf(results, found.Eligible));
        }
    }
}
