using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Tests.Infrastructure;
using static Werkbrug.Web.Tests.Features.Administration.AdministrationTestData;

namespace Werkbrug.Web.Tests.Features.Administration;

public sealed class ServicePointApiTests(Apps apps)
{
    private const string Region = "AM21";

    [Theory, Providers]
    public async Task creates_reads_lists_and_updates_a_sub_regional_service_point(Db db)
    {
        var app = apps.For(db);
        var client = app.ApiClient(await app.CreateUserAsync(Region, Roles.Administrator));
        var name = Unique("Servicepunt");

        var created = await client.PostAsJsonAsync("/api/v1/service-points", new { name, kind = "SubRegional", phone = "033 123 45 67", email = "sp@example.nl", website = "https://example.nl" }, Ct);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.JsonAsync();
        Assert.Equal("SubRegional", body.GetProperty("kind").GetString());
        var location = created.Headers.Location!.ToString();
        Assert.Equal($"/api/v1/service-points/{body.GetProperty("id").GetGuid()}", location);

        var read = await client.GetFromJsonAsync<JsonElement>(location, Ct);
        Assert.Equal(name, read.GetProperty("name").GetString());
        Assert.Equal("033 123 45 67", read.GetProperty("phone").GetString());

        var updated = await client.PutAsJsonAsync(location, new { name = name + " Oost", kind = "SubRegional", version = read.GetProperty("version").GetInt32() }, Ct);

        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var after = await updated.JsonAsync();
        Assert.Equal(name + " Oost", after.GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, after.GetProperty("phone").ValueKind);
        Assert.True(after.GetProperty("version").GetInt32() > read.GetProperty("version").GetInt32());
        var list = await client.AllItemsAsync("/api/v1/service-points");
        Assert.Contains(list!, s => s.GetProperty("name").GetString() == name + " Oost");
    }

    [Theory, Providers]
    public async Task rejects_a_second_regional_service_point(Db db)
    {
        var app = apps.For(db);
        var client = app.ApiClient(await app.CreateUserAsync(Region, Roles.Administrator));
        var name = Unique("Tweede regionaal");

        var response = await client.PostAsJsonAsync("/api/v1/service-points", new { name, kind = "Regional" }, Ct);

        var messages = await response.AssertFieldErrorAsync("kind");
        Assert.Contains("al een regionaal servicepunt", messages[0], StringComparison.Ordinal);
        Assert.False(await app.InDbAsync(d => d.ServicePoints.AnyAsync(s => s.Name == name, Ct)));
    }

    [Theory, Providers]
    public async Task rejects_turning_a_sub_regional_service_point_into_a_second_regional_one(Db db)
    {
        var app = apps.For(db);
        var client = app.ApiClient(await app.CreateUserAsync(Region, Roles.Administrator));
        var servicePoint = await app.AddServicePointAsync(Region);

        var response = await client.PutAsJsonAsync($"/api/v1/service-points/{servicePoint.Id}", new { name = servicePoint.Name, kind = "Regional", version = servicePoint.Version }, Ct);

        await response.AssertFieldErrorAsync("kind");
        Assert.Equal(ServicePointKind.SubRegional, await app.InDbAsync(d => d.ServicePoints.Where(s => s.Id == servicePoint.Id).Select(s => s.Kind).SingleAsync(Ct)));
    }

    [Theory, Providers]
    public async Task rejects_a_name_already_used_in_the_region_as_a_field_error(Db db)
    {
        var app = apps.For(db);
        var client = app.ApiClient(await app.CreateUserAsync(Region, Roles.Administrator));
        var existing = await app.AddServicePointAsync(Region);

        var response = await client.PostAsJsonAsync("/api/v1/service-points", new { name = existing.Name, kind = "SubRegional" }, Ct);

        await response.AssertFieldErrorAsync("name");
    }

    [Theory, Providers]
    public async Task rejects_wrong_input_naming_each_field_and_saves_nothing(Db db)
    {
        var app = apps.For(db);
        var client = app.ApiClient(await app.CreateUserAsync(Region, Roles.Administrator));
        var name = Unique("Ongeldig");

        var empty = await client.PostAsJsonAsync("/api/v1/service-points", new { name = "", kind = "SubRegional" }, Ct);
        var tooLong = await client.PostAsJsonAsync("/api/v1/service-points", new { name = new string('x', 151), kind = "SubRegional" }, Ct);
        var badEmail = await client.PostAsJsonAsync("/api/v1/service-points", new { name, kind = "SubRegional", email = "geen-adres" }, Ct);
        var badWebsite = await client.PostAsJsonAsync("/api/v1/service-points", new { name, kind = "SubRegional", website = "javascript:alert(1)" }, Ct);
        var noKind = await client.PostAsJsonAsync("/api/v1/service-points", new { name }, Ct);
        var unknownKind = await client.PostAsJsonAsync("/api/v1/service-points", new { name, kind = "Galactic" }, Ct);
        var unknownKindNumber = await client.PostAsJsonAsync("/api/v1/service-points", new { name, kind = 7 }, Ct);

        Assert.Equal(["Naam is verplicht."], await empty.AssertFieldErrorAsync("name"));
        Assert.Equal(["Naam mag niet langer zijn dan 150 tekens."], await tooLong.AssertFieldErrorAsync("name"));
        Assert.Equal(["E-mailadres is geen geldig e-mailadres."], await badEmail.AssertFieldErrorAsync("email"));
        await badWebsite.AssertFieldErrorAsync("website");
        Assert.Equal(["Soort is verplicht."], await noKind.AssertFieldErrorAsync("kind"));
        await unknownKind.AssertFieldErrorAsync("kind");
        await unknownKindNumber.AssertFieldErrorAsync("kind");
        Assert.False(await app.InDbAsync(d => d.ServicePoints.AnyAsync(s => s.Name == name, Ct)));
    }

    [Theory, Providers]
    public async Task refuses_a_stale_version_with_409_and_changes_nothing(Db db)
    {
        var app = apps.For(db);
        var client = app.ApiClient(await app.CreateUserAsync(Region, Roles.Administrator));
        var servicePoint = await app.AddServicePointAsync(Region);
        var first = await client.PutAsJsonAsync($"/api/v1/service-points/{servicePoint.Id}", new { name = servicePoint.Name + " A", kind = "SubRegional", version = servicePoint.Version }, Ct);

        var second = await client.PutAsJsonAsync($"/api/v1/service-points/{servicePoint.Id}", new { name = servicePoint.Name + " B", kind = "SubRegional", version = servicePoint.Version }, Ct);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        second.AssertConflict();
        Assert.Equal(servicePoint.Name + " A", await app.InDbAsync(d => d.ServicePoints.Where(s => s.Id == servicePoint.Id).Select(s => s.Name).SingleAsync(Ct)));
    }

    [Theory, Providers]
    public async Task requires_the_version_on_update(Db db)
    {
        var app = apps.For(db);
        var client = app.ApiClient(await app.CreateUserAsync(Region, Roles.Administrator));
        var servicePoint = await app.AddServicePointAsync(Region);

        var response = await client.PutAsJsonAsync($"/api/v1/service-points/{servicePoint.Id}", new { name = servicePoint.Name + " X", kind = "SubRegional" }, Ct);

        await response.AssertFieldErrorAsync("version");
    }
}
