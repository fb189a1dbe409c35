using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Werkbrug.Web.Features.ApiDocs;

/// <summary>The API reference for people; public like the OpenAPI document it mirrors.</summary>
[AllowAnonymous]
public sealed class ApiDocsPage(ApiReference.Handler handler) : PageModel
{
    public IReadOnlyList<ApiReference.Tag> Tags { get; private set; } = [];

    public void OnGet() => Tags = handler.Handle();
}
