using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Werkbrug.Web.Features.ApiDocs;

/// <summary>
/// The API reference for people; public like the OpenAPI document it mirrors. The handler only reads
/// framework services, so the page builds it itself instead of registering it in Features.cs.
/// </summary>
[AllowAnonymous]
public sealed class ApiDocsPage(IApiDescriptionGroupCollectionProvider descriptions, IOptions<JsonOptions> json) : PageModel
{
    public IReadOnlyList<ApiReference.Tag> Tags { get; private set; } = [];

    public void OnGet() => Tags = new ApiReference.Handler(descriptions, json).Handle();
}
