using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Features.Account;
using Werkbrug.Web.Features.Tokens;
using Werkbrug.Web.Infrastructure.Security;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.Tokens;

public sealed class TokenApiTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, Providers]
    public async Task creates_a_token_with_all_the_users_roles_for_90_days_and_shows_the_secret_once(Db db)
    {
        var app = apps.For(db);
        var user = await app.CreateUserAsync("AM14", Roles.AccountManager, Roles.Analyst);
        var client = app.ApiClient(user);

        var response = await client.PostAsJsonAsync("/api/v1/tokens", new { name = "Koppeling CRM" }, Ct);
        var created = await response.Content.ReadFromJsonAsync<CreateToken.Created>(Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/api/v1/tokens/{created!.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal([Roles.AccountManager, Roles.Analyst], created.Roles);
        Assert.Equal(90, Math.Round((created.ExpiresAtUtc - created.CreatedAtUtc).TotalDays));
        Assert.StartsWith(created.Prefix, created.Token, StringComparison.Ordinal);
        var stored = await app.InDbAsync(d => d.PersonalAccessTokens.SingleAsync(t => t.Id == created.Id, Ct));
        Assert.Equal(PersonalAccessTokens.Hash(created.Token), stored.TokenHash);

        var listed = await client.GetStringAsync($"/api/v1/tokens/{created.Id}", Ct);
        Assert.DoesNotContain(created.Token, listed, StringComparison.Ordinal);
        Assert.Contains("\"status\":\"active\"", listed, StringComparison.Ordinal);

        using var withNewToken = Bearer(app, created.Token);
        Assert.Equal(HttpStatusCode.OK, (await withNewToken.GetAsync("/api/v1/me", Ct)).StatusCode);
    }

    [Theory, Providers]
    public async Task a_token_gets_only_the_chosen_roles_and_never_a_role_its_user_lacks(Db db)
    {
        var app = apps.For(db);
        var user = await app.CreateUserAsync("AM14", Roles.AccountManager, Roles.Administrator);
        var client = app.ApiClient(user);

        var limited = await (await client.PostAsJsonAsync("/api/v1/tokens", new { name = "alleen AM", expiresInDays = 7, roles = new[] { Roles.AccountManager } }, Ct))
            .Content.ReadFromJsonAsync<CreateToken.Created>(Ct);
        var refused = await client.PostAsJsonAsync("/api/v1/tokens", new { name = "te veel", roles = new[] { Roles.Manager } }, Ct);
        var none = await client.PostAsJsonAsync("/api/v1/tokens", new { name = "niets", roles = Array.Empty<string>() }, Ct);

        Assert.Equal([Roles.AccountManager], limited!.Roles);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("roles", await Problem(refused), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);

        // The limited token is no administrator, and cannot make itself a token that is.
        using var limitedClient = Bearer(app, limited.Token);
        Assert.Equal(HttpStatusCode.Forbidden, (await limitedClient.GetAsync($"/api/v1/users/{user.Id}/tokens", Ct)).StatusCode);
        var escalate = await limitedClient.PostAsJsonAsync("/api/v1/tokens", new { name = "omhoog", roles = new[] { Roles.Administrator } }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, escalate.StatusCode);
        var inherit = await (await limitedClient.PostAsJsonAsync("/api/v1/tokens", new { name = "erft" }, Ct)).Content.ReadFromJsonAsync<CreateToken.Created>(Ct);
        Assert.Equal([Roles.AccountManager], inherit!.Roles);
    }

    [Theory, Providers]
    public async Task validates_name_and_expiry_in_dutch(Db db)
    {
        var app = apps.For(db);
        var user = await app.CreateUserAsync("AM14", Roles.CaseManager);
        var client = app.ApiClient(user);

        var noName = await client.PostAsJsonAsync("/api/v1/tokens", new { name = "", expiresInDays = 10 }, Ct);
        var tooLong = await client.PostAsJsonAsync("/api/v1/tokens", new { name = "x", expiresInDays = 366 }, Ct);
        var tooShort = await client.PostAsJsonAsync("/api/v1/tokens", new { name = "x", expiresInDays = 0 }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, noName.StatusCode);
        Assert.Contains("Naam is verplicht.", await Problem(noName), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("Geldigheid in dagen moet een getal van 1 tot en met 365 zijn.", await Problem(tooLong), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, tooShort.StatusCode);
    }

    [Theory, Providers]
    public async Task a_revoked_token_stops_working_at_once(Db db)
    {
        var app = apps.For(db);
        var user = await app.CreateUserAsync("AM14", Roles.AccountManager);
        var created = await (await app.ApiClient(user).PostAsJsonAsync("/api/v1/tokens", new { name = "weg ermee" }, Ct))
            .Content.ReadFromJsonAsync<CreateToken.Created>(Ct);
        using var client = Bearer(app, created!.Token);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/me", Ct)).StatusCode);

        var revoke = await app.ApiClient(user).DeleteAsync($"/api/v1/tokens/{created.Id}", Ct);
        var again = await app.ApiClient(user).DeleteAsync($"/api/v1/tokens/{created.Id}", Ct);

        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, again.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/me", Ct)).StatusCode);
        var row = await app.ApiClient(user).GetFromJsonAsync<JsonElement>($"/api/v1/tokens/{created.Id}", Ct);
        Assert.Equal("revoked", row.GetProperty("status").GetString());
    }

    [Theory, Providers]
    public async Task an_expired_token_is_refused_and_listed_as_expired(Db db)
    {
        var app = apps.For(db);
        var user = await app.CreateUserAsync("AM14", Roles.AccountManager);
        var secret = PersonalAccessTokens.NewSecret();
        var id = await app.InDbAsync(async d =>
        {
            var token = new PersonalAccessToken
            {
                RegionCode = user.RegionCode,
                UserId = user.Id,
                Name = "oud",
                TokenHash = PersonalAccessTokens.Hash(secret),
                Prefix = secret[..12],
                Roles = [Roles.AccountManager],
                CreatedAtUtc = DateTime.UtcNow.AddDays(-10),
                ExpiresAtUtc = DateTime.UtcNow.AddMinutes(-1),
                CreatedByUserId = user.Id,
            };
            d.PersonalAccessTokens.Add(token);
            await d.SaveChangesAsync(Ct);
            return token.Id;
        });

        using var client = Bearer(app, secret);
        var row = await app.ApiClient(user).GetFromJsonAsync<JsonElement>($"/api/v1/tokens/{id}", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/me", Ct)).StatusCode);
        Assert.Equal("expired", row.GetProperty("status").GetString());
    }

    [Theory, Providers]
    public async Task another_users_token_is_not_found(Db db)
    {
        var app = apps.For(db);
        var me = await app.CreateUserAsync("AM01", Roles.Administrator);
        var colleague = await app.CreateUserAsync("AM01", Roles.AccountManager);
        var elsewhere = await app.CreateUserAsync("AM02", Roles.AccountManager);
        var client = app.ApiClient(me);
        var colleagueToken = await TokenIdAsync(app, colleague);
        var elsewhereToken = await TokenIdAsync(app, elsewhere);

        // Own routes only ever reach own tokens, also for an administrator.
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/tokens/{colleagueToken}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.DeleteAsync($"/api/v1/tokens/{colleagueToken}", Ct)).StatusCode);
        var mine = await client.AllItemsAsync($"/api/v1/tokens?userId={colleague.Id}");
        Assert.DoesNotContain(mine!, t => t.GetProperty("id").GetGuid() == colleagueToken);

        // The administrator's token is scoped to AM01: AM02's user and tokens do not exist for it.
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/users/{elsewhere.Id}/tokens", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.DeleteAsync($"/api/v1/users/{elsewhere.Id}/tokens/{elsewhereToken}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync($"/api/v1/users/{elsewhere.Id}/tokens", new { name = "x" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.DeleteAsync($"/api/v1/users/{colleague.Id}/tokens/{elsewhereToken}", Ct)).StatusCode);
        Assert.Null(await app.InDbAsync(d => d.PersonalAccessTokens.Where(t => t.Id == elsewhereToken).Select(t => t.RevokedAtUtc).SingleAsync(Ct)));
    }

    [Theory, Providers]
    public async Task an_administrator_manages_the_tokens_of_a_user_in_the_region(Db db)
    {
        var app = apps.For(db);
        var admin = await app.CreateUserAsync("AM03", Roles.Administrator);
        var user = await app.CreateUserAsync("AM03", Roles.CaseManager, Roles.Manager);
        var client = app.ApiClient(admin);

        var response = await client.PostAsJsonAsync($"/api/v1/users/{user.Id}/tokens", new { name = "voor koppeling", roles = new[] { Roles.Manager } }, Ct);
        var created = await response.Content.ReadFromJsonAsync<CreateToken.Created>(Ct);
        var refused = await client.PostAsJsonAsync($"/api/v1/users/{user.Id}/tokens", new { name = "beheer", roles = new[] { Roles.Administrator } }, Ct);
        var list = await client.AllItemsAsync($"/api/v1/users/{user.Id}/tokens");
        var revoke = await client.DeleteAsync($"/api/v1/users/{user.Id}/tokens/{created!.Id}", Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal($"/api/v1/users/{user.Id}/tokens/{created.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal([Roles.Manager], created.Roles);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains(list!, t => t.GetProperty("id").GetGuid() == created.Id);
        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        using var revoked = Bearer(app, created.Token);
        Assert.Equal(HttpStatusCode.Unauthorized, (await revoked.GetAsync("/api/v1/me", Ct)).StatusCode);

        // A user without the administrator role cannot use these routes.
        Assert.Equal(HttpStatusCode.Forbidden, (await app.ApiClient(user).GetAsync($"/api/v1/users/{admin.Id}/tokens", Ct)).StatusCode);
    }

    [Theory, Providers]
    public async Task a_token_loses_a_role_its_user_lost_on_another_instance_within_the_sign_in_lifetime(Db db)
    {
        var app = apps.For(db);
        var admin = await app.CreateUserAsync("AM05", Roles.Administrator, Roles.AccountManager);
        Assert.Equal(HttpStatusCode.OK, (await app.ApiClient(admin).GetAsync($"/api/v1/users/{admin.Id}/tokens", Ct)).StatusCode);

        // Straight to the database, as another instance's save would be: this instance hears nothing of it.
        await app.InDbAsync(async d =>
        {
            var role = await d.Roles.SingleAsync(r => r.Name == Roles.Administrator, Ct);
            return await d.UserRoles.Where(r => r.UserId == admin.Id && r.RoleId == role.Id).ExecuteDeleteAsync(Ct);
        });
        using var later = app.Clock.Shift(TokenSignIns.Lifetime);

        Assert.Equal(HttpStatusCode.Forbidden, (await app.ApiClient(admin).GetAsync($"/api/v1/users/{admin.Id}/tokens", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.ApiClient(admin).GetAsync("/api/v1/tokens", Ct)).StatusCode);
    }

    [Theory, Providers]
    public async Task a_deactivated_user_or_a_revoked_token_saved_on_this_instance_counts_at_once(Db db)
    {
        var app = apps.For(db);
        var user = await app.CreateUserAsync("AM05", Roles.AccountManager);
        var other = await app.CreateUserAsync("AM05", Roles.AccountManager);
        Assert.Equal(HttpStatusCode.OK, (await app.ApiClient(user).GetAsync("/api/v1/me", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.ApiClient(other).GetAsync("/api/v1/me", Ct)).StatusCode);

        await app.InDbAsync(async d =>
        {
            (await d.Users.IgnoreQueryFilters().SingleAsync(u => u.Id == user.Id, Ct)).IsActive = false;
            (await d.PersonalAccessTokens.IgnoreQueryFilters().SingleAsync(t => t.UserId == other.Id, Ct)).RevokedAtUtc = DateTime.UtcNow;
            return await d.SaveChangesAsync(Ct);
        });

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.ApiClient(user).GetAsync("/api/v1/me", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.ApiClient(other).GetAsync("/api/v1/me", Ct)).StatusCode);
    }

    [Theory, Providers]
    public async Task the_token_endpoints_are_described_in_openapi(Db db)
    {
        var document = await apps.For(db).CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json", Ct);
        var paths = document.GetProperty("paths");

        Assert.True(paths.GetProperty("/tokens").TryGetProperty("post", out _));
        Assert.True(paths.GetProperty("/tokens/{id}").TryGetProperty("delete", out _));
        Assert.True(paths.GetProperty("/users/{userId}/tokens").TryGetProperty("get", out _));
        Assert.True(paths.GetProperty("/users/{userId}/tokens/{id}").TryGetProperty("delete", out _));
        Assert.False(paths.TryGetProperty("/account/external-login", out _));
    }

    [Theory, Providers]
    public async Task a_token_authenticates_as_the_same_identity_a_sign_in_gets_and_loses_a_role_the_moment_the_user_does(Db db)
    {
        var app = apps.For(db);
        var user = await app.CreateUserAsync("AM14", Roles.AccountManager, Roles.Analyst);

        var (signIn, token) = await app.InDbAsync(async d =>
        {
            await using var scope = app.Services.CreateAsyncScope();
            var account = (await d.Users.IgnoreQueryFilters().SingleAsync(u => u.Id == user.Id, Ct))!;
            var principal = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<WerkbrugUser>>().CreateAsync(account);
            var names = scope.ServiceProvider.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity;
            return (principal.Identities.Single(), WerkbrugClaimsFactory.Identity(account, [Roles.AccountManager, Roles.Analyst], names));
        });
        static string[] Claims(ClaimsIdentity i) => [.. i.Claims.Select(c => $"{c.Type}={c.Value}").Order(StringComparer.Ordinal)];
        Assert.Equal(Claims(signIn), Claims(token));
        Assert.Equal((signIn.AuthenticationType, signIn.NameClaimType, signIn.RoleClaimType), (token.AuthenticationType, token.NameClaimType, token.RoleClaimType));

        var client = app.ApiClient(user);
        var before = await client.GetFromJsonAsync<MeEndpoint.Me>("/api/v1/me", Ct);
        await app.InScopeAsync<UserManager<WerkbrugUser>>(async users =>
            Assert.True((await users.RemoveFromRoleAsync((await users.FindByIdAsync(user.Id.ToString()))!, Roles.Analyst)).Succeeded));
        var after = await client.GetFromJsonAsync<MeEndpoint.Me>("/api/v1/me", Ct);

        Assert.Equal([Roles.AccountManager, Roles.Analyst], before!.Roles.Order(StringComparer.Ordinal));
        Assert.Equal([Roles.AccountManager], after!.Roles);
    }

    private static HttpClient Bearer(WerkbrugAppFactory app, string token)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static Task<Guid> TokenIdAsync(WerkbrugAppFactory app, TestUser user) =>
        app.InDbAsync(d => d.PersonalAccessTokens.Where(t => t.UserId == user.Id).Select(t => t.Id).FirstAsync(Ct));

    private static async Task<string> Problem(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync(Ct);
    }
}
