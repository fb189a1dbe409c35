using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Audit;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Matching.Taxonomy;
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

    /// <summary>
    /// The job seeker and one page of the ranked vacancies; their total is the number of eligible vacancies.
    /// <c>InferredOccupations</c>: when the profile records neither a worked nor a desired occupation, the (at most three)
    /// occupations its skills point to, with which the matching scores (ADR 0048); empty otherwise.
    /// </summary>
    public sealed record Results(Guid JobSeekerId, string Name, IReadOnlyList<InferredOccupation> InferredOccupations, Paged<VacancyResult> Vacancies);

    /// <summary>The occupations the job seeker's skills point to, best first (empty when the profile records an occupation or a wish).</summary>
    public sealed record Inferred(IReadOnlyList<InferredOccupation> Occupations);

    /// <summary>An occupation inferred from skills: its ESCO code and its (Dutch where known) label.</summary>
    public sealed record InferredOccupation(string Code, string Label);

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

            var profile = await ProfileAsync(jobSeekerId, cancellationToken);
            if (profile is null)
            {
                return Error.NotFound();
            }

            var (skip, top) = query.Ranks;
            var (found, inferred) = indexes.FindVacancies(profile.RegionCode, indexes.Map.Candidate(profile, DutchTime.Today(clock)), top);
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
            return new Results(profile.Id, $"{profile.GivenName} {profile.Surname}", Views(inferred), query.PageOf(results, found.Eligible));
        }

        /// <summary>The occupations the job seeker's skills point to (ADR 0048); the read of the profile is audit-logged.</summary>
        public async Task<Result<Inferred>> InferredAsync(Guid jobSeekerId, CancellationToken cancellationToken)
        {
            var profile = await ProfileAsync(jobSeekerId, cancellationToken);
            if (profile is null)
            {
                return Error.NotFound();
            }

            var inferred = indexes.InferOccupations(profile.RegionCode, indexes.Map.Candidate(profile, DutchTime.Today(clock)));
            await audit.RecordAsync(ProcessingActivities.ProfileManagement, AuditAction.Read, [profile.Pseudonym], cancellationToken);
            return new Inferred(Views(inferred));
        }

        /// <summary>The job seeker when the user sees them by name (else null), once this instance's indexes are current (else 503).</summary>
        private async Task<JobSeekerProfile?> ProfileAsync(Guid jobSeekerId, CancellationToken cancellationToken)
        {
            var profile = await access.Identified.AsNoTracking().FirstOrDefaultAsync(j => j.Id == jobSeekerId, cancellationToken);
            if (profile is not null && !indexes.IsCurrent)
            {
                throw new InstanceNotReadyException("the matching indexes are not built or not current");
            }

            return profile;
        }

        private List<InferredOccupation> Views(IReadOnlyList<OccupationId> inferred) =>
            [.. inferred.Select(o => indexes.Map.Taxonomy[o]).Select(o => new InferredOccupation(o.Uri, o.DisplayLabel))];
    }
}
