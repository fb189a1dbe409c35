using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.FrontDoor;
using Werkbrug.Web.Infrastructure;
using Werkbrug.Web.Infrastructure.Errors;

namespace Werkbrug.Web.Features.FrontDoor;

/// <summary>The two public forms (<see cref="ReportVacancyPage"/>, <see cref="AskQuestionPage"/>) share everything but the request type.</summary>
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
            TempData["DueDate"] = result.Value.DueDate.ToString("O", CultureInfo.InvariantCulture);
            return RedirectToPage("/FrontDoor/Confirmation");
        }

        await LoadAsync(cancellationToken);
        return this.Refuse(result.Errors, new EmployerWording(text));
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Contact = await directory.ContactAsync(cancellationToken);
        Municipalities = await directory.MunicipalitiesAsync(cancellationToken);
        Sections = await directory.SbiSectionsAsync(cancellationToken);
    }
}
