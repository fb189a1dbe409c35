using System.Net;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.Account;

public sealed class MyAccountPageTests(Apps apps)
{
    [Theory, Providers]
    public async Task shows_who_the_user_is_with_links_to_mfa_and_tokens(Db db)
    {
        var app = apps.For(db);
        var user = await app.CreateUserAsync("AM14", Roles.AccountManager, Roles.Analyst);
        var browser = await AccountPages.SignInAsync(app, user);

        var page = await AccountPages.GetAsync(browser, "/account");

        Assert.Equal(user.Email, page.QuerySelector("#account-email")?.TextContent);
        Assert.StartsWith("Organisatie ", page.QuerySelector("#account-organisation")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("Werkgeversadviseur, Analist", page.QuerySelector("#account-roles")?.TextContent);
        Assert.Equal("Uit", page.QuerySelector("#account-mfa")?.TextContent);
        Assert.NotNull(page.QuerySelector("a[href='/account/mfa']"));
        Assert.NotNull(page.QuerySelector("a[href='/account/tokens']"));
    }

    [Theory, Providers]
    public async Task an_anonymous_visitor_is_sent_to_the_login_page(Db db)
    {
        var browser = AccountPages.Browser(apps.For(db), followRedirects: false);

        var response = await browser.GetAsync("/account", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task changing_the_password_shows_identitys_errors_in_dutch_by_field(Db db)
    {
        var app = apps.For(db);
        var user = await app.CreateUserAsync("AM14", Roles.CaseManager);
        var browser = await AccountPages.SignInAsync(app, user);

        var wrongCurrent = await ChangeAsync(browser, "Niet-mijn-wachtwoord-1", "Nieuw-wachtwoord-2026");
        var tooWeak = await ChangeAsync(browser, user.Password, "kort");
        var empty = await ChangeAsync(browser, "", "");

        Assert.Equal("Het huidige wachtwoord klopt niet.", wrongCurrent.QuerySelector("#Input_CurrentPassword-error")?.TextContent);
        var weak = tooWeak.QuerySelector("#Input_NewPassword-error")?.TextContent;
        Assert.Contains("Het wachtwoord moet minstens 12 tekens lang zijn.", weak, StringComparison.Ordinal);
        Assert.Contains("Het wachtwoord moet minstens één cijfer bevatten.", weak, StringComparison.Ordinal);
        Assert.Equal("Huidig wachtwoord is verplicht.", empty.QuerySelector("#Input_CurrentPassword-error")?.TextContent);
        Assert.Equal("Nieuw wachtwoord is verplicht.", empty.QuerySelector("#Input_NewPassword-error")?.TextContent);
    }

    [Theory, Providers]
    public async Task a_changed_password_replaces_the_old_one(Db db)
    {
        var app = apps.For(db);
        var user = await app.CreateUserAsync("AM14", Roles.CaseManager);
        var browser = await AccountPages.SignInAsync(app, user);
        const string newPassword = "Nieuw-wachtwoord-2026";

        var done = await ChangeAsync(browser, user.Password, newPassword);

        Assert.Contains("Uw wachtwoord is gewijzigd.", done.QuerySelector("[role=status]")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("/account", (await browser.GetAsync("/account", TestContext.Current.CancellationToken)).RequestMessage?.RequestUri?.AbsolutePath);
        await AccountPages.SignInAsync(app, user with { Password = newPassword });
        var old = await AccountPages.ReadAsync(await AccountPages.LoginAsync(AccountPages.Browser(app), user.Email, user.Password));
        Assert.Contains(AccountPages.Errors(old), e => e.StartsWith("De combinatie van e-mailadres en wachtwoord", StringComparison.Ordinal));
    }

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> ChangeAsync(HttpClient browser, string current, string next) =>
        await AccountPages.ReadAsync(await AccountPages.SubmitAsync(
            browser, "/account", new() { ["Input.CurrentPassword"] = current, ["Input.NewPassword"] = next }, "#change-password"));
}
