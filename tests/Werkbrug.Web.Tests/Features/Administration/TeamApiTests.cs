using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Tests.Infrastructure;
using static Werkbrug.Web.Tests.Features.Administration.AdministrationTestData;

namespace Werkbrug.Web.Tests.Features.Administration;

public sealed class TeamApiTests(Apps apps)
{
    private const string Region = "AM24";
    private const string OtherRegion = "AM25";

    [Theory, Providers]
    public async Task creates_a_geographic_team_and_turns_it_into_a_sector_team(Db db)
    {
        var app = apps.For(db);
        var admin = await app.CreateUserAsync(Region, Roles.Administrator);
        var client = app.ApiClient(admin);
        var municipalities = await app.MunicipalitiesOfAsync(Region);
        var name = Unique("Team");

        var created = await client.PostAsJsonAsync("/api/v1/teams", new { name, servicePointId = admin.ServicePointId, kind = "Geographic", focus = new[] { municipalities[1], municipalities[0], municipalities[0] } }, Ct);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.JsonAsync();
        Assert.Equal($"/api/v1/teams/{body.GetProperty("id").GetGuid()}", created.Headers.Location!.ToString());
        Assert.Equal("Geographic", body.GetProperty("kind").GetString());
        Assert.Equal(municipalities.Take(2).Order(StringComparer.Ordinal), body.GetProperty("focus").EnumerateArray().Select(f => f.GetString()));

        var updated = await client.PutAsJsonAsync(created.Headers.Location, new { name, servicePointId = admin.ServicePointId, kind = "Sector", focus = new List<string> { "F", "C" }, version = body.GetProperty("version").GetInt32() }, Ct);

        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var after = await client.GetFromJsonAsync<JsonElement>(created.Headers.Location, Ct);
        Assert.Equal("Sector", after.GetProperty("kind").GetString());
        Assert.Equal(["C", "F"], after.GetProperty("focus").EnumerateArray().Select(f => f.GetString()));
        var list = await client.AllItemsAsync("/api/v1/teams");
        Assert.Contains(list!, t => t.GetProperty("name").GetString() == name);
    }

    [Theory, Providers]
    public async Task shows_the_members_of_a_team(Db db)
    {
        var app = apps.For(db);
        var admin = await app.CreateUserAsync(Region, Roles.Administrator);
        var team = await app.AddTeamAsync(admin);
        var member = await app.CreateUserAsync(Region, Roles.AccountManager);
        await app.InDbAsync(d => d.Users.Where(u => u.Id == member.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.TeamId, team.Id), Ct));

        var read = await app.ApiClient(admin).GetFromJsonAsync<JsonElement>($"/api/v1/teams/{team.Id}", Ct);

        var members = read.GetProperty("members").EnumerateArray().ToList();
        Assert.Equal(member.Id, Assert.Single(members).GetProperty("id").GetGuid());
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
        var name = Unique("Ongeldig team");
        var sp = admin.ServicePointId;

        Task<HttpResponseMessage> Post(object body) => client.PostAsJsonAsync("/api/v1/teams", body, Ct);

        Assert.Equal(["Naam is verplicht."], await (await Post(new { name = "", servicePointId = sp, kind = "Sector" })).AssertFieldErrorAsync("name"));
        Assert.Equal(["Naam mag niet langer zijn dan 100 tekens."], await (await Post(new { name = new string('t', 101), servicePointId = sp, kind = "Sector" })).AssertFieldErrorAsync("name"));
        await (await Post(new { name, servicePointId = sp, kind = "Mixed" })).AssertFieldErrorAsync("kind");
        await (await Post(new { name, servicePointId = other.ServicePointId, kind = "Sector" })).AssertFieldErrorAsync("servicePointId");
        await (await Post(new { name, servicePointId = sp, kind = "Geographic", focus = new[] { foreignMunicipality } })).AssertFieldErrorAsync("focus");
        await (await Post(new { name, servicePointId = sp, kind = "Geographic", focus = new List<string> { "F" } })).AssertFieldErrorAsync("focus");
        var messages = await (await Post(new { name, servicePointId = sp, kind = "Sector", focus = new[] { "F", ownMunicipality } })).AssertFieldErrorAsync("focus");
        Assert.Contains(ownMunicipality, messages[0], StringComparison.Ordinal);
        Assert.False(await app.InDbAsync(d => d.Teams.AnyAsync(t => t.Name == name, Ct)));
    }

    [Theory, Providers]
    public async Task refuses_a_stale_version_with_409_and_changes_nothing(Db db)
    {
        var app = apps.For(db);
        var admin = await app.CreateUserAsync(Region, Roles.Administrator);
        var client = app.ApiClient(admin);
        var team = await app.AddTeamAsync(admin);
        var url = $"/api/v1/teams/{team.Id}";
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync(url, new { name = team.Name, servicePointId = admin.ServicePointId, kind = "Sector", focus = new List<string> { "G" }, version = team.Version }, Ct)).StatusCode);

        var stale = await client.PutAsJsonAsync(url, new { name = team.Name + " B", servicePointId = admin.ServicePointId, kind = "Sector", focus = new List<string> { "H" }, version = team.Version }, Ct);

        stale.AssertConflict();
        var stored = await app.InDbAsync(d => d.Teams.SingleAsync(t => t.Id == team.Id, Ct));
        Assert.Equal(team.Name, stored.Name);
        Assert.Equal(["G"], stored.Focus);
    }
}
