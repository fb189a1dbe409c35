using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Tests.Infrastructure;
using static Werkbrug.Web.Tests.Features.Administration.AdministrationTestData;

namespace Werkbrug.Web.Tests.Features.Administration;

public sealed class UserApiTests(Apps apps)
{
    private const string Region = "AM26";
    private const string OtherRegion = "AM27";
    private const string NewPassword = "Nieuw-wachtwoord-2026";

    private static string NewEmail() => $"nieuw-{Guid.NewGuid().ToString("N")[..10]}@test.werkbrug.nl";

    [Theory, Providers]
    public async Task creates_a_user_in_the_region_who_can_sign_in_and_never_shows_secrets(Db db)
    {
        var app = apps.For(db);
        var admin = await app.CreateUserAsync(Region, Roles.Administrator);
        var team = await app.AddTeamAsync(admin);
        var client = app.ApiClient(admin);
        var email = NewEmail();

        var created = await client.PostAsJsonAsync("/api/v1/users", new
        {
            displayName = "Sanne de Boer",
            email,
            organisationId = admin.OrganisationId,
            teamId = team.Id,
            roles = new List<string> { Roles.CaseManager, Roles.AccountManager },
            password = NewPassword,
        }, Ct);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var text = await created.Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain("passwordHash", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("securityStamp", text, StringComparison.OrdinalIgnoreCase);
        var body = JsonDocument.Parse(text).RootElement;
        Assert.Equal($"/api/v1/users/{body.GetProperty("id").GetGuid()}", created.Headers.Location!.ToString());
        Assert.Equal([Roles.AccountManager, Roles.CaseManager], body.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(team.Name, body.GetProperty("teamName").GetString());
        Assert.True(body.GetProperty("isActive").GetBoolean());
        Assert.Equal(Region, await app.InDbAsync(d => d.Users.Where(u => u.Email == email).Select(u => u.RegionCode).SingleAsync(Ct)));

        var listText = string.Join('\n', (await client.AllItemsAsync("/api/v1/users")).Select(u => u.GetRawText()));
        Assert.Contains(email, listText, StringComparison.Ordinal);
        Assert.DoesNotContain("passwordHash", listText, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("securityStamp", listText, StringComparison.OrdinalIgnoreCase);
        await PageClient.LoginAsync(app, new TestUser(body.GetProperty("id").GetGuid(), email, NewPassword, "", Region, admin.OrganisationId, admin.ServicePointId));
    }

    [Theory, Providers]
    public async Task rejects_wrong_input_naming_each_field_and_saves_nothing(Db db)
    {
        var app = apps.For(db);
        var admin = await app.CreateUserAsync(Region, Roles.Administrator);
        var other = await app.CreateUserAsync(OtherRegion, Roles.Administrator);
        var foreignTeam = await app.AddTeamAsync(other);
        var client = app.ApiClient(admin);
        var email = NewEmail();
        var org = admin.OrganisationId;
        var roles = new List<string> { Roles.Analyst };

        Task<HttpResponseMessage> Post(object body) => client.PostAsJsonAsync("/api/v1/users", body, Ct);

        Assert.Equal(["Naam is verplicht."], await (await Post(new { displayName = "", email, organisationId = org, roles, password = NewPassword })).AssertFieldErrorAsync("displayName"));
        await (await Post(new { displayName = new string('n', 151), email, organisationId = org, roles, password = NewPassword })).AssertFieldErrorAsync("displayName");
        Assert.Equal(["E-mailadres is geen geldig e-mailadres."], await (await Post(new { displayName = "X", email = "geen-adres", organisationId = org, roles, password = NewPassword })).AssertFieldErrorAsync("email"));
        await (await Post(new { displayName = "X", email = admin.Email, organisationId = org, roles, password = NewPassword })).AssertFieldErrorAsync("email");
        await (await Post(new { displayName = "X", email = other.Email, organisationId = org, roles, password = NewPassword })).AssertFieldErrorAsync("email");
        await (await Post(new { displayName = "X", email, organisationId = other.OrganisationId, roles, password = NewPassword })).AssertFieldErrorAsync("organisationId");
        await (await Post(new { displayName = "X", email, organisationId = org, teamId = foreignTeam.Id, roles, password = NewPassword })).AssertFieldErrorAsync("teamId");
        Assert.Equal(["Kies minstens één rol."], await (await Post(new { displayName = "X", email, organisationId = org, roles = new List<string>(), password = NewPassword })).AssertFieldErrorAsync("roles"));
        await (await Post(new { displayName = "X", email, organisationId = org, roles = new List<string> { "SuperUser" }, password = NewPassword })).AssertFieldErrorAsync("roles");
        var weak = await (await Post(new { displayName = "X", email, organisationId = org, roles, password = "kort" })).AssertFieldErrorAsync("password");
        Assert.Contains("Het wachtwoord moet minstens 12 tekens lang zijn.", weak);
        Assert.False(await app.InDbAsync(d => d.Users.AnyAsync(u => u.Email == email, Ct)));
    }

    [Theory, Providers]
    public async Task updates_name_team_roles_and_active_flag_with_the_concurrency_stamp(Db db)
    {
        var app = apps.For(db);
        var admin = await app.CreateUserAsync(Region, Roles.Administrator);
        var user = await app.CreateUserAsync(Region, Roles.AccountManager);
        var team = await app.AddTeamAsync(admin);
        var client = app.ApiClient(admin);
        var url = $"/api/v1/users/{user.Id}";
        var read = await client.GetFromJsonAsync<JsonElement>(url, Ct);

        var updated = await client.PutAsJsonAsync(url, new
        {
            displayName = "Nieuwe naam",
            organisationId = admin.OrganisationId,
            teamId = team.Id,
            roles = new List<string> { Roles.Manager },
            isActive = false,
            concurrencyStamp = read.GetProperty("concurrencyStamp").GetString(),
        }, Ct);

        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var after = await updated.JsonAsync();
        Assert.Equal("Nieuwe naam", after.GetProperty("displayName").GetString());
        Assert.Equal(admin.OrganisationId, after.GetProperty("organisationId").GetGuid());
        Assert.Equal(team.Id, after.GetProperty("teamId").GetGuid());
        Assert.Equal([Roles.Manager], after.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.False(after.GetProperty("isActive").GetBoolean());
        Assert.NotEqual(read.GetProperty("concurrencyStamp").GetString(), after.GetProperty("concurrencyStamp").GetString());
        // The deactivated user's token no longer works.
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.ApiClient(user).GetAsync("/api/v1/me", Ct)).StatusCode);
    }

    [Theory, Providers]
    public async Task refuses_a_stale_concurrency_stamp_with_409_and_changes_nothing(Db db)
    {
        var app = apps.For(db);
        var admin = await app.CreateUserAsync(Region, Roles.Administrator);
        var user = await app.CreateUserAsync(Region, Roles.AccountManager);
        var client = app.ApiClient(admin);
        var url = $"/api/v1/users/{user.Id}";
        var read = await client.GetFromJsonAsync<JsonElement>(url, Ct);
        var stamp = read.GetProperty("concurrencyStamp").GetString();
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync(url, new { displayName = "Eerste", organisationId = user.OrganisationId, roles = new List<string> { Roles.AccountManager }, isActive = true, concurrencyStamp = stamp }, Ct)).StatusCode);

        var stale = await client.PutAsJsonAsync(url, new { displayName = "Tweede", organisationId = user.OrganisationId, roles = new List<string> { Roles.Analyst }, isActive = true, concurrencyStamp = stamp }, Ct);

        stale.AssertConflict();
        var after = await client.GetFromJsonAsync<JsonElement>(url, Ct);
        Assert.Equal("Eerste", after.GetProperty("displayName").GetString());
        Assert.Equal([Roles.AccountManager], after.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Theory, Providers]
    public async Task an_administrator_cannot_deactivate_themselves_or_drop_their_own_administrator_role(Db db)
    {
        var app = apps.For(db);
        var admin = await app.CreateUserAsync(Region, Roles.Administrator, Roles.Manager);
        var client = app.ApiClient(admin);
        var url = $"/api/v1/users/{admin.Id}";
        var stamp = (await client.GetFromJsonAsync<JsonElement>(url, Ct)).GetProperty("concurrencyStamp").GetString();

        var deactivate = await client.PutAsJsonAsync(url, new { displayName = "Ik", organisationId = admin.OrganisationId, roles = new List<string> { Roles.Administrator }, isActive = false, concurrencyStamp = stamp }, Ct);
        var demote = await client.PutAsJsonAsync(url, new { displayName = "Ik", organisationId = admin.OrganisationId, roles = new List<string> { Roles.Manager }, isActive = true, concurrencyStamp = stamp }, Ct);

        Assert.Contains("eigen account", (await deactivate.AssertFieldErrorAsync("isActive"))[0], StringComparison.Ordinal);
        Assert.Contains("eigen rol", (await demote.AssertFieldErrorAsync("roles"))[0], StringComparison.Ordinal);
        var after = await client.GetFromJsonAsync<JsonElement>(url, Ct);
        Assert.True(after.GetProperty("isActive").GetBoolean());
        Assert.Contains(Roles.Administrator, after.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
    }

    [Theory, Providers]
    public async Task resets_a_password_so_the_user_signs_in_with_the_new_one(Db db)
    {
        var app = apps.For(db);
        var admin = await app.CreateUserAsync(Region, Roles.Administrator);
        var user = await app.CreateUserAsync(Region, Roles.CaseManager);
        var client = app.ApiClient(admin);

        var weak = await client.PostAsJsonAsync($"/api/v1/users/{user.Id}/password", new { password = "zwak" }, Ct);
        var reset = await client.PostAsJsonAsync($"/api/v1/users/{user.Id}/password", new { password = NewPassword }, Ct);

        await weak.AssertFieldErrorAsync("password");
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        await PageClient.LoginAsync(app, user with { Password = NewPassword });
        await Assert.ThrowsAsync<InvalidOperationException>(() => PageClient.LoginAsync(app, user));
    }
}
