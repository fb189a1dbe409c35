using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Infrastructure.Security;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.Tokens;

public sealed class TokenPageTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, Providers]
    public async Task creating_a_token_shows_its_secret_once_and_lists_it_without(Db db)
    {
        var app = apps.For(db);
        var user = await app.CreateUserAsync("AM14", Roles.AccountManager, Roles.Manager);
        var browser = await AccountPages.SignInAsync(app, user);

        var form = await AccountPages.GetAsync(browser, "/account/tokens/new");
        Assert.Equal("90", form.QuerySelector("#Input_ExpiresInDays")?.GetAttribute("value"));
        Assert.Equal(2, form.QuerySelectorAll("input[name='Input.Roles'][checked]").Length);

        var response = await AccountPages.SubmitAsync(browser, form, "/account/tokens/new", new()
        {
            ["Input.Name"] = "Rapportage-script",
            ["Input.ExpiresInDays"] = "30",
            ["Input.Roles"] = Roles.Manager,
        });
        var list = await AccountPages.ReadAsync(response);

        Assert.Equal("/account/tokens", response.RequestMessage?.RequestUri?.AbsolutePath);
        Assert.True(response.Headers.CacheControl?.NoStore, "the page with the secret must not be stored");
        var secret = list.QuerySelector("#token-secret")?.TextContent;
        Assert.StartsWith(PersonalAccessTokens.TokenPrefix, secret, StringComparison.Ordinal);
        Assert.DoesNotContain(secret!, response.RequestMessage!.RequestUri!.ToString(), StringComparison.Ordinal);
        var row = list.QuerySelectorAll("#tokens tbody tr").Single(r => r.QuerySelector("th")?.TextContent == "Rapportage-script");
        Assert.Equal("Teamleider", row.QuerySelectorAll("td")[1].TextContent);
        Assert.Equal("active", row.QuerySelector("[data-status]")?.GetAttribute("data-status"));
        Assert.Equal("Actief", row.QuerySelector("[data-status]")?.TextContent);

        var again = await AccountPages.GetAsync(browser, "/account/tokens");
        Assert.Null(again.QuerySelector("#token-secret"));
        Assert.DoesNotContain(secret!, again.DocumentElement.OuterHtml, StringComparison.Ordinal);

        var stored = await app.InDbAsync(d => d.PersonalAccessTokens.SingleAsync(t => t.UserId == user.Id && t.Name == "Rapportage-script", Ct));
        Assert.Equal([Roles.Manager], stored.Roles);
        Assert.Equal(30, Math.Round((stored.ExpiresAtUtc - stored.CreatedAtUtc).TotalDays));
        using var api = app.CreateClient();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/me", Ct)).StatusCode);
    }

    [Theory, Providers]
    public async Task the_form_explains_what_is_wrong_in_dutch(Db db)
    {
        var app = apps.For(db);
        var user = await app.CreateUserAsync("AM14", Roles.CaseManager);
        var browser = await AccountPages.SignInAsync(app, user);

        var page = await AccountPages.ReadAsync(await AccountPages.SubmitAsync(browser, "/account/tokens/new", new()
        {
            ["Input.Name"] = "",
            ["Input.ExpiresInDays"] = "400",
        }, "main form"));
        var unreadable = await AccountPages.ReadAsync(await AccountPages.SubmitAsync(browser, "/account/tokens/new", new()
        {
            ["Input.Name"] = "x",
            ["Input.ExpiresInDays"] = "veel",
        }, "main form"));
        var noRoles = await AccountPages.ReadAsync(await SubmitWithoutRolesAsync(browser));

        Assert.Equal("Naam is verplicht.", page.QuerySelector("#Input_Name-error")?.TextContent);
        Assert.Equal("Geldigheid in dagen moet een getal van 1 tot en met 365 zijn.", page.QuerySelector("#Input_ExpiresInDays-error")?.TextContent);
        Assert.Equal(
            "De waarde ‘veel’ is ongeldig.", unreadable.QuerySelector("#Input_ExpiresInDays-error")?.TextContent);
        Assert.Equal("Kies minstens één rol voor het token.", noRoles.QuerySelector("#Input_Roles-error")?.TextContent);
        Assert.False(await app.InDbAsync(d => d.PersonalAccessTokens.AnyAsync(t => t.UserId == user.Id && t.Name != "test", Ct)));
    }

    [Theory, Providers]
    public async Task revoking_asks_first_and_then_the_token_stops_working(Db db)
    {
        var app = apps.For(db);
        var user = await app.CreateUserAsync("AM14", Roles.AccountManager);
        var browser = await AccountPages.SignInAsync(app, user);
        var tokenId = await app.InDbAsync(d => d.PersonalAccessTokens.Where(t => t.UserId == user.Id).Select(t => t.Id).SingleAsync(Ct));
        var list = await AccountPages.GetAsync(browser, "/account/tokens");
        var link = list.QuerySelector($"tr[data-token='{tokenId}'] a")!.GetAttribute("href")!;

        var confirm = await AccountPages.GetAsync(browser, link);
        Assert.Contains("Wilt u het token test", confirm.QuerySelector("#revoke-question")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await app.ApiClient(user).GetAsync("/api/v1/me", Ct)).StatusCode);

        var done = await AccountPages.ReadAsync(await AccountPages.SubmitAsync(browser, confirm, link, [], "#revoke-token"));

        Assert.Contains("is ingetrokken", done.QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("revoked", done.QuerySelector($"tr[data-token='{tokenId}'] [data-status]")?.GetAttribute("data-status"));
        Assert.Null(done.QuerySelector($"tr[data-token='{tokenId}'] a"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.ApiClient(user).GetAsync("/api/v1/me", Ct)).StatusCode);
    }

    [Theory, Providers]
    public async Task another_users_token_cannot_be_revoked_from_the_page(Db db)
    {
        var app = apps.For(db);
        var user = await app.CreateUserAsync("AM14", Roles.AccountManager);
        var colleague = await app.CreateUserAsync("AM14", Roles.AccountManager);
        var browser = await AccountPages.SignInAsync(app, user);
        var theirs = await app.InDbAsync(d => d.PersonalAccessTokens.Where(t => t.UserId == colleague.Id).Select(t => t.Id).SingleAsync(Ct));
        var form = await AccountPages.GetAsync(browser, "/account/tokens/new");
        var antiforgery = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var get = await AccountPages.Browser(app, followRedirects: false).GetAsync($"/account/tokens/{theirs}/revoke", Ct);
        var seen = await browser.GetAsync($"/account/tokens/{theirs}/revoke", Ct);
        var post = await browser.PostAsync(
            $"/account/tokens/{theirs}/revoke", new FormUrlEncodedContent([KeyValuePair.Create("__RequestVerificationToken", antiforgery)]), Ct);

        Assert.Equal(HttpStatusCode.Redirect, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, seen.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.ApiClient(colleague).GetAsync("/api/v1/me", Ct)).StatusCode);
    }

    // No box ticked: the browser sends no Input.Roles at all.
    private static async Task<HttpResponseMessage> SubmitWithoutRolesAsync(HttpClient browser)
    {
        var form = await AccountPages.GetAsync(browser, "/account/tokens/new");
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return await browser.PostAsync("/account/tokens/new", new FormUrlEncodedContent(
        [
            KeyValuePair.Create("__RequestVerificationToken", token),
            KeyValuePair.Create("Input.Name", "zonder rollen"),
            KeyValuePair.Create("Input.ExpiresInDays", "10"),
        ]), Ct);
    }
}
