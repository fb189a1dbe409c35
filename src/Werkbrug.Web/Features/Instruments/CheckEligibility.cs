using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Audit;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Instruments;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Web.Features.JobSeekers;
using Werkbrug.Web.Infrastructure.Audit;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Instruments;

/// <summary>
/// "Welke instrumenten passen?": for a candidate (by pseudonym) at an employer, optionally for one of its vacancies,
/// every instrument of the region's catalogue as applies / may apply / does not apply with the reason per rule and the
/// rule version used. The facts of the job seeker are only those the viewer may see (<see cref="JobSeekerAccess"/>):
/// what is withheld is answered "vraag de klantmanager", the evaluator never receives it. Every check is a read of
/// personal data and is audit-logged.
/// </summary>
public static class CheckEligibility
{
    public sealed record Query
    {
        /// <summary>The candidate's pseudonym.</summary>
        [Required]
        [StringLength(40)]
        public string? Candidate { get; init; }

        /// <summary>The employer; may be left out when a vacancy is given (then it is the vacancy's).</summary>
        public Guid? EmployerId { get; init; }

        /// <summary>A vacancy of that employer (its contract type and hours are facts of the check); none: those rules stay open.</summary>
        public Guid? VacancyId { get; init; }
    }

    /// <summary>One rule's reason: the fact, how it came out, the value checked (null when not known to the viewer), what the rule asks, and a choice's parts.</summary>
    public sealed record Reason(
        EligibilityFact Fact, RuleOutcome Outcome, string? Actual, IReadOnlyList<string>? Values, int? Min, int? Max, string? Question, IReadOnlyList<Reason> Parts)
    {
        public static Reason From(RuleResult r)
        {
            ArgumentNullException.ThrowIfNull(r);
            return new(r.Rule.Fact, r.Outcome, r.Actual, r.Rule.Values, r.Rule.Min, r.Rule.Max, r.Rule.Question, [.. r.Parts.Select(From)]);
        }
    }

    public sealed record Answer(Guid InstrumentId, string Key, string Name, InstrumentProvider Provider, EligibilityOutcome Outcome, int RuleVersion, IReadOnlyList<Reason> Reasons);

    public sealed record View(
        string Candidate, Guid EmployerId, string EmployerName, Guid? VacancyId, string? VacancyTitle, DateOnly On, int EvaluatorVersion,
        bool SpecialCategoryUsed, IReadOnlyList<Answer> Answers);

    public sealed class Handler(WerkbrugDb db, JobSeekerAccess access, PersonalDataVault vault, PersonalDataAudit audit, TimeProvider clock)
    {
        /// <summary>The region's employers and its running vacancies (a draft, open or partly filled one), for the form (no personal data).</summary>
        public async Task<(IReadOnlyList<KeyValuePair<string, string>> Employers, IReadOnlyList<KeyValuePair<string, string>> Vacancies)> ChoicesAsync(CancellationToken cancellationToken)
        {
            var employers = await db.Employers.AsNoTracking().OrderBy(e => e.TradeName).Select(e => new { e.Id, e.TradeName }).Take(1000).ToListAsync(cancellationToken);
            var closed = new[] { Domain.Vacancies.VacancyStatus.Filled, Domain.Vacancies.VacancyStatus.Withdrawn, Domain.Vacancies.VacancyStatus.Expired };
            var vacancies = await db.Vacancies.AsNoTracking().Where(v => !closed.Contains(v.Status))
                .Join(db.Employers, v => v.EmployerId, e => e.Id, (v, e) => new { v.Id, v.Title, e.TradeName })
                .OrderBy(v => v.Title).Take(1000).ToListAsync(cancellationToken);
            return (
                [.. employers.Select(e => KeyValuePair.Create(e.Id.ToString(), e.TradeName))],
                [.. vacancies.Select(v => KeyValuePair.Create(v.Id.ToString(), $"{v.Title} ({v.TradeName})"))]);
        }

        public async Task<Result<View>> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var errors = InputValidator.Validate(query);
            if (errors.Count > 0)
            {
                return Result<View>.Failure(errors);
            }

            var pseudonym = query.Candidate!.Trim();
            var profile = Pseudonyms.IsWellFormed(pseudonym)
                ? await db.JobSeekers.AsNoTracking().FirstOrDefaultAsync(j => j.Pseudonym == pseudonym, cancellationToken)
                : null;
            var level = profile is null ? DisclosureLevel.None : access.Of(profile);
            if (profile is null || level == DisclosureLevel.None)
            {
                errors.Add(Error.Validation(nameof(Query.Candidate), "Instruments.CandidateNotFound"));
            }

            var vacancy = query.VacancyId is { } vacancyId
                ? await db.Vacancies.AsNoTracking().Where(v => v.Id == vacancyId).Select(v => new { v.Id, v.Title, v.EmployerId, v.ContractType, v.HoursPerWeekMin }).FirstOrDefaultAsync(cancellationToken)
                : null;
            var employerId = query.EmployerId ?? vacancy?.EmployerId;
            var employer = await db.Employers.AsNoTracking().Where(e => e.Id == employerId).Select(e => new { e.Id, e.TradeName, e.SizeClass }).FirstOrDefaultAsync(cancellationToken);
            if (employer is null && (query.EmployerId is not null || query.VacancyId is null))
            {
                errors.Add(Error.Validation(nameof(Query.EmployerId), query.EmployerId is null ? "Instruments.EmployerOrVacancyRequired" : "Instruments.EmployerNotFound"));
            }

            if (query.VacancyId is not null && (vacancy is null || (employer is not null && vacancy.EmployerId != employer.Id)))
            {
                errors.Add(Error.Validation(nameof(Query.VacancyId), "Instruments.VacancyNotOfEmployer"));
            }

            if (errors.Count > 0)
            {
                return Result<View>.Failure(errors);
            }

            var today = DutchTime.Today(clock);
            var granted = level == DisclosureLevel.Pseudonymised ? await access.GrantsAsync(profile!, cancellationToken) : DataCategories.None;
            var facts = await FactsAsync(profile!, level, granted, today, cancellationToken) with
            {
                EmployerSize = Fact<Domain.Employers.SizeClass>.Of(employer!.SizeClass),
                ContractType = vacancy is null ? default : Fact<Domain.Vacancies.ContractType>.Of(vacancy.ContractType),
                HoursPerWeek = vacancy is null || vacancy.HoursPerWeekMin <= 0 ? default : Fact<int>.Of(vacancy.HoursPerWeekMin),
            };

            var activity = level.ShowsIdentity() ? ProcessingActivities.ProfileManagement
                : granted != DataCategories.None ? ProcessingActivities.SharingOnConsent
                : ProcessingActivities.RegionalMatching;
            await audit.RecordAsync(activity, AuditAction.Read, [profile!.Pseudonym], cancellationToken);

            var instruments = await db.Instruments.AsNoTracking().ToListAsync(cancellationToken);
            var instrumentProviders = instruments.ToDictionary(i => i.Id, i => i.Provider);
            var answers = Eligibility.Evaluate(instruments, facts)
                .Select(a => new Answer(a.InstrumentId, a.Key, a.Name, instrumentProviders[a.InstrumentId], a.Outcome, a.RuleVersion, [.. a.Reasons.Select(Reason.From)]))
                .ToList();
            return new View(
                profile.Pseudonym, employer.Id, employer.TradeName, vacancy?.Id, vacancy?.Title, today, Eligibility.EvaluatorVersion,
                facts.NeedsAdaptation.State != FactState.Withheld, answers);
        }

        /// <summary>The job seeker's facts as far as the viewer may see them; the rest withheld.</summary>
        private async Task<EligibilityFacts> FactsAsync(JobSeekerProfile profile, DisclosureLevel level, DataCategories granted, DateOnly today, CancellationToken cancellationToken)
        {
            var residence = Fact<string>.Unknown;
            if (CandidateFacts.Sees(level, granted).Profile)
            {
                var owner = await db.Organisations.AsNoTracking().Where(o => o.Id == profile.OwnerOrganisationId)
                    .Select(o => new { o.Type, o.MunicipalityName }).FirstOrDefaultAsync(cancellationToken);
                residence = owner is null ? Fact<string>.Unknown : CandidateFacts.Residence(owner.Type, owner.MunicipalityName);
            }

            return CandidateFacts.For(profile, level, granted, residence, vault, today);
        }
    }
}
