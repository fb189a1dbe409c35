using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Audit;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Instruments;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Matching;
using Werkbrug.Domain.Referrals;
using Werkbrug.Domain.Vacancies;
using Werkbrug.Matching.Engine;
using Werkbrug.Web.Features.Instruments;
using Werkbrug.Web.Features.JobSeekers;
using Werkbrug.Web.Features.VacancyOffers;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Audit;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Matching;

/// <summary>
/// "Kandidaten zoeken": the region's whole pool ranked for one vacancy (or carved function), whatever organisation
/// registered the person. Each result is read back from the database and shown as <see cref="JobSeekerAccess"/>
/// allows: by name to those who see the person by name (the owner organisation's managers), everybody else by
/// pseudonym. One audit record per listed person, under the processing activity that applies to them.
/// </summary>
public static class FindCandidates
{
    /// <summary>How many the search pages show when the user asks no other number (the API's page size is 50).</summary>
    public const int ShownOnPage = 20;

    /// <summary>The ranked list is paged like any other: pageSize per page, page 2 holds the ranks after the first page.</summary>
    public sealed record Query : PageRequest
    {
        /// <summary>Narrows the search area below the candidates' own maximum travel distance.</summary>
        [Range(1, 255)]
        public int? MaxDistanceKm { get; init; }

        /// <summary>Also propose job seekers who are "werkfit op termijn" (default: as the vacancy says).</summary>
        public bool? IncludeReadyInTime { get; init; }

        /// <summary>Evaluate the instrument guide for every candidate (default true); false leaves <see cref="Candidate.Instruments"/> out.</summary>
        public bool? Instruments { get; init; }
    }

    /// <summary>
    /// The vacancy and one page of its ranked candidates; their total is the number of eligible job seekers.
    /// <paramref name="WithoutPostcode"/>: job seekers of the pool who pass every hard filter but have no known postcode,
    /// so their distance cannot be judged and they are not ranked (their case managers can add the postcode).
    /// </summary>
    public sealed record Results(Guid VacancyId, string VacancyTitle, Paged<Candidate> Candidates, int WithoutPostcode);

    /// <summary>
    /// How many job seekers pass the hard filters (<paramref name="Eligible"/>, the candidate list's total), and how many
    /// more would but have no known postcode, so their distance cannot be judged and they are not ranked.
    /// </summary>
    public sealed record CandidateCounts(int Eligible, int WithoutPostcode);

    /// <summary>What a search runs on: the vacancy, the region whose pool it searches, the engine's query, and whether the vacancy is offered.</summary>
    private sealed record Search(Vacancy Vacancy, string Pool, VacancyQuery Query, bool Offered);

    public sealed record Candidate(
        int Rank,
        string Pseudonym,
        Guid? JobSeekerId,
        string? Name,
        string OrganisationName,
        bool OwnOrganisation,
        int Score,
        double DistanceKm,
        string Explanation,
        IReadOnlyList<Criterion> Breakdown,
        IReadOnlyList<GapView> Gaps,
        bool Shortlisted)
    {
        /// <summary>
        /// The instrument guide for this candidate at this employer for this vacancy: every instrument applies, may apply
        /// (open questions) or does not apply, with the reason per rule and the rule version; facts the viewer may not see
        /// are answered "vraag het de casemanager". Null when the search asked for no instruments.
        /// </summary>
        public MatchInstruments.View? Instruments { get; init; }

        /// <summary>Points earned on the breakdown's one scale (the sum of <see cref="Criterion.EarnedPoints"/>).</summary>
        public double EarnedPoints { get; init; }

        /// <summary>The most any candidate can earn for this vacancy; <see cref="Score"/> is <see cref="EarnedPoints"/> as a share of it.</summary>
        public int MaxPoints { get; init; }

        /// <summary>Whether the vacancy's tasks fit the person (only for a viewer who may see their limitations); null when no task records a demand.</summary>
        public TaskFit.View? TaskFit { get; init; }
    }

    /// <summary>
    /// One criterion. <see cref="EarnedPoints"/> of <see cref="MaxPoints"/> is the scale to show; <see cref="Weight"/>,
    /// <see cref="Credit"/> (0–1000) and <see cref="Points"/> (weight × credit) are the raw figures, kept for partners.
    /// </summary>
    public sealed record Criterion(string Label, int Weight, int Credit, int Points, string Detail)
    {
        public double EarnedPoints { get; init; }

        public int MaxPoints { get; init; }

        /// <summary>For the skill criteria: each wanted skill with what earned its credit (the skill itself, a named related skill or occupation) or that nothing did.</summary>
        public IReadOnlyList<SkillEvidenceView> Skills { get; init; } = [];

        public static Criterion From(CriterionScore c)
        {
            ArgumentNullException.ThrowIfNull(c);
            return new(c.Label, c.Weight, c.Credit, c.Points, c.Detail)
            {
                EarnedPoints = c.EarnedPoints,
                MaxPoints = c.MaxPoints,
                Skills = [.. c.Skills.Select(s => new SkillEvidenceView(s.Skill, s.Credit / 10, s.Source, s.Via))],
            };
        }
    }

    /// <summary>A wanted skill (Dutch label, or English marked "(Engels)"), the share of its credit earned (0–100), and through what.</summary>
    public sealed record SkillEvidenceView(string Skill, int CreditPercent, EvidenceSource Source, string? Via);

    /// <summary>A gap with its bridges; <see cref="Instruments"/> are the instrument guide's (applies or may apply for this candidate).</summary>
    public sealed record GapView(string Description, IReadOnlyList<string> Bridges)
    {
        public IReadOnlyList<InstrumentBridgeView> Instruments { get; init; } = [];
    }

    /// <summary>An instrument that would close a gap: "Loonkostensubsidie kan deze plaatsing mogelijk maken", with its outcome for the candidate.</summary>
    public sealed record InstrumentBridgeView(string Key, string Name, EligibilityOutcome Outcome, string Description);

    public sealed class Handler(WerkbrugDb db, MatchingIndexes indexes, JobSeekerAccess access, PersonalDataAudit audit, MatchInstruments instruments, TimeProvider clock, PersonalDataVault vault,
        IStringLocalizer<SharedResource> text)
    {
        /// <summary>
        /// How many job seekers of the pool the search would consider, without listing anyone (no personal data, so no
        /// audit record): those who pass the hard filters, and those who would but have no known postcode.
        /// </summary>
        public async Task<Result<CandidateCounts>> CountAsync(Guid vacancyId, Query query, CancellationToken cancellationToken)
        {
            var prepared = await PrepareAsync(vacancyId, query, cancellationToken);
            if (!prepared.IsSuccess)
            {
                return Result<CandidateCounts>.Failure(prepared.Errors);
            }

            var (_, eligible, withoutPostcode) = indexes.FindCandidates(prepared.Value.Pool, prepared.Value.Query, 1, indexes.WeightsFor(prepared.Value.Pool));
            return new CandidateCounts(eligible, withoutPostcode);
        }

        /// <summary>
        /// The vacancy, the pool it is matched against and the engine's query. A vacancy another region offers to this one is
        /// matched against this region's own pool (ADR 0035).
        /// </summary>
        private async Task<Result<Search>> PrepareAsync(Guid vacancyId, Query query, CancellationToken cancellationToken)
        {
            var errors = InputValidator.Validate(query);
            if (errors.Count > 0)
            {
                return Result<Search>.Failure(errors);
            }

            var vacancy = await OfferedVacancies.OwnOrOfferedAsync(db, vacancyId, cancellationToken);
            if (vacancy is null)
            {
                return Error.NotFound();
            }

            var offered = db.Scope.RegionCode is { } own && own != vacancy.RegionCode;
            if (!indexes.IsCurrent)
            {
                throw new InstanceNotReadyException("the matching indexes are not built or not current");
            }

            var search = indexes.Map.Vacancy(vacancy, DutchTime.Today(clock)) with
            {
                MaxDistanceKm = query.MaxDistanceKm,
                AcceptsReadyInTime = query.IncludeReadyInTime ?? vacancy.OpenToAdaptingJob,
            };
            return new Search(vacancy, offered ? db.Scope.RegionCode! : vacancy.RegionCode, search, offered);
        }

        public async Task<Result<Results>> HandleAsync(Guid vacancyId, Query query, CancellationToken cancellationToken)
        {
            var prepared = await PrepareAsync(vacancyId, query, cancellationToken);
            if (!prepared.IsSuccess)
            {
                return Result<Results>.Failure(prepared.Errors);
            }

            var (vacancy, pool, search, offered) = prepared.Value;
            var (skip, top) = query.Ranks;
            // The instrument guide answers for the own region's employers and catalogue only.
            var setting = query.Instruments == false || offered ? null : await instruments.PrepareAsync(vacancy, cancellationToken);
            // The weights of the region whose job seekers are ranked, read once: the search and its ranking record use the same.
            var weights = indexes.WeightsFor(pool);
            var (ranked, eligible, withoutPostcode) = indexes.FindCandidates(pool, search, top, weights, setting is null ? null : [setting.Bridges]);
            var matches = ranked.Skip(skip).ToList();

            // Read back through the one access class: a profile erased or deregistered meanwhile simply drops out, and so
            // does a candidate already hired for this vacancy.
            var ids = matches.Select(m => m.Id).ToList();
            var profiles = await db.JobSeekers.AsNoTracking()
                .Where(j => ids.Contains(j.Id) && j.DeregisteredOn == null)
                .Where(j => !db.Referrals.Any(r => r.VacancyId == vacancyId && r.JobSeekerId == j.Id && r.Status == ReferralStatus.Hired))
                .Select(j => new { Profile = j, Organisation = db.Organisations.Where(o => o.Id == j.OwnerOrganisationId).Select(o => o.Name).FirstOrDefault() })
                .ToDictionaryAsync(p => p.Profile.Id, cancellationToken);
            var shortlisted = await db.Set<Domain.Matching.ShortlistEntry>().Where(s => s.VacancyId == vacancyId)
                .Select(s => s.JobSeekerId).ToHashSetAsync(cancellationToken);

            var guide = setting is null ? null
                : await instruments.EvaluateAsync(setting, [.. matches.Where(m => profiles.ContainsKey(m.Id)).Select(m => profiles[m.Id].Profile)], cancellationToken);
            var candidates = new List<Candidate>();
            var shownMatches = new List<CandidateMatch>();
            foreach (var (id, match) in matches)
            {
                if (!profiles.TryGetValue(id, out var found))
                {
                    continue;
                }

                var level = access.Of(found.Profile);
                if (level == DisclosureLevel.None)
                {
                    continue;
                }

                var named = level.ShowsIdentity();
                var (fit, taskGaps) = TaskFit.Of(vacancy, found.Profile, level, vault, text);
                candidates.Add(new Candidate(
                    skip + candidates.Count + 1,
                    found.Profile.Pseudonym,
                    named ? id : null,
                    named ? $"{found.Profile.GivenName} {found.Profile.Surname}" : null,
                    found.Organisation ?? string.Empty,
                    found.Profile.OwnerOrganisationId == db.Scope.OrganisationId,
                    match.Score,
                    Math.Round(match.DistanceKm, 1),
                    match.Explanation,
                    [.. match.Breakdown.Select(Criterion.From)],
                    [.. match.Gaps.Select(g => Gap(g, guide?.Views.GetValueOrDefault(id))), .. taskGaps],
                    shortlisted.Contains(id))
                {
                    Instruments = guide?.Views.GetValueOrDefault(id),
                    EarnedPoints = Math.Round(match.Breakdown.Sum(c => c.EarnedPoints), 1),
                    MaxPoints = match.Breakdown.Sum(c => c.MaxPoints),
                    TaskFit = fit,
                });
                shownMatches.Add(match);
            }

            // One append for the whole search, one record per candidate shown: by name under profile management; seen
            // pseudonymised under sharing on consent when the instrument guide used facts a grant opened, else regional matching.
            // The ranking record commits with them (ADR 0049).
            var shared = guide?.SharedOnConsent ?? new HashSet<string>();
            await audit.RecordAsync(
                AuditAction.Search,
                [
                    (ProcessingActivities.ProfileManagement, [.. candidates.Where(c => c.JobSeekerId is not null).Select(c => c.Pseudonym)]),
                    (ProcessingActivities.SharingOnConsent, [.. candidates.Where(c => c.JobSeekerId is null && shared.Contains(c.Pseudonym)).Select(c => c.Pseudonym)]),
                    (ProcessingActivities.RegionalMatching, [.. candidates.Where(c => c.JobSeekerId is null && !shared.Contains(c.Pseudonym)).Select(c => c.Pseudonym)]),
                ],
                [Ranking(pool, search.Id, weights, eligible, candidates, shownMatches)],
                cancellationToken);
            return new Results(vacancy.Id, vacancy.Title, query.PageOf(candidates, eligible), withoutPostcode);
        }

        /// <summary>
        /// Keeps the list as shown (<see cref="RankingRecord"/>): the weights and their version, and per candidate the rank,
        /// score and credit per criterion, under the audit records' trace id.
        /// </summary>
        private RankingRecord Ranking(string pool, Guid vacancyId, MatchWeights weights, int eligible, List<Candidate> shown, List<CandidateMatch> matches)
        {
            var criteria = Enum.GetValues<Werkbrug.Matching.Engine.Criterion>();
            return new RankingRecord
            {
                RegionCode = pool,
                VacancyId = vacancyId,
                TraceId = audit.TraceId,
                AtUtc = clock.GetUtcNow().UtcDateTime,
                SearchedByOrganisationId = db.Scope.OrganisationId,
                WeightsVersion = weights.Version,
                Weights = [.. criteria.Select(c => weights[c])],
                Eligible = eligible,
                Entries =
                [
                    .. shown.Zip(matches, (c, match) =>
                    {
                        var credits = match.Breakdown.ToDictionary(b => b.Criterion, b => b.Credit);
                        return new RankingEntry(c.Rank, c.Pseudonym, match.Score, match.RawScore, [.. criteria.Select(k => credits.GetValueOrDefault(k, -1))]);
                    }),
                ],
            };
        }

        /// <summary>
        /// A gap with the engine's bridges; its instrument bridges (named for employer × vacancy) are kept only when the
        /// instrument is not ruled out for this candidate, with the candidate's outcome.
        /// </summary>
        private static GapView Gap(Werkbrug.Matching.Engine.Gap gap, MatchInstruments.View? guide) =>
            new(gap.Description, [.. gap.Bridges.Where(b => b.Kind != BridgeKind.Instrument).Select(b => b.Description)])
            {
                Instruments =
                [
                    .. gap.Bridges.Where(b => b.Kind == BridgeKind.Instrument && b.Code is not null)
                        .Select(b => (Bridge: b, Outcome: guide is null ? EligibilityOutcome.MayApply : guide.OutcomeOf(b.Code!)))
                        .Where(b => b.Outcome is EligibilityOutcome.Applies or EligibilityOutcome.MayApply)
                        .OrderBy(b => b.Outcome)
                        .Select(b => new InstrumentBridgeView(b.Bridge.Code!, guide?.Answers.First(a => a.Key == b.Bridge.Code).Name ?? b.Bridge.Code!, b.Outcome!.Value, b.Bridge.Description)),
                ],
            };
    }
}
