using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Infrastructure.Security;
using Werkbrug.Web.Tests.Infrastructure;
using static Werkbrug.Web.Tests.Features.Administration.AdministrationTestData;

namespace Werkbrug.Web.Tests.Features.Administration;

/// <summary>Region scope and roles: an administrator sees only their own region; other roles get 403.</summary>
public sealed class AdministrationAccessTests(Apps apps)
{
    private const string Region = "AM01";
    private const string OtherRegion = "AM02";

    private static readonly string[] Resources = ["service-points", "organisations", "teams", "users"];

    [Theory, Providers]
    public async Task an_administrator_never_sees_or_changes_records_of_another_region(Db db)
    {
        var app = apps.For(db);
        var admin = await app.CreateUserAsync(Region, Roles.Administrator);
        var other = await app.CreateUserAsync(OtherRegion, Roles.Administrator);
        var servicePoint = await app.AddServicePointAsync(OtherRegion);
        var organisation = await app.AddOrganisationAsync(other);
        var team = await app.AddTeamAsync(other);
        var client = app.ApiClient(admin);
        var foreign = new (string Resource, Guid Id, object Body)[]
        {
            ("service-points", servicePoint.Id, new { name = "Overgenomen", kind = "SubRegional", version = servicePoint.Version }),
            ("organisations", organisation.Id, new { name = "Overgenomen", type = "Uwv", servicePointId = admin.ServicePointId, version = organisation.Version }),
            ("teams", team.Id, new { name = "Overgenomen", servicePointId = admin.ServicePointId, kind = "Sector", version = team.Version }),
            ("users", other.Id, new { displayName = "Overgenomen", organisationId = admin.OrganisationId, roles = new List<string> { Roles.Analyst }, isActive = true, concurrencyStamp = "x" }),
        };

        foreach (var (resource, id, body) in foreign)
        {
            var get = await client.GetAsync($"/api/v1/{resource}/{id}", Ct);
            var put = await client.PutAsJsonAsync($"/api/v1/{resource}/{id}", body, Ct);
            var list = await client.AllItemsAsync($"/api/v1/{resource}");

            Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
            Assert.Equal("application/problem+json", get.Content.Headers.ContentType?.MediaType);
            Assert.Equal(HttpStatusCode.NotFound, put.StatusCode);
            Assert.DoesNotContain(list!, item => item.GetProperty("id").GetGuid() == id);
        }

        var reset = await client.PostAsJsonAsync($"/api/v1/users/{other.Id}/password", new { password = "Overgenomen-2026" }, Ct);
        Assert.Equal(HttpStatusCode.NotFound, reset.StatusCode);
        Assert.False(await app.InDbAsync(async d =>
            await d.ServicePoints.AnyAsync(s => s.Name == "Overgenomen", Ct) || await d.Organisations.AnyAsync(o => o.Name == "Overgenomen", Ct) ||
            await d.Teams.AnyAsync(t => t.Name == "Overgenomen", Ct) || await d.Users.AnyAsync(u => u.DisplayName == "Overgenomen", Ct)));
    }

    [Theory, Providers]
    public async Task records_created_by_an_administrator_belong_to_their_region(Db db)
    {
        var app = apps.For(db);
        var admin = await app.CreateUserAsync(Region, Roles.Administrator);
        var name = Unique("Regio");

        var created = await app.ApiClient(admin).PostAsJsonAsync("/api/v1/organisations", new { name, type = "Other", servicePointId = admin.ServicePointId }, Ct);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(Region, await app.InDbAsync(d => d.Organisations.Where(o => o.Name == name).Select(o => o.RegionCode).SingleAsync(Ct)));
    }

    [Theory, Providers]
    public async Task other_roles_get_403_on_every_administration_endpoint(Db db)
    {
        var app = apps.For(db);
        var admin = await app.CreateUserAsync(Region, Roles.Administrator);
        var organisation = await app.AddOrganisationAsync(admin);

        foreach (var role in Roles.All.Where(r => r != Roles.Administrator))
        {
            var client = app.ApiClient(await app.CreateUserAsync(Region, role));
            foreach (var resource in Resources)
            {
                var list = await client.GetAsync($"/api/v1/{resource}", Ct);
                var create = await client.PostAsJsonAsync($"/api/v1/{resource}", new { name = "Niet toegestaan" }, Ct);
                Assert.Equal(HttpStatusCode.Forbidden, list.StatusCode);
                Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
            }

            var get = await client.GetAsync($"/api/v1/organisations/{organisation.Id}", Ct);
            Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
        }

        var anonymous = await app.CreateClient().GetAsync("/api/v1/users", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Theory, Providers]
    public async Task the_api_description_lists_the_administration_endpoints_with_their_policy(Db db)
    {
        var app = apps.For(db);

        var document = await app.CreateClient().GetStringAsync("/openapi/v1.json", Ct);

        foreach (var path in new[] { "/service-points/{id}", "/organisations", "/teams/{id}", "/users/{id}/password" })
        {
            Assert.Contains($"\"{path}\"", document, StringComparison.Ordinal);
        }

        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.Contains("/api/v1/", StringComparison.Ordinal) == true && Resources.Any(r => e.RoutePattern.RawText.Contains(r, StringComparison.Ordinal))
                && !e.RoutePattern.RawText.Contains("/tokens", StringComparison.Ordinal)) // users' tokens belong to the Tokens feature
            .ToList();
        Assert.Equal(17, endpoints.Count); // 4 per resource and the password reset
        Assert.All(endpoints, e => Assert.Contains(e.Metadata.GetOrderedMetadata<IAuthorizeData>(), a => a.Policy == Policies.Administration));
    }
}
