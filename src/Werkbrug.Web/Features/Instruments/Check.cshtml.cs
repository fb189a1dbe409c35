using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Instruments;

/// <summary>"Welke instrumenten passen?": the adviser's stand-alone eligibility check (a read of personal data, audit-logged).</summary>
[Authorize(Policy = Policies.JobSeekers)]
public sealed class CheckPage(CheckEligibility.Handler handler, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public CheckEligibility.Query Filter { get; set; } = new();

    public CheckEligibility.View? Result { get; private set; }

    public IReadOnlyList<KeyValuePair<string, string>> Employers { get; private set; } = [];

    public IReadOnlyList<KeyValuePair<string, string>> Vacancies { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        (Employers, Vacancies) = await handler.ChoicesAsync(cancellationToken);
        if (Filter is { Candidate: null, EmployerId: null, VacancyId: null })
        {
            return;
        }

        var result = await handler.HandleAsync(Filter, cancellationToken);
        if (result.IsSuccess)
        {
            Result = result.Value;
            return;
        }

        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(error.Field ?? string.Empty, text.Describe(error));
        }
    }
}
