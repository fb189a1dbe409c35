using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Instruments;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.ReferenceData;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Instruments;

/// <summary>The form of an instrument: <see cref="SaveInstrument.Command"/> with the rules as JSON text.</summary>
public sealed record InstrumentForm
{
    public string? Key { get; init; }

    public string? Name { get; init; }

    public string? Family { get; init; }

    public InstrumentProvider? Provider { get; init; }

    public string? LegalBasis { get; init; }

    public InstrumentCoverage? Coverage { get; init; }

    public List<string> Municipalities { get; init; } = [];

    public string? TargetGroups { get; init; }

    public List<BenefitType> BenefitTypes { get; init; } = [];

    public string? Provides { get; init; }

    public string? Duration { get; init; }

    public string? Conditions { get; init; }

    public string? ApplicationSteps { get; init; }

    public string? Contact { get; init; }

    public DateOnly? ValidFrom { get; init; }

    public DateOnly? ValidTo { get; init; }

    /// <summary>The rules as a JSON array (docs/instruments.md).</summary>
    public string? Rules { get; init; }

    public int? Version { get; init; }

    public static InstrumentForm From(InstrumentCatalogue.View v)
    {
        ArgumentNullException.ThrowIfNull(v);
        return new InstrumentForm
        {
            Key = v.Key,
            Name = v.Name,
            Family = v.Family,
            Provider = v.Provider,
            LegalBasis = v.LegalBasis,
            Coverage = v.Coverage,
            Municipalities = [.. v.Municipalities],
            TargetGroups = v.TargetGroups,
            BenefitTypes = [.. v.BenefitTypes],
            Provides = v.Provides,
            Duration = v.Duration,
            Conditions = v.Conditions,
            ApplicationSteps = v.ApplicationSteps,
            Contact = v.Contact,
            ValidFrom = v.ValidFrom,
            ValidTo = v.ValidTo,
            Rules = v.Rules.Count == 0 ? null : EligibilityRules.Serialize(v.Rules),
            Version = v.Version,
        };
    }

    public SaveInstrument.Command ToCommand(List<EligibilityRule> rules) => new()
    {
        Key = Key,
        Name = Name,
        Family = Family,
        Provider = Provider,
        LegalBasis = LegalBasis,
        Coverage = Coverage,
        Municipalities = Municipalities,
        TargetGroups = TargetGroups,
        BenefitTypes = BenefitTypes,
        Provides = Provides,
        Duration = Duration,
        Conditions = Conditions,
        ApplicationSteps = ApplicationSteps,
        Contact = Contact,
        ValidFrom = ValidFrom,
        ValidTo = ValidTo,
        Rules = rules,
        Version = Version,
    };
}

/// <summary>A rule being built in the structured rule editor: a fact the evaluator knows, and the values, range or question it asks.</summary>
public sealed record NewRuleForm
{
    public EligibilityFact? Fact { get; init; }

    public List<string> Values { get; init; } = [];

    public int? Min { get; init; }

    public int? Max { get; init; }

    public string? Question { get; init; }

    /// <summary>The facts an editor can pick: every fact the evaluator checks, and an open question (a choice of rules is written as JSON).</summary>
    public static IEnumerable<EligibilityFact> Pickable => Enum.GetValues<EligibilityFact>().Where(f => f is not (EligibilityFact.AnyOf or EligibilityFact.Validity));

    public EligibilityRule ToRule() => Fact is { } fact && EligibilityRules.IsRange(fact) ? EligibilityRule.Range(fact, Min, Max)
        : Fact == EligibilityFact.Question ? EligibilityRule.Ask(Question?.Trim() ?? string.Empty)
        : new EligibilityRule { Fact = Fact ?? 0, Values = [.. Values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim())] };
}

/// <summary>An editor of the catalogue creates (no id), changes or deletes an instrument.</summary>
[Authorize(Policy = Policies.InstrumentEditors)]
public sealed class EditInstrumentPage(SaveInstrument.Handler handler, InstrumentCatalogue.Handler details, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public InstrumentForm Input { get; set; } = new();

    [BindProperty]
    public NewRuleForm NewRule { get; set; } = new();

    public IReadOnlyList<KeyValuePair<string, string>> Municipalities { get; private set; } = [];

    /// <summary>The rules of the form as they stand (null: the JSON cannot be read).</summary>
    public List<EligibilityRule>? CurrentRules => EligibilityRules.Parse(Input.Rules);

    /// <summary>The values a choice fact can take, as the editor offers them.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> ValuesOf(EligibilityFact fact) => fact switch
    {
        EligibilityFact.Benefit => text.Options<BenefitType>(),
        EligibilityFact.WerkfitStatus => text.Options<WerkfitStatus>(),
        EligibilityFact.EmployerSize => text.Options<Domain.Employers.SizeClass>(),
        EligibilityFact.ContractType => text.Options<Domain.Vacancies.ContractType>(),
        EligibilityFact.Residence => Municipalities,
        _ => [KeyValuePair.Create("true", text["Form.Yes"].Value), KeyValuePair.Create("false", text["Form.No"].Value)],
    };

    /// <summary>Shows the value fields of the fact picked for a new rule; changes nothing.</summary>
    public async Task<IActionResult> OnPostPickFactAsync(CancellationToken cancellationToken)
    {
        Municipalities = await MunicipalitiesAsync(cancellationToken);
        ModelState.Clear();
        if (NewRule.Fact is null || !NewRuleForm.Pickable.Contains(NewRule.Fact.Value))
        {
            ModelState.AddModelError("NewRule.Fact", text["Instruments.RuleEditor.PickFact"].Value);
        }

        return Page();
    }

    /// <summary>Adds the new rule to the form's rules when it is valid; the instrument is saved with the form.</summary>
    public async Task<IActionResult> OnPostAddRuleAsync(CancellationToken cancellationToken)
    {
        Municipalities = await MunicipalitiesAsync(cancellationToken);
        ModelState.Clear();
        if (CurrentRules is not { } rules)
        {
            ModelState.AddModelError("Input.Rules", text["Instruments.RulesUnreadable"].Value);
            return Page();
        }

        if (NewRule.Fact is null || !NewRuleForm.Pickable.Contains(NewRule.Fact.Value))
        {
            ModelState.AddModelError("NewRule.Fact", text["Instruments.RuleEditor.PickFact"].Value);
            return Page();
        }

        var rule = NewRule.ToRule();
        if (EligibilityRules.Check([.. rules, rule]).FirstOrDefault() is { } problem)
        {
            var field = problem.Code switch
            {
                "ValuesMissing" or "ValueUnknown" => "NewRule.Values",
                "RangeMissing" or "RangeInvalid" => "NewRule.Min",
                "QuestionMissing" => "NewRule.Question",
                _ => "NewRule.Fact",
            };
            ModelState.AddModelError(field, text["Instruments.RuleEditor." + problem.Code].Value);
            return Page();
        }

        Input = Input with { Rules = EligibilityRules.Serialize([.. rules, rule]) };
        NewRule = new NewRuleForm();
        TempData["Notice"] = text["Instruments.RuleEditor.Added"].Value;
        return Page();
    }

    /// <summary>Takes rule <paramref name="index"/> (0-based) out of the form's rules.</summary>
    public async Task<IActionResult> OnPostRemoveRuleAsync(int index, CancellationToken cancellationToken)
    {
        Municipalities = await MunicipalitiesAsync(cancellationToken);
        ModelState.Clear();
        if (CurrentRules is { } rules && index >= 0 && index < rules.Count)
        {
            rules.RemoveAt(index);
            Input = Input with { Rules = rules.Count == 0 ? null : EligibilityRules.Serialize(rules) };
        }

        return Page();
    }

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        Municipalities = await MunicipalitiesAsync(cancellationToken);
        if (id is null)
        {
            Input = new InstrumentForm { Coverage = InstrumentCoverage.Region };
            return Page();
        }

        var result = await details.HandleAsync(id.Value, cancellationToken);
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        Input = InstrumentForm.From(result.Value);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken cancellationToken)
    {
        Municipalities = await MunicipalitiesAsync(cancellationToken);
        var rules = EligibilityRules.Parse(Input.Rules);
        if (rules is null)
        {
            return this.Refuse([Error.Validation(nameof(InstrumentForm.Rules), "Instruments.RulesUnreadable")], text);
        }

        var command = Input.ToCommand(rules);
        var result = id is null ? await handler.CreateAsync(command, cancellationToken) : await handler.UpdateAsync(id.Value, command, cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Errors.Any(e => e.Kind == ErrorKind.NotFound) ? NotFound() : this.Refuse(result.Errors, text);
        }

        TempData["Notice"] = text["Instruments.Saved"].Value;
        return Redirect($"/instruments/{result.Value.Id}");
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        Municipalities = await MunicipalitiesAsync(cancellationToken);
        var result = await handler.DeleteAsync(id, Input.Version ?? 0, cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Errors.Any(e => e.Kind == ErrorKind.NotFound) ? NotFound() : this.Refuse(result.Errors, text);
        }

        TempData["Notice"] = text["Instruments.Deleted"].Value;
        return Redirect("/instruments");
    }

    private async Task<IReadOnlyList<KeyValuePair<string, string>>> MunicipalitiesAsync(CancellationToken cancellationToken) =>
        [.. (await details.MunicipalitiesAsync(cancellationToken)).Select(m => KeyValuePair.Create(m, m))];
}
