using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Tests.Infrastructure;
using static Werkbrug.Web.Tests.Features.Administration.AdministrationTestData;

namespace Werkbrug.Web.Tests.Features.Administration;

public sealed class OrganisationApiTests(Apps apps)
{
    private const string Region = "AM22";
    private const string OtherRegion = "AM23";

    [Theory, Providers]
    public async Task creates_reads_lists_and_updates_a_municipality(Db db)
    {
        var app = apps.For(db);
        var admin = await app.CreateUserAsync(Region, Roles.Administrator);
        var client = app.ApiClient(admin);
        var municipality = (await app.MunicipalitiesOfAsync(Region))[0];
        var name = Unique("Gemeente");

        var created = await client.PostAsJsonAsync("/api/v1/organisations", new { name, type = "Municipality", servicePointId = admin.ServicePointId, municipalityName = municipality }, Ct);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.JsonAsync();
        Assert.Equal($"/api/v1/organisations/{body.GetProperty("id").GetGuid()}", created.Headers.Location!.ToString());
        Assert.Equal("Municipality", body.GetProperty("type").GetString());
        Assert.Equal(municipality, body.GetProperty("municipalityName").GetString());
        Assert.Equal(admin.ServicePointId, body.GetProperty("servicePointId").GetGuid());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("servicePointName").GetString()));

        var read = await client.GetFromJsonAsync<JsonElement>(created.Headers.Location, Ct);
        var updated = await client.PutAsJsonAsync(created.Headers.Location, new { name = name + " (UWV)", type = "Uwv", servicePointId = admin.ServicePointId, version = read.GetProperty("version").GetInt32() }, Ct);

        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var after = await updated.JsonAsync();
        Assert.Equal("Uwv", after.GetProperty("type").GetString());
        Assert.Equal(JsonValueKind.Null, after.GetProperty("municipalityName").ValueKind);
        var list = await client.AllItemsAsync("/api/v1/organisations");
        Assert.Contains(list!, o => o.GetProperty("name").GetString() == name + " (UWV)");
        Assert.Contains(list!, o => o.GetProperty("id").GetGuid() == admin.OrganisationId);
    }

    [Theory, Providers]
    public async Task rejects_wrong_input_naming_each_field_and_saves_nothing(Db db)
    {
        var app = apps.For(db);
        var admin = await app.CreateUserAsync(Region, Roles.Administrator);
        var other = await app.CreateUserAsync(OtherRegion, Roles.Administrator);
        var client = app.ApiClient(admin);
        var ownMunicipality = (await app.MunicipalitiesOfAsync(Region))[0];
        var foreignMunicipality = (await app.MunicipalitiesOfAsync(OtherRegion))[0];
        var name = Unique("Ongeldig");
        var sp = admin.ServicePointId;

        Task<HttpResponseMessage> Post(object body) => client.PostAsJsonAsync("/api/v1/organisations", body, Ct);

        Assert.Equal(["Naam is verplicht."], await (await Post(new { name = " ", type = "Uwv", servicePointId = sp })).AssertFieldErrorAsync("name"));
        Assert.Equal(["Naam mag niet langer zijn dan 150 tekens."], await (await Post(new { name = new string('a', 151), type = "Uwv", servicePointId = sp })).AssertFieldErrorAsync("name"));
        await (await Post(new { name, type = "Bank", servicePointId = sp })).AssertFieldErrorAsync("type");
        await (await Post(new { name, type = 42, servicePointId = sp })).AssertFieldErrorAsync("type");
        await (await Post(new { name, type = "Uwv" })).AssertFieldErrorAsync("servicePointId");
        await (await Post(new { name, type = "Uwv", servicePointId = other.ServicePointId })).AssertFieldErrorAsync("servicePointId");
        await (await Post(new { name, type = "Uwv", servicePointId = Guid.NewGuid() })).AssertFieldErrorAsync("servicePointId");
        await (await Post(new { name, type = "Uwv", servicePointId = "not-a-guid" })).AssertFieldErrorAsync("servicePointId");
        await (await Post(new { name, type = "Municipality", servicePointId = sp })).AssertFieldErrorAsync("municipalityName");
        await (await Post(new { name, type = "Municipality", servicePointId = sp, municipalityName = foreignMunicipality })).AssertFieldErrorAsync("municipalityName");
        await (await Post(new { name, type = "Uwv", servicePointId = sp, municipalityName = ownMunicipality })).AssertFieldErrorAsync("municipalityName");
        Assert.False(await app.InDbAsync(d => d.Organisations.AnyAsync(o => o.Name == name, Ct)));
    }

    [Theory, Providers]
    public async Task rejects_a_name_already_used_in_the_region_but_allows_it_in_another(Db db)
    {
        var app = apps.For(db);
        var admin = await app.CreateUserAsync(Region, Roles.Administrator);
        var other = await app.CreateUserAsync(OtherRegion, Roles.Administrator);
        var existing = await app.AddOrganisationAsync(admin);

        var same = await app.ApiClient(admin).PostAsJsonAsync("/api/v1/organisations", new { name = existing.Name, type = "Uwv", servicePointId = admin.ServicePointId }, Ct);
        var elsewhere = await app.ApiClient(other).PostAsJsonAsync("/api/v1/organisations", new { name = existing.Name, type = "Uwv", servicePointId = other.ServicePointId }, Ct);

        await same.AssertFieldErrorAsync("name");
        Assert.Equal(HttpStatusCode.Created, elsewhere.StatusCode);
    }

    [Theory, Providers]
    public async Task refuses_a_stale_version_with_409_and_changes_nothing(Db db)
    {
        var app = apps.For(db);
        var admin = await app.CreateUserAsync(Region, Roles.Administrator);
        var client = app.ApiClient(admin);
        var organisation = await app.AddOrganisationAsync(admin);
        var url = $"/api/v1/organisations/{organisation.Id}";
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync(url, new { name = organisation.Name + " A", type = "Werkbedrijf", servicePointId = admin.ServicePointId, version = organisation.Version }, Ct)).StatusCode);

        var stale = await client.PutAsJsonAsync(url, new { name = organisation.Name + " B", type = "Other", servicePointId = admin.ServicePointId, version = organisation.Version }, Ct);

        stale.AssertConflict();
        var stored = await app.InDbAsync(d => d.Organisations.SingleAsync(o => o.Id == organisation.Id, Ct));
        Assert.Equal(organisation.Name + " A", stored.Name);
        Assert.Equal(OrganisationType.Werkbedrijf, stored.Type);
    }
}
