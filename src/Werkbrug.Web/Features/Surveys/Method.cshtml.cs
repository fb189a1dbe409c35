using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Surveys;

/// <summary>How survey results are weighted and estimated (the method page the results link to).</summary>
[Authorize(Policy = Policies.Indicators)]
public sealed class MethodPage : PageModel
{
    public void OnGet()
    {
    }
}
