using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.FrontDoor;
using Werkbrug.Web.Infrastructure;
using Werkbrug.Web.Infrastructure.Errors;

namespace Werkbrug.Web.Features.FrontDoor;

[AllowAnonymous]
public sealed class FrontDoorPage(ServicePointDirectory directory) : PageModel
{
    public ServicePointContact Contact { get; private set; } = new("", "", null, null, null);

    public async Task OnGetAsync(CancellationToken cancellationToken) => Contact = await directory.ContactAsync(cancellationToken);
}

/// <summary>The two public forms share everything but the request type.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.PublicForms)]
public abstract class IntakeFormPage(SubmitIntakeRequest.Handler handler, ServicePointDirectory directory, IStringLocalizer<SharedResource> text) : PageModel
{
    public abstract IntakeRequestType Type { get; }

    [BindProperty]
    public SubmitIntakeRequest.Command Input { get; set; } = new();

    public ServicePointContact Contact { get; private set; } = new("", "", null, null, null);

    public IReadOnlyList<KeyValuePair<string, string>> Municipalities { get; private set; } = [];

    public IReadOnlyList<KeyValuePair<string, string>> Sections { get; private set; } = [];

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(Type, Input, cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Reference"] = result.Value.Reference;
            TempData["DueDate"] = result.Value.DueDate.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
            return RedirectToPage("/FrontDoor/Confirmation");
        }

        ModelState.AddErrors(result.Errors, text);
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Contact = await directory.ContactAsync(cancellationToken);
        Municipalities = await directory.MunicipalitiesAsync(cancellationToken);
        Sections = await directory.SbiSectionsAsync(cancellationToken);
    }
}

public sealed class ReportVacancyPage(SubmitIntakeRequest.Handler handler, ServicePointDirectory directory, IStringLocalizer<SharedResource> text)
    : IntakeFormPage(handler, directory, text)
{
    public override IntakeRequestType Type => IntakeRequestType.Vacancy;
}

public sealed class AskQuestionPage(SubmitIntakeRequest.Handler handler, ServicePointDirectory directory, IStringLocalizer<SharedResource> text)
    : IntakeFormPage(handler, directory, text)
{
    public override IntakeRequestType Type => IntakeRequestType.Question;
}

[AllowAnonymous]
public sealed class ConfirmationPage : PageModel
{
    public string? Reference { get; private set; }

    public DateOnly? DueDate { get; private set; }

    public void OnGet()
    {
        Reference = TempData["Reference"] as string;
        DueDate = TempData["DueDate"] is string due && DateOnly.TryParse(due, System.Globalization.CultureInfo.InvariantCulture, out var date) ? date : null;
    }
}

[AllowAnonymous]
[EnableRateLimiting(RateLimits.PublicForms)]
public sealed class IntakeStatusPage(LookUpIntakeStatus.Handler handler, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public LookUpIntakeStatus.Query Input { get; set; } = new();

    public LookUpIntakeStatus.Status? Found { get; private set; }

    public bool Unknown { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(Input, cancellationToken);
        if (result.IsSuccess)
        {
            Found = result.Value;
        }
        else if (result.Errors.All(e => e.Kind == Domain.Common.ErrorKind.NotFound))
        {
            Unknown = true;
        }
        else
        {
            ModelState.AddErrors(result.Errors, text);
        }

        return Page();
    }
}

public static class FrontDoorFeature
{
    public static IServiceCollection AddFrontDoor(this IServiceCollection services)
    {
        services.AddScoped<FrontDoorSettings>();
        services.AddScoped<ServicePointDirectory>();
        services.AddScoped<SubmitIntakeRequest.Handler>();
        services.AddScoped<LookUpIntakeStatus.Handler>();
        return services;
    }
}
