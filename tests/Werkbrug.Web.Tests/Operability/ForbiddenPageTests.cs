using System.Net;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Infrastructure.Security;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Operability;

/// <summary>
/// A page a role may not open is refused with 403 Forbidden, not a 200 that happens to say "Geen toegang". The pairs
/// come from the endpoints themselves (as <see cref="EndpointPolicyAudit"/> reads them): every Razor page whose
/// policy does not admit the role, so a new page is covered without a line here.
/// </summary>
public sealed partial class ForbiddenPageTests(Apps apps)
{
    private const string Region = "AM14";

    [Theory, Providers]
    public async Task every_page_a_role_may_not_open_answers_403_with_the_dutch_page(Db db)
    {
        var app = apps.For(db);
        var forbidden = await ForbiddenPagesAsync(app.Services);
        Assert.True(forbidden.Count >= 20, $"Expected many (role, page) pairs to be forbidden, found {forbidden.Count}.");
        var problems = new List<string>();

        foreach (var role in forbidden.Select(f => f.Role).Distinct())
        {
            var pages = await PageClient.LoginAsync(app, await app.CreateUserAsync(Region, role));
            foreach (var (_, route, url) in forbidden.Where(f => f.Role == role))
            {
                var page = await pages.GetAsync(url);
                var title = page.Document.QuerySelector("main h1")?.TextContent.Trim();
                if (page.Response.StatusCode != HttpStatusCode.Forbidden || !page.Path.StartsWith("/account/access-denied", StringComparison.Ordinal) || title != "Geen toegang")
                {
                    problems.Add($"{role} {route} ({url}): {(int)page.Response.StatusCode} at {page.Path}, heading '{title}'");
                }
            }
        }

        Assert.True(problems.Count == 0, $"Forbidden pages that do not answer 403 on {db}:\n" + string.Join("\n", problems));
    }

    [Theory, Providers]
    public async Task the_access_denied_page_opened_on_its_own_answers_200(Db db)
    {
        var pages = await PageClient.LoginAsync(apps.For(db), await apps.For(db).CreateUserAsync(Region, Roles.Analyst));

        var page = await pages.GetAsync("/account/access-denied");

        Assert.Equal(HttpStatusCode.OK, page.Response.StatusCode);
        Assert.Equal("Geen toegang", page.Document.QuerySelector("main h1")?.TextContent.Trim());
    }

    /// <summary>(role, route, url) for every Razor page whose policy the role does not satisfy; route values filled in.</summary>
    private static async Task<List<(string Role, string Route, string Url)>> ForbiddenPagesAsync(IServiceProvider services)
    {
        var policies = services.GetRequiredService<IAuthorizationPolicyProvider>();
        var authorization = services.GetRequiredService<IAuthorizationService>();
        var pairs = new List<(string, string, string)>();
        var pages = services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null && e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .DistinctBy(EndpointPolicyAudit.RouteOf);
        foreach (var page in pages)
        {
            var policy = await AuthorizationPolicy.CombineAsync(policies, page.Metadata.GetOrderedMetadata<IAuthorizeData>());
            if (policy is null || policy.AuthenticationSchemes.Count > 0)
            {
                // Pages behind another scheme (the employer's personal link) are not staff pages: staff are challenged there.
                continue;
            }

            var route = EndpointPolicyAudit.RouteOf(page);
            foreach (var role in Roles.All)
            {
                var user = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, role)], "test"));
                if (!(await authorization.AuthorizeAsync(user, null, policy)).Succeeded)
                {
                    pairs.Add((role, route, UrlOf(route)));
                }
            }
        }

        return pairs;
    }

    /// <summary>"/employers/{id:guid}/edit" → "/employers/3f2a…/edit": a guid, a number or a word for each value; optional ones left out.</summary>
    private static string UrlOf(string route)
    {
        var url = RouteValue().Replace(route, m => m.Groups["optional"].Success ? string.Empty
            : m.Groups["constraint"].Value.StartsWith(":guid", StringComparison.Ordinal) ? Guid.NewGuid().ToString()
            : m.Groups["constraint"].Value.StartsWith(":int", StringComparison.Ordinal) ? "1"
            : "x");
        return url.Length > 1 ? url.TrimEnd('/') : url;
    }

    [GeneratedRegex(@"\{(?<name>[^}:?]+)(?<constraint>:[^}?]+)?(?<optional>\?)?\}")]
    private static partial Regex RouteValue();
}
