using System.Globalization;
using Werkbrug.Domain.Employers;
using Werkbrug.Domain.Instruments;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Vacancies;

namespace Werkbrug.Domain.Tests.Instruments;

/// <summary>
/// The evaluator over every starter instrument: applies, may apply (with its open questions), does not apply, each
/// reason per rule; rule versions; a rule change that alters an answer; special-category facts withheld.
/// Facts are written "benefit=Bijstand;age=30;…" with "?" for not recorded and "#" for withheld from the viewer.
/// </summary>
public sealed class EligibilityTests
{
    private static readonly DateOnly Today = new(2026, 12, 3);

    private static Instrument Starter(string key)
    {
        var document = StarterSet.National.Single(d => d.Key == key);
        return new Instrument
        {
            RegionCode = "AM04",
            Key = document.Key!,
            Name = document.Name!,
            Provider = document.Provider!.Value,
            Coverage = document.Coverage!.Value,
            Provides = document.Provides!,
            Conditions = document.Conditions!,
            ValidFrom = document.ValidFrom,
            ValidTo = document.ValidTo,
            Rules = [.. document.Rules!],
        };
    }

    /// <summary>Facts from "name=value;…"; an omitted fact is not recorded.</summary>
    private static EligibilityFacts Facts(string spec, DateOnly? on = null)
    {
        var facts = new EligibilityFacts { On = on ?? Today };
        foreach (var pair in spec.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var (name, value) = (pair.Split('=')[0], pair.Split('=')[1]);
            facts = name switch
            {
                "benefit" => facts with { Benefit = F(value, Enum.Parse<BenefitType>) },
                "jat" => facts with { JobsAgreementTarget = F(value, bool.Parse) },
                "age" => facts with { Age = F(value, v => int.Parse(v, CultureInfo.InvariantCulture)) },
                "band" => facts with { AgeBand = Enum.Parse<AgeBand>(value) },
                "range" => facts with { AgeRange = (int.Parse(value.Split('-')[0], CultureInfo.InvariantCulture), int.Parse(value.Split('-')[1], CultureInfo.InvariantCulture)) },
                "werkfit" => facts with { WerkfitStatus = F(value, Enum.Parse<WerkfitStatus>) },
                "adapt" => facts with { NeedsAdaptation = F(value, bool.Parse) },
                "supervise" => facts with { NeedsSupervision = F(value, bool.Parse) },
                "residence" => facts with { Residence = F(value, v => v) },
                "size" => facts with { EmployerSize = F(value, Enum.Parse<SizeClass>) },
                "contract" => facts with { ContractType = F(value, Enum.Parse<ContractType>) },
                "hours" => facts with { HoursPerWeek = F(value, v => int.Parse(v, CultureInfo.InvariantCulture)) },
                _ => throw new ArgumentException(name),
            };
        }

        return facts;
    }

    private static Fact<T> F<T>(string value, Func<string, T> parse) => value switch
    {
        "?" => Fact<T>.Unknown,
        "#" => Fact<T>.Withheld,
        _ => Fact<T>.Of(parse(value)),
    };

    /// <summary>"Fact:Outcome" per reason, a choice with its parts in brackets.</summary>
    private static string Reasons(InstrumentAnswer answer) => string.Join(",", answer.Reasons.Select(Reason));

    private static string Reason(RuleResult r) =>
        $"{r.Rule.Fact}:{r.Outcome}" + (r.Parts.Count > 0 ? "[" + string.Join(",", r.Parts.Select(Reason)) + "]" : string.Empty);

    [Theory]
    // instrument, facts, outcome, reasons
    [InlineData("loonkostensubsidie", "benefit=Bijstand;contract=Regular", "MayApply", "Validity:Met,Benefit:Met,ContractType:Met,Question:Open")]
    [InlineData("loonkostensubsidie", "benefit=None;contract=Leerbaan", "MayApply", "Validity:Met,Benefit:Met,ContractType:Met,Question:Open")]
    [InlineData("loonkostensubsidie", "benefit=Ww;contract=Regular", "DoesNotApply", "Validity:Met,Benefit:NotMet,ContractType:Met,Question:Open")]
    [InlineData("loonkostensubsidie", "benefit=Bijstand;contract=Volunteering", "DoesNotApply", "Validity:Met,Benefit:Met,ContractType:NotMet,Question:Open")]
    [InlineData("loonkostensubsidie", "benefit=#", "MayApply", "Validity:Met,Benefit:AskCaseManager,ContractType:Open,Question:Open")]
    [InlineData("loondispensatie", "benefit=Wajong;contract=Regular", "MayApply", "Validity:Met,Benefit:Met,ContractType:Met,Question:Open")]
    [InlineData("loondispensatie", "benefit=Bijstand;contract=Regular", "DoesNotApply", "Validity:Met,Benefit:NotMet,ContractType:Met,Question:Open")]
    [InlineData("no-risk-polis", "benefit=WiaWga;jat=false", "Applies", "Validity:Met,AnyOf:Met[Benefit:Met,JobsAgreementTarget:NotMet]")]
    [InlineData("no-risk-polis", "benefit=Bijstand;jat=true", "Applies", "Validity:Met,AnyOf:Met[Benefit:NotMet,JobsAgreementTarget:Met]")]
    [InlineData("no-risk-polis", "benefit=Ww;jat=false", "DoesNotApply", "Validity:Met,AnyOf:NotMet[Benefit:NotMet,JobsAgreementTarget:NotMet]")]
    [InlineData("no-risk-polis", "benefit=Ww;jat=?", "MayApply", "Validity:Met,AnyOf:Open[Benefit:NotMet,JobsAgreementTarget:Open]")]
    [InlineData("no-risk-polis", "benefit=#;jat=#", "MayApply", "Validity:Met,AnyOf:AskCaseManager[Benefit:AskCaseManager,JobsAgreementTarget:AskCaseManager]")]
    [InlineData("jobcoaching-uwv", "benefit=Wajong;supervise=true;hours=16", "MayApply", "Validity:Met,Benefit:Met,NeedsSupervision:Met,HoursPerWeek:Met,Question:Open")]
    [InlineData("jobcoaching-uwv", "benefit=Wajong;supervise=true;hours=8", "DoesNotApply", "Validity:Met,Benefit:Met,NeedsSupervision:Met,HoursPerWeek:NotMet,Question:Open")]
    [InlineData("jobcoaching-uwv", "benefit=Wajong;supervise=#;hours=16", "MayApply", "Validity:Met,Benefit:Met,NeedsSupervision:AskCaseManager,HoursPerWeek:Met,Question:Open")]
    [InlineData("jobcoaching-gemeente", "benefit=Bijstand;supervise=true", "Applies", "Validity:Met,Benefit:Met,NeedsSupervision:Met")]
    [InlineData("jobcoaching-gemeente", "benefit=Bijstand;supervise=false", "DoesNotApply", "Validity:Met,Benefit:Met,NeedsSupervision:NotMet")]
    [InlineData("jobcoaching-gemeente", "benefit=Bijstand;supervise=#", "MayApply", "Validity:Met,Benefit:Met,NeedsSupervision:AskCaseManager")]
    [InlineData("proefplaatsing-uwv", "benefit=Ww", "MayApply", "Validity:Met,Benefit:Met,Question:Open")]
    [InlineData("proefplaatsing-uwv", "benefit=Bijstand", "DoesNotApply", "Validity:Met,Benefit:NotMet,Question:Open")]
    [InlineData("proefplaatsing-gemeente", "benefit=Bijstand", "MayApply", "Validity:Met,Benefit:Met,Question:Open")]
    [InlineData("proefplaatsing-gemeente", "benefit=Ww", "DoesNotApply", "Validity:Met,Benefit:NotMet,Question:Open")]
    [InlineData("werkplekaanpassing-uwv", "benefit=WiaWga;adapt=true", "Applies", "Validity:Met,Benefit:Met,NeedsAdaptation:Met")]
    [InlineData("werkplekaanpassing-uwv", "benefit=WiaWga;adapt=false", "DoesNotApply", "Validity:Met,Benefit:Met,NeedsAdaptation:NotMet")]
    [InlineData("werkplekaanpassing-uwv", "benefit=WiaWga;adapt=?", "MayApply", "Validity:Met,Benefit:Met,NeedsAdaptation:Open")]
    [InlineData("werkplekaanpassing-gemeente", "benefit=None;adapt=true", "Applies", "Validity:Met,Benefit:Met,NeedsAdaptation:Met")]
    [InlineData("werkplekaanpassing-gemeente", "benefit=Wajong;adapt=true", "DoesNotApply", "Validity:Met,Benefit:NotMet,NeedsAdaptation:Met")]
    [InlineData("lkv-oudere-werknemer", "age=58;benefit=Ww", "MayApply", "Validity:Met,Age:Met,Benefit:Met,Question:Open")]
    [InlineData("lkv-oudere-werknemer", "age=55;benefit=Ww", "DoesNotApply", "Validity:Met,Age:NotMet,Benefit:Met,Question:Open")]
    [InlineData("lkv-oudere-werknemer", "age=67;benefit=Ww", "DoesNotApply", "Validity:Met,Age:NotMet,Benefit:Met,Question:Open")]
    [InlineData("lkv-oudere-werknemer", "age=60;benefit=None", "DoesNotApply", "Validity:Met,Age:Met,Benefit:NotMet,Question:Open")]
    [InlineData("lkv-oudere-werknemer", "age=#;band=Under27;benefit=#", "DoesNotApply", "Validity:Met,Age:NotMet,Benefit:AskCaseManager,Question:Open")]
    [InlineData("lkv-oudere-werknemer", "age=#;band=From50;benefit=#", "MayApply", "Validity:Met,Age:AskCaseManager,Benefit:AskCaseManager,Question:Open")]
    // An age range (the public page's answer) decides when it lies wholly inside or outside the rule, before a band.
    [InlineData("lkv-oudere-werknemer", "range=56-66;band=Under27;benefit=Ww", "MayApply", "Validity:Met,Age:Met,Benefit:Met,Question:Open")]
    [InlineData("lkv-oudere-werknemer", "range=50-55;benefit=Ww", "DoesNotApply", "Validity:Met,Age:NotMet,Benefit:Met,Question:Open")]
    [InlineData("lkv-oudere-werknemer", "range=50-66;benefit=Ww", "MayApply", "Validity:Met,Age:Open,Benefit:Met,Question:Open")]
    [InlineData("lkv-banenafspraak", "jat=true", "MayApply", "Validity:Met,JobsAgreementTarget:Met,Question:Open")]
    [InlineData("lkv-banenafspraak", "jat=false", "DoesNotApply", "Validity:Met,JobsAgreementTarget:NotMet,Question:Open")]
    [InlineData("lkv-arbeidsgehandicapte-werknemer", "benefit=WiaWga", "MayApply", "Validity:Met,Benefit:Met,Question:Open")]
    [InlineData("lkv-arbeidsgehandicapte-werknemer", "benefit=Bijstand", "DoesNotApply", "Validity:Met,Benefit:NotMet,Question:Open")]
    [InlineData("praktijkroute-mbo", "contract=Leerbaan", "MayApply", "Validity:Met,ContractType:Met,Question:Open")]
    [InlineData("praktijkroute-mbo", "contract=Volunteering", "DoesNotApply", "Validity:Met,ContractType:NotMet,Question:Open")]
    // The LIV ended on 31 December 2024: not valid on the day, whatever else holds.
    [InlineData("lage-inkomensvoordeel", "age=30;hours=36", "DoesNotApply", "Validity:NotMet,Age:Met,HoursPerWeek:Met,Question:Open")]
    public void each_starter_instrument_answers_with_a_reason_per_rule(string key, string facts, string outcome, string reasons)
    {
        var answer = Eligibility.Evaluate(Starter(key), Facts(facts));

        Assert.Equal((outcome, reasons), (answer.Outcome.ToString(), Reasons(answer)));
        Assert.Equal(1, answer.RuleVersion);
    }

    [Theory]
    [InlineData("2024-06-30", "age=30;hours=36", "MayApply", "Validity:Met,Age:Met,HoursPerWeek:Met,Question:Open")]
    [InlineData("2024-06-30", "age=20;hours=36", "DoesNotApply", "Validity:Met,Age:NotMet,HoursPerWeek:Met,Question:Open")]
    [InlineData("2024-06-30", "age=30;hours=20", "DoesNotApply", "Validity:Met,Age:Met,HoursPerWeek:NotMet,Question:Open")]
    [InlineData("2016-12-31", "age=30;hours=36", "DoesNotApply", "Validity:NotMet,Age:Met,HoursPerWeek:Met,Question:Open")]
    public void an_instrument_applies_only_within_its_validity_dates(string on, string facts, string outcome, string reasons)
    {
        var answer = Eligibility.Evaluate(Starter("lage-inkomensvoordeel"), Facts(facts, DateOnly.Parse(on, CultureInfo.InvariantCulture)));

        Assert.Equal((outcome, reasons), (answer.Outcome.ToString(), Reasons(answer)));
    }

    [Theory]
    [InlineData("residence=Soest", "Applies", "Validity:Met,Residence:Met,Benefit:Met")]
    [InlineData("residence=Baarn", "DoesNotApply", "Validity:Met,Residence:NotMet,Benefit:Met")]
    [InlineData("residence=?", "MayApply", "Validity:Met,Residence:Open,Benefit:Met")]
    public void a_municipal_instrument_checks_the_municipality_of_residence(string facts, string outcome, string reasons)
    {
        var bonus = new Instrument
        {
            RegionCode = "AM04",
            Key = "plaatsingspremie",
            Name = "Plaatsingspremie",
            Coverage = InstrumentCoverage.Municipalities,
            Municipalities = ["Soest", "Leusden"],
            Provides = "€ 1.500",
            Conditions = "Bijstand.",
            Rules = [EligibilityRule.OneOf(EligibilityFact.Benefit, "Bijstand")],
        };

        var answer = Eligibility.Evaluate(bonus, Facts("benefit=Bijstand;" + facts));

        Assert.Equal((outcome, reasons), (answer.Outcome.ToString(), Reasons(answer)));
    }

    [Fact]
    public void a_rule_change_gets_a_new_version_and_alters_the_answer()
    {
        var instrument = Starter("jobcoaching-uwv");
        var facts = Facts("benefit=Wajong;supervise=true;hours=10");
        var before = Eligibility.Evaluate(instrument, facts);

        Assert.False(instrument.ReplaceRules([.. instrument.Rules]));
        Assert.True(instrument.ReplaceRules([.. instrument.Rules.Select(r => r.Fact == EligibilityFact.HoursPerWeek ? EligibilityRule.Range(EligibilityFact.HoursPerWeek, 8, null) : r)]));
        var after = Eligibility.Evaluate(instrument, facts);

        Assert.Equal((EligibilityOutcome.DoesNotApply, 1), (before.Outcome, before.RuleVersion));
        Assert.Equal((EligibilityOutcome.MayApply, 2), (after.Outcome, after.RuleVersion));
    }

    [Fact]
    public void answers_come_applies_first_then_may_apply_then_does_not_apply()
    {
        var instruments = StarterSet.National.Select(d => Starter(d.Key!)).ToList();

        var answers = Eligibility.Evaluate(instruments, Facts("benefit=Bijstand;jat=true;supervise=true;adapt=false;age=40;contract=Regular;hours=32"));

        Assert.Equal(instruments.Count, answers.Count);
        Assert.Equal(answers.Select(a => a.Outcome).Order(), answers.Select(a => a.Outcome));
        Assert.Equal(["jobcoaching-gemeente", "no-risk-polis"], answers.Where(a => a.Outcome == EligibilityOutcome.Applies).Select(a => a.Key).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void every_starter_instrument_has_valid_rules_and_the_fields_the_catalogue_needs()
    {
        Assert.Equal(14, StarterSet.National.Count);
        Assert.All(StarterSet.National, d =>
        {
            Assert.True(InstrumentLimits.IsKey(d.Key), d.Key);
            Assert.Empty(EligibilityRules.Check(d.Rules));
            Assert.False(string.IsNullOrWhiteSpace(d.Name + d.Provides + d.Conditions + d.LegalBasis + d.ApplicationSteps + d.Contact));
            Assert.Equal(InstrumentCoverage.National, d.Coverage);
        });
        Assert.Equal(StarterSet.National.Count, StarterSet.National.Select(d => d.Key).Distinct().Count());
    }

    [Theory]
    [InlineData("""[{"fact":"Benefit"}]""", "1:ValuesMissing")]
    [InlineData("""[{"fact":"Benefit","values":["Pensioen"]}]""", "1:ValueUnknown")]
    [InlineData("""[{"fact":"JobsAgreementTarget","values":["ja"]}]""", "1:ValueUnknown")]
    [InlineData("""[{"fact":"Age"}]""", "1:RangeMissing")]
    [InlineData("""[{"fact":"Age","min":60,"max":50}]""", "1:RangeInvalid")]
    [InlineData("""[{"fact":"Question","question":" "}]""", "1:QuestionMissing")]
    [InlineData("""[{"fact":"Validity"}]""", "1:FactUnknown")]
    [InlineData("""[{"fact":"AnyOf","anyOf":[{"fact":"Age","min":50}]}]""", "1:AnyOfTooSmall")]
    [InlineData("""[{"fact":"Age","min":18},{"fact":"AnyOf","anyOf":[{"fact":"Age","min":50},{"fact":"AnyOf","anyOf":[]}]}]""", "2.2:AnyOfNested")]
    [InlineData("""[{"fact":"Residence","values":["Soest"]},{"fact":"HoursPerWeek","max":40}]""", "")]
    public void a_rule_set_is_checked_before_it_is_stored(string json, string problems)
    {
        var rules = EligibilityRules.Parse(json);

        Assert.Equal(problems, string.Join(";", EligibilityRules.Check(rules!).Select(p => $"{p.Position}:{p.Code}")));
    }

    [Fact]
    public void rules_survive_their_json_and_unreadable_json_is_refused()
    {
        var rules = Starter("no-risk-polis").Rules;

        Assert.Equal(EligibilityRules.Serialize(rules), EligibilityRules.Serialize(EligibilityRules.Parse(EligibilityRules.Serialize(rules))!));
        Assert.Null(EligibilityRules.Parse("{ geen lijst"));
        Assert.Empty(EligibilityRules.Parse("")!);
    }
}
