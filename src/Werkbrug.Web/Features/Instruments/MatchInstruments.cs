using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Employers;
using Werkbrug.Domain.Instruments;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Vacancies;
using Werkbrug.Matching.Engine;
using Werkbrug.Web.Features.JobSeekers;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Instruments;

/// <summary>
/// The instrument guide on a match result: the region's catalogue, the employer and the vacancy are read once per
/// search (<see cref="PrepareAsync"/>), which also gives the engine its gap-bridge provider (the catalogue evaluated for
/// employer × vacancy); then every candidate of the result is evaluated on the facts the viewer may see
/// (<see cref="CandidateFacts"/>, grants and owners read in one query each), and the gap bridges are narrowed to the
/// instruments that are not ruled out for that candidate. The guide writes no audit record of its own: it names the
/// candidates seen pseudonymised whose facts it used under a consent or referral grant (<see cref="Guide.SharedOnConsent"/>),
/// and the search records each candidate once, in its one append, under sharing on consent for those (ADR 0037).
/// </summary>
public sealed class MatchInstruments(WerkbrugDb db, JobSeekerAccess access, PersonalDataVault vault, TimeProvider clock)
{
    /// <summary>What a search evaluates against: the catalogue, the employer's and the vacancy's facts, the engine's bridge provider.</summary>
    public sealed record Setting(IReadOnlyList<Instrument> Instruments, EligibilityFacts Facts, InstrumentBridgeProvider Bridges);

    /// <summary>One candidate's answers: the day and the evaluator's version, whether the special category was used, each instrument with its rule version and reasons.</summary>
    public sealed record View(DateOnly On, int EvaluatorVersion, bool SpecialCategoryUsed, IReadOnlyList<CheckEligibility.Answer> Answers)
    {
        public int Count(EligibilityOutcome outcome) => Answers.Count(a => a.Outcome == outcome);

        public EligibilityOutcome? OutcomeOf(string key) => Answers.FirstOrDefault(a => a.Key == key)?.Outcome;
    }

    /// <summary>The answers per candidate (by profile id), and the pseudonyms of those whose facts were used under a grant.</summary>
    public sealed record Guide(IReadOnlyDictionary<Guid, View> Views, IReadOnlySet<string> SharedOnConsent);

    public async Task<Setting> PrepareAsync(Vacancy vacancy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(vacancy);
        var instruments = await db.Instruments.AsNoTracking().ToListAsync(cancellationToken);
        var size = await db.Employers.AsNoTracking().Where(e => e.Id == vacancy.EmployerId).Select(e => (SizeClass?)e.SizeClass).FirstOrDefaultAsync(cancellationToken);
        var facts = new EligibilityFacts
        {
            On = DutchTime.Today(clock),
            EmployerSize = size is { } s ? Fact<SizeClass>.Of(s) : default,
            ContractType = Fact<ContractType>.Of(vacancy.ContractType),
            HoursPerWeek = vacancy.HoursPerWeekMin > 0 ? Fact<int>.Of(vacancy.HoursPerWeekMin) : default,
        };
        return new Setting(instruments, facts, new InstrumentBridgeProvider(Eligibility.Evaluate(instruments, facts)));
    }

    /// <summary>The answers per candidate (by profile id) for the profiles the viewer sees at all; the caller records the reads.</summary>
    public async Task<Guide> EvaluateAsync(Setting setting, IReadOnlyList<JobSeekerProfile> profiles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(setting);
        ArgumentNullException.ThrowIfNull(profiles);
        var levels = profiles.ToDictionary(p => p.Id, access.Of);
        var grants = await access.GrantsManyAsync(profiles, cancellationToken);
        var seeing = profiles.Where(p => CandidateFacts.Sees(levels[p.Id], grants.GetValueOrDefault(p.Id)).Profile).Select(p => p.OwnerOrganisationId).Distinct().ToList();
        var owners = seeing.Count == 0 ? [] : await db.Organisations.AsNoTracking().Where(o => seeing.Contains(o.Id))
            .Select(o => new { o.Id, o.Type, o.MunicipalityName }).ToDictionaryAsync(o => o.Id, cancellationToken);
        var providers = setting.Instruments.ToDictionary(i => i.Id, i => i.Provider);

        var views = new Dictionary<Guid, View>();
        var shared = new HashSet<string>(StringComparer.Ordinal);
        foreach (var profile in profiles)
        {
            var level = levels[profile.Id];
            if (level == DisclosureLevel.None)
            {
                continue;
            }

            var granted = grants.GetValueOrDefault(profile.Id);
            var residence = owners.TryGetValue(profile.OwnerOrganisationId, out var owner) ? CandidateFacts.Residence(owner.Type, owner.MunicipalityName) : Fact<string>.Unknown;
            var facts = CandidateFacts.For(profile, level, granted, residence, vault, setting.Facts.On) with
            {
                EmployerSize = setting.Facts.EmployerSize,
                ContractType = setting.Facts.ContractType,
                HoursPerWeek = setting.Facts.HoursPerWeek,
            };
            var answers = Eligibility.Evaluate(setting.Instruments, facts)
                .Select(a => new CheckEligibility.Answer(a.InstrumentId, a.Key, a.Name, providers[a.InstrumentId], a.Outcome, a.RuleVersion, [.. a.Reasons.Select(CheckEligibility.Reason.From)]))
                .ToList();
            views[profile.Id] = new View(facts.On, Eligibility.EvaluatorVersion, facts.NeedsAdaptation.State != FactState.Withheld, answers);

            var (seesProfile, seesSpecial) = CandidateFacts.Sees(level, granted);
            if (!level.ShowsIdentity() && (seesProfile || seesSpecial))
            {
                shared.Add(profile.Pseudonym);
            }
        }

        return new Guide(views, shared);
    }
}
