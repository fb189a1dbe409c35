using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.Account;

public sealed class LoginPageTests(Apps apps)
{
    [Theory, Providers]
    public async Task five_wrong_passwords_lock_the_account_even_for_the_right_one(Db db)
    {
        var app = apps.For(db);
        var user = await app.CreateUserAsync("AM14", Roles.AccountManager);
        var browser = AccountPages.Browser(app);

        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await AccountPages.LoginAsync(browser, user.Email, "Verkeerd-wachtwoord-" + attempt);
        }

        var response = await AccountPages.LoginAsync(browser, user.Email, user.Password);
        var page = await AccountPages.ReadAsync(response);

        Assert.Equal("/account/login", response.RequestMessage?.RequestUri?.AbsolutePath);
        Assert.Contains(AccountPages.Errors(page), e => e.Contains("tijdelijk geblokkeerd", StringComparison.Ordinal));
        var lockoutEnd = await app.InDbAsync(d => Task.FromResult(d.Users.Single(u => u.Id == user.Id).LockoutEnd));
        Assert.InRange(lockoutEnd!.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
    }

    [Theory, Providers]
    public async Task four_wrong_passwords_still_let_the_right_one_in(Db db)
    {
        var app = apps.For(db);
        var user = await app.CreateUserAsync("AM14", Roles.AccountManager);
        var browser = AccountPages.Browser(app);

        for (var attempt = 1; attempt <= 4; attempt++)
        {
            await AccountPages.LoginAsync(browser, user.Email, "Verkeerd-wachtwoord-" + attempt);
        }

        var response = await AccountPages.LoginAsync(browser, user.Email, user.Password);

        Assert.Equal("/", response.RequestMessage?.RequestUri?.AbsolutePath);
    }

    [Theory, Providers]
    public async Task the_language_switch_works_without_signing_in(Db db)
    {
        var browser = AccountPages.Browser(apps.For(db));

        var response = await AccountPages.SubmitAsync(browser, "/account/login", new() { ["culture"] = "en-GB" }, "form.wb-culture");
        var page = await AccountPages.ReadAsync(response);

        Assert.Equal("/account/login", response.RequestMessage?.RequestUri?.AbsolutePath);
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
    }
}
