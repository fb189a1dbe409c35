using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Employers;
using Werkbrug.Domain.Instruments;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Vacancies;
using Werkbrug.Web.Features.FrontDoor;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Instruments;

/// <summary>
/// "Welke ondersteuning kan ik krijgen?" (issue 16, item 5): an employer, without signing in, answers a few questions
/// about the company and the kind of person they want to hire (no personal data: every answer may be "weet ik niet"),
/// and the pure evaluator says which instruments of the front door's region may apply, with what is still to be found
/// out. The answer is a first orientation; the service point decides with the employer.
/// </summary>
public static class PublicSupport
{
    /// <summary>The age groups the page offers, as inclusive ranges; they follow the age limits of the instruments (LKV from 56, the state pension age 67).</summary>
    public enum AgeGroup
    {
        Under27 = 1,
        From27To49 = 2,
        From50To55 = 3,
        From56To66 = 4,
        From67 = 5,
    }

    public sealed record Query
    {
        [DefinedEnum]
        public SizeClass? Size { get; init; }

        /// <summary>The municipality where the employee lives (or the company's, when not known yet): a municipality of the region.</summary>
        [StringLength(100)]
        public string? Municipality { get; init; }

        [DefinedEnum]
        public BenefitType? Benefit { get; init; }

        /// <summary>In the doelgroepregister banenafspraak.</summary>
        public bool? JobsAgreement { get; init; }

        [DefinedEnum]
        public AgeGroup? Age { get; init; }

        [DefinedEnum]
        public ContractType? Contract { get; init; }

        [Range(1, 60)]
        public int? Hours { get; init; }

        public bool IsEmpty => this == new Query();
    }

    /// <summary>What is still to be found out for an instrument: the fact and what the rule asks; for a choice, its open parts.</summary>
    public sealed record OpenPoint(EligibilityFact Fact, IReadOnlyList<string>? Values, int? Min, int? Max, string? Question, IReadOnlyList<OpenPoint> Parts);

    public sealed record Answer(
        string Key, string Name, InstrumentProvider Provider, string Provides, string? Duration, string Conditions, EligibilityOutcome Outcome,
        IReadOnlyList<OpenPoint> Open, int RuleVersion);

    public sealed record View(DateOnly On, int EvaluatorVersion, IReadOnlyList<Answer> Answers);

    public sealed class Handler(WerkbrugDb db, FrontDoorSettings settings, TimeProvider clock)
    {
        public string RegionCode => settings.RegionCode;

        /// <summary>The municipalities of the front door's region.</summary>
        public async Task<IReadOnlyList<string>> MunicipalitiesAsync(CancellationToken cancellationToken)
        {
            var region = settings.RegionCode;
            return await db.Municipalities.Where(m => m.RegionCode == region).OrderBy(m => m.Name).Select(m => m.Name).ToListAsync(cancellationToken);
        }

        public async Task<Result<View>> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var errors = InputValidator.Validate(query);
            var municipalities = await MunicipalitiesAsync(cancellationToken);
            var municipality = string.IsNullOrWhiteSpace(query.Municipality) ? null
                : municipalities.FirstOrDefault(m => string.Equals(m, query.Municipality.Trim(), StringComparison.OrdinalIgnoreCase));
            if (!string.IsNullOrWhiteSpace(query.Municipality) && municipality is null && !errors.Any(e => e.Field == nameof(Query.Municipality)))
            {
                errors.Add(Error.Validation(nameof(Query.Municipality), "PublicSupport.MunicipalityUnknown"));
            }

            if (errors.Count > 0)
            {
                return Result<View>.Failure(errors);
            }

            var today = DutchTime.Today(clock);
            var facts = new EligibilityFacts
            {
                On = today,
                EmployerSize = Known(query.Size),
                Residence = municipality is null ? Fact<string>.Unknown : Fact<string>.Of(municipality),
                Benefit = Known(query.Benefit),
                JobsAgreementTarget = Known(query.JobsAgreement),
                AgeRange = query.Age switch
                {
                    AgeGroup.Under27 => (15, 26),
                    AgeGroup.From27To49 => (27, 49),
                    AgeGroup.From50To55 => (50, 55),
                    AgeGroup.From56To66 => (56, 66),
                    AgeGroup.From67 => (67, 120),
                    _ => null,
                },
                ContractType = Known(query.Contract),
                HoursPerWeek = Known(query.Hours),
            };

            // The public page has no signed-in region: it reads the front door's region's catalogue explicitly.
            var region = settings.RegionCode;
            var instruments = await db.Instruments.IgnoreQueryFilters().AsNoTracking().Where(i => i.RegionCode == region).ToListAsync(cancellationToken);
            var byId = instruments.ToDictionary(i => i.Id);
            var answers = Eligibility.Evaluate(instruments.Where(i => i.IsValidOn(today)), facts)
                .Select(a => (Answer: a, Instrument: byId[a.InstrumentId]))
                .Select(x => new Answer(
                    x.Instrument.Key, x.Instrument.Name, x.Instrument.Provider, x.Instrument.Provides, x.Instrument.Duration, x.Instrument.Conditions, x.Answer.Outcome,
                    [.. x.Answer.OpenQuestions.Select(Point)], x.Answer.RuleVersion))
                .ToList();
            return new View(today, Eligibility.EvaluatorVersion, answers);
        }

        private static OpenPoint Point(RuleResult result) =>
            new(result.Rule.Fact, result.Rule.Values, result.Rule.Min, result.Rule.Max, result.Rule.Question, [.. result.Parts.Where(p => p.IsOpen).Select(Point)]);

        private static Fact<T> Known<T>(T? value)
            where T : struct => value is { } v ? Fact<T>.Of(v) : Fact<T>.Unknown;
    }
}
