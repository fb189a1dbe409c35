using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Tests.Infrastructure;
using ServicePoint = Werkbrug.Domain.Organisations.ServicePoint;

namespace Werkbrug.Web.Tests.Features.Administration;

/// <summary>Arranging and asserting for the administration tests; every record gets a unique name.</summary>
internal static class AdministrationTestData
{
    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static string Unique(string prefix) => $"{prefix} {Guid.NewGuid().ToString("N")[..10]}";

    public static Task<ServicePoint> AddServicePointAsync(this WerkbrugAppFactory app, string regionCode) =>
        app.InDbAsync(async db =>
        {
            var servicePoint = new ServicePoint { RegionCode = regionCode, Name = Unique("Servicepunt"), Kind = ServicePointKind.SubRegional };
            db.ServicePoints.Add(servicePoint);
            await db.SaveChangesAsync(Ct);
            return servicePoint;
        });

    public static Task<Organisation> AddOrganisationAsync(this WerkbrugAppFactory app, TestUser inRegionOf) =>
        app.InDbAsync(async db =>
        {
            var organisation = new Organisation
            {
                RegionCode = inRegionOf.RegionCode,
                ServicePointId = inRegionOf.ServicePointId,
                Name = Unique("Organisatie"),
                Type = OrganisationType.Werkbedrijf,
            };
            db.Organisations.Add(organisation);
            await db.SaveChangesAsync(Ct);
            return organisation;
        });

    public static Task<Team> AddTeamAsync(this WerkbrugAppFactory app, TestUser inRegionOf) =>
        app.InDbAsync(async db =>
        {
            var team = new Team { RegionCode = inRegionOf.RegionCode, ServicePointId = inRegionOf.ServicePointId, Name = Unique("Team"), Kind = TeamKind.Sector, Focus = ["F"] };
            db.Teams.Add(team);
            await db.SaveChangesAsync(Ct);
            return team;
        });

    public static Task<List<string>> MunicipalitiesOfAsync(this WerkbrugAppFactory app, string regionCode) =>
        app.InDbAsync(db => db.Municipalities.Where(m => m.RegionCode == regionCode).OrderBy(m => m.Name).Select(m => m.Name).ToListAsync(Ct));

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>(Ct);

    /// <summary>Asserts a 400 problem+json whose errors name <paramref name="field"/>; returns the messages.</summary>
    public static async Task<string[]> AssertFieldErrorAsync(this HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var messages), $"No error for '{field}' in {errors}");
        return messages.EnumerateArray().Select(m => m.GetString()!).ToArray();
    }

    /// <summary>Asserts a 409 problem+json.</summary>
    public static void AssertConflict(this HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
