using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Instruments;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Web.Infrastructure.Errors;
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

/// <summary>An editor of the catalogue creates (no id), changes or deletes an instrument.</summary>
[Authorize(Policy = Policies.InstrumentEditors)]
public sealed class EditInstrumentPage(SaveInstrument.Handler handler, InstrumentCatalogue.Handler details, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public InstrumentForm Input { get; set; } = new();

    public IReadOnlyList<KeyValuePair<string, string>> Municipalities { get; private set; } = [];

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
