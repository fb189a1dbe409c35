using System.Text.RegularExpressions;
using AngleSharp.Html.Dom;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.Account;

public sealed partial class TwoFactorPageTests(Apps apps)
{
    [Theory, Providers]
    public async Task setting_up_mfa_then_signing_in_with_a_code_or_a_recovery_code(Db db)
    {
        var app = apps.For(db);
        var user = await app.CreateUserAsync("AM14", Roles.AccountManager);
        var browser = await AccountPages.SignInAsync(app, user);

        // Setup shows the key in groups of four and as an otpauth:// URI; a wrong code does not turn MFA on.
        var setup = await AccountPages.GetAsync(browser, "/account/mfa");
        var shown = setup.QuerySelector("#mfa-key")!.TextContent;
        Assert.Matches(GroupsOfFour(), shown);
        var key = shown.Replace(" ", string.Empty, StringComparison.Ordinal);
        Assert.Equal(
            $"otpauth://totp/Werkbrug:{Uri.EscapeDataString(user.Email)}?secret={key}&issuer=Werkbrug&digits=6",
            setup.QuerySelector("#mfa-uri")!.TextContent);
        var wrong = await EnableAsync(browser, WrongCode(key));
        Assert.Contains("De code klopt niet", wrong.QuerySelector("#Input_Code-error")?.TextContent, StringComparison.Ordinal);

        // The right code turns it on and shows ten recovery codes, once.
        var enabled = await EnableAsync(browser, AccountPages.Totp(key));
        var codes = enabled.QuerySelectorAll("#recovery-codes li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(10, codes.Distinct().Count());
        Assert.Equal("Tweestapsverificatie staat aan.", enabled.QuerySelector("#mfa-status")?.TextContent);
        Assert.Null((await AccountPages.GetAsync(browser, "/account/mfa")).QuerySelector("#recovery-codes"));
        Assert.Equal("Aan", (await AccountPages.GetAsync(browser, "/account")).QuerySelector("#account-mfa")?.TextContent);

        // Signing in now asks for the code; a wrong one is refused, the right one lets the user in.
        var second = AccountPages.Browser(app);
        var step = await AccountPages.LoginAsync(second, user.Email, user.Password);
        Assert.Equal("/account/login-2fa", step.RequestMessage?.RequestUri?.AbsolutePath);
        Assert.Equal("/account/login", (await second.GetAsync("/account", TestContext.Current.CancellationToken)).RequestMessage?.RequestUri?.AbsolutePath);
        var refused = await AccountPages.ReadAsync(await AccountPages.SubmitAsync(second, "/account/login-2fa", new() { ["Input.Code"] = WrongCode(key) }));
        Assert.Contains("De code klopt niet", refused.QuerySelector("#Input_Code-error")?.TextContent, StringComparison.Ordinal);
        var signedIn = await AccountPages.SubmitAsync(second, "/account/login-2fa", new() { ["Input.Code"] = AccountPages.Totp(key) });
        Assert.Equal("/", signedIn.RequestMessage?.RequestUri?.AbsolutePath);

        // Without the phone: a recovery code works once.
        Assert.Equal("/", (await SignInWithRecoveryCodeAsync(app, user, codes[0])).RequestMessage?.RequestUri?.AbsolutePath);
        var reused = await AccountPages.ReadAsync(await SignInWithRecoveryCodeAsync(app, user, codes[0]));
        Assert.Equal("Deze herstelcode klopt niet of is al gebruikt.", reused.QuerySelector("#Input_RecoveryCode-error")?.TextContent);
        Assert.Equal("U heeft nog 9 ongebruikte herstelcodes.", (await AccountPages.GetAsync(browser, "/account/mfa")).QuerySelector("#codes-left")?.TextContent);
    }

    [Theory, Providers]
    public async Task new_recovery_codes_replace_the_old_ones_and_mfa_can_be_turned_off(Db db)
    {
        var app = apps.For(db);
        var user = await app.CreateUserAsync("AM14", Roles.CaseManager);
        var browser = await AccountPages.SignInAsync(app, user);
        var key = (await AccountPages.GetAsync(browser, "/account/mfa")).QuerySelector("#mfa-key")!.TextContent.Replace(" ", string.Empty, StringComparison.Ordinal);
        var first = (await EnableAsync(browser, AccountPages.Totp(key))).QuerySelectorAll("#recovery-codes li").Select(li => li.TextContent.Trim()).ToList();

        var regenerated = await AccountPages.ReadAsync(await AccountPages.SubmitAsync(browser, "/account/mfa", [], "#regenerate-codes"));
        var second = regenerated.QuerySelectorAll("#recovery-codes li").Select(li => li.TextContent.Trim()).ToList();

        Assert.Equal(10, second.Count);
        Assert.Empty(first.Intersect(second));
        Assert.NotEqual("/", (await SignInWithRecoveryCodeAsync(app, user, first[0])).RequestMessage?.RequestUri?.AbsolutePath);
        Assert.Equal("/", (await SignInWithRecoveryCodeAsync(app, user, second[0])).RequestMessage?.RequestUri?.AbsolutePath);

        var disabled = await AccountPages.ReadAsync(await AccountPages.SubmitAsync(browser, "/account/mfa", [], "#disable-mfa"));

        Assert.Equal("Tweestapsverificatie staat uit.", disabled.QuerySelector("#mfa-status")?.TextContent);
        Assert.NotEqual(key, disabled.QuerySelector("#mfa-key")?.TextContent.Replace(" ", string.Empty, StringComparison.Ordinal));
        await AccountPages.SignInAsync(app, user);
    }

    [Theory, Providers]
    public async Task the_second_step_pages_need_a_first_step(Db db)
    {
        var browser = AccountPages.Browser(apps.For(db));

        var code = await browser.GetAsync("/account/login-2fa", TestContext.Current.CancellationToken);
        var recovery = await browser.GetAsync("/account/login-recovery", TestContext.Current.CancellationToken);

        Assert.Equal("/account/login", code.RequestMessage?.RequestUri?.AbsolutePath);
        Assert.Equal("/account/login", recovery.RequestMessage?.RequestUri?.AbsolutePath);
    }

    private static async Task<IHtmlDocument> EnableAsync(HttpClient browser, string code) =>
        await AccountPages.ReadAsync(await AccountPages.SubmitAsync(browser, "/account/mfa", new() { ["Input.Code"] = code }, "#enable-mfa"));

    private static async Task<HttpResponseMessage> SignInWithRecoveryCodeAsync(Infrastructure.WerkbrugAppFactory app, TestUser user, string code)
    {
        var browser = AccountPages.Browser(app);
        var step = await AccountPages.LoginAsync(browser, user.Email, user.Password);
        var page = await AccountPages.ReadAsync(step);
        var link = page.QuerySelector("#use-recovery-code")!.GetAttribute("href")!;
        return await AccountPages.SubmitAsync(browser, link, new() { ["Input.RecoveryCode"] = code });
    }

    // A code that is not valid now nor in the steps around now.
    private static string WrongCode(string key)
    {
        var near = Enumerable.Range(-3, 7).Select(i => AccountPages.Totp(key, DateTimeOffset.UtcNow.AddSeconds(30 * i))).ToHashSet();
        return Enumerable.Range(0, 1000).Select(i => i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)).First(c => !near.Contains(c));
    }

    [GeneratedRegex("^([A-Z2-7]{4} )*[A-Z2-7]{1,4}$")]
    private static partial Regex GroupsOfFour();
}
