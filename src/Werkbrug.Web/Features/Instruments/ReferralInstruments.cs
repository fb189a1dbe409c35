using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Employers;
using Werkbrug.Domain.Instruments;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Vacancies;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Instruments;

/// <summary>
/// The instrument guide on the employer's referral sheet (issue 16, item 3): which instruments of the region may come
/// with hiring this candidate, evaluated only on what the employer may be told (ADR 0025). Known are the employer's own
/// size and the vacancy's contract type and hours, and the age only when the owner disclosed the full profile (the birth
/// date is then on the sheet). Every other fact of the candidate is withheld from the evaluator, whatever the referral
/// disclosed: the benefit, the jobs-agreement register, the werkfit status, the work ability (even under explicit
/// consent) and the municipality of residence (Werkbrug derives it from a municipality owning the profile, which would
/// tell the employer that the person is a client of the municipality). An instrument that hangs on such a fact is
/// "may apply" with only "uw contactpersoon kan vertellen of … van toepassing is": the withheld rules are not listed, so
/// two candidates for one vacancy get the same answer unless their disclosed age differs.
/// </summary>
public sealed class ReferralInstruments(WerkbrugDb db, TimeProvider clock)
{
    /// <summary>
    /// One instrument for the employer: what it provides, where it applies (municipalities: for their residents), the
    /// outcome and the rule version, the rules on disclosable facts (<see cref="Reasons"/>) and whether the answer also
    /// hangs on facts only the service point knows (<see cref="AskContact"/>). A reason's value is the employer's or the
    /// vacancy's own, or the disclosed age.
    /// </summary>
    public sealed record Item(
        Guid InstrumentId, string Key, string Name, InstrumentProvider Provider, string Provides, string? Duration, IReadOnlyList<string> Municipalities,
        EligibilityOutcome Outcome, int RuleVersion, bool AskContact, IReadOnlyList<CheckEligibility.Reason> Reasons);

    public sealed record View(DateOnly On, int EvaluatorVersion, bool AgeUsed, IReadOnlyList<Item> Items)
    {
        public IEnumerable<Item> With(EligibilityOutcome outcome) => Items.Where(i => i.Outcome == outcome);
    }

    /// <summary>The facts an employer may be told about hiring for this vacancy; everything of the candidate withheld but a disclosed age.</summary>
    public static EligibilityFacts Facts(DateOnly on, SizeClass? size, ContractType contract, int hoursMin, DateOnly? disclosedBirthDate) => new()
    {
        On = on,
        EmployerSize = size is { } s ? Fact<SizeClass>.Of(s) : Fact<SizeClass>.Unknown,
        ContractType = Fact<ContractType>.Of(contract),
        HoursPerWeek = hoursMin > 0 ? Fact<int>.Of(hoursMin) : Fact<int>.Unknown,
        Age = disclosedBirthDate is { } born ? Fact<int>.Of(AgeBands.AgeOn(born, on)) : Fact<int>.Withheld,
        Benefit = Fact<BenefitType>.Withheld,
        JobsAgreementTarget = Fact<bool>.Withheld,
        WerkfitStatus = Fact<WerkfitStatus>.Withheld,
        NeedsAdaptation = Fact<bool>.Withheld,
        NeedsSupervision = Fact<bool>.Withheld,
        Residence = Fact<string>.Withheld,
    };

    /// <summary>The region's instruments valid today for a referral to <paramref name="vacancyId"/>; null when the vacancy is not found.</summary>
    public async Task<View?> ForVacancyAsync(Guid vacancyId, DateOnly? disclosedBirthDate, CancellationToken cancellationToken)
    {
        var vacancy = await db.Vacancies.AsNoTracking().Where(v => v.Id == vacancyId)
            .Select(v => new { v.EmployerId, v.ContractType, v.HoursPerWeekMin }).FirstOrDefaultAsync(cancellationToken);
        if (vacancy is null)
        {
            return null;
        }

        var size = await db.Employers.AsNoTracking().Where(e => e.Id == vacancy.EmployerId).Select(e => (SizeClass?)e.SizeClass).FirstOrDefaultAsync(cancellationToken);
        var today = DutchTime.Today(clock);
        var facts = Facts(today, size, vacancy.ContractType, vacancy.HoursPerWeekMin, disclosedBirthDate);
        var instruments = (await db.Instruments.AsNoTracking().ToListAsync(cancellationToken)).Where(i => i.IsValidOn(today)).ToDictionary(i => i.Id);
        var items = Eligibility.Evaluate(instruments.Values, facts).Select(a =>
        {
            var instrument = instruments[a.InstrumentId];
            var rules = a.Reasons.Where(r => r.Rule.Fact != EligibilityFact.Validity).ToList();
            return new Item(
                a.InstrumentId, a.Key, a.Name, instrument.Provider, instrument.Provides, instrument.Duration,
                instrument.Coverage == InstrumentCoverage.Municipalities ? [.. instrument.Municipalities] : [],
                a.Outcome, a.RuleVersion,
                a.Outcome == EligibilityOutcome.MayApply && rules.Any(Withheld),
                [.. rules.Where(r => r.Outcome != RuleOutcome.AskCaseManager).Select(Readable)]);
        }).ToList();
        return new View(today, Eligibility.EvaluatorVersion, disclosedBirthDate is not null, items);
    }

    private static bool Withheld(RuleResult r) => r.Outcome == RuleOutcome.AskCaseManager || r.Parts.Any(Withheld);

    /// <summary>A rule the employer may read: the value checked is the employer's or the vacancy's own, or the disclosed age; a choice keeps its parts on such facts.</summary>
    private static CheckEligibility.Reason Readable(RuleResult r) => new(
        r.Rule.Fact, r.Outcome, r.Actual, r.Rule.Values, r.Rule.Min, r.Rule.Max, r.Rule.Question,
        [.. r.Parts.Where(p => p.Outcome != RuleOutcome.AskCaseManager).Select(Readable)]);
}
