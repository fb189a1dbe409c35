using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Infrastructure.Security;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.Account;

public sealed class ExternalLoginTests(Apps apps)
{
    private const string Authority = "https://idp.example";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, Providers]
    public async Task the_sso_button_sends_the_browser_to_the_identity_provider_with_pkce(Db db)
    {
        var app = WithOidc(apps.For(db));
        var browser = AccountPages.Browser(app, followRedirects: false);
        var login = await AccountPages.GetAsync(browser, "/account/login?returnUrl=%2Faccount");
        Assert.Equal("Inloggen met Testgemeente", login.QuerySelector("#external-login button")?.TextContent);

        var response = await AccountPages.SubmitAsync(browser, login, "/account/login", [], "#external-login");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.Equal($"{Authority}/authorize", location.GetLeftPart(UriPartial.Path));
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(location.Query);
        Assert.Equal("werkbrug-test", query["client_id"]);
        Assert.Equal("code", query["response_type"]);
        Assert.Equal("S256", query["code_challenge_method"]);
        Assert.False(string.IsNullOrEmpty(query["code_challenge"]));
        Assert.Equal("http://localhost/signin-oidc", query["redirect_uri"]);
        Assert.Equal("openid profile email", query["scope"]);
    }

    [Theory, Providers]
    public async Task the_content_security_policy_lets_forms_go_to_the_identity_provider_only_when_sso_is_on(Db db)
    {
        var app = WithOidc(apps.For(db));

        var withSso = await app.CreateClient().GetAsync("/account/login", Ct);
        var without = await apps.For(db).CreateClient().GetAsync("/account/login", Ct);

        Assert.Contains($"form-action 'self' {Authority};", withSso.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("form-action 'self';", without.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task without_sso_there_is_no_button_and_no_challenge(Db db)
    {
        var browser = AccountPages.Browser(apps.For(db), followRedirects: false);
        var login = await AccountPages.GetAsync(browser, "/account/login");
        var token = login.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

        var response = await browser.PostAsync("/account/external-login", new FormUrlEncodedContent([KeyValuePair.Create("__RequestVerificationToken", token)]), Ct);

        Assert.Null(login.QuerySelector("#external-login"));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory, Providers]
    public async Task the_external_login_post_needs_the_antiforgery_token(Db db)
    {
        var app = WithOidc(apps.For(db));
        var browser = AccountPages.Browser(app, followRedirects: false);
        await browser.GetAsync("/account/login", Ct);

        var response = await browser.PostAsync("/account/external-login", new FormUrlEncodedContent([KeyValuePair.Create("returnUrl", "/")]), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory, Providers]
    public async Task coming_back_links_an_existing_user_by_email_and_later_by_the_login_itself(Db db)
    {
        var shared = apps.For(db);
        var user = await shared.CreateUserAsync("AM14", Roles.AccountManager);
        var app = WithOidc(shared);
        var subject = "idp-" + Guid.NewGuid();

        var first = await ReturnFromIdentityProviderAsync(app, subject, user.Email);
        var later = await ReturnFromIdentityProviderAsync(app, subject, "changed-at-the-idp@example.org");

        Assert.Equal("/account", first.Response.RequestMessage?.RequestUri?.AbsolutePath);
        Assert.Equal("/account", later.Response.RequestMessage?.RequestUri?.AbsolutePath);
        Assert.Equal(user.Email, (await AccountPages.GetAsync(later.Browser, "/account")).QuerySelector("#account-email")?.TextContent);
        var logins = await shared.InDbAsync(d => d.UserLogins.Where(l => l.UserId == user.Id).Select(l => l.LoginProvider + ":" + l.ProviderKey).ToListAsync(Ct));
        Assert.Equal([$"oidc:{subject}"], logins);
    }

    [Theory, Providers]
    public async Task an_unknown_or_deactivated_user_is_not_registered_but_told_so_on_the_login_page(Db db)
    {
        var shared = apps.For(db);
        var inactive = await shared.CreateUserAsync("AM14", Roles.AccountManager);
        await shared.InDbAsync(d => d.Users.Where(u => u.Id == inactive.Id).ExecuteUpdateAsync(s => s.SetProperty(u => u.IsActive, false), Ct));
        var app = WithOidc(shared);
        var unknownEmail = $"nieuw-{Guid.NewGuid():N}@example.org";

        var unknown = await ReturnFromIdentityProviderAsync(app, "idp-" + Guid.NewGuid(), unknownEmail);
        var deactivated = await ReturnFromIdentityProviderAsync(app, "idp-" + Guid.NewGuid(), inactive.Email);
        var unverified = await ReturnFromIdentityProviderAsync(app, "idp-" + Guid.NewGuid(), inactive.Email, emailVerified: false);

        Assert.Equal("/account/login", unknown.Response.RequestMessage?.RequestUri?.AbsolutePath);
        Assert.Contains(
            $"Er is geen actief Werkbrug-account met het e-mailadres {unknownEmail}.",
            AccountPages.Errors(await AccountPages.ReadAsync(unknown.Response)).Single(), StringComparison.Ordinal);
        Assert.Contains("geen actief Werkbrug-account", AccountPages.Errors(await AccountPages.ReadAsync(deactivated.Response)).Single(), StringComparison.Ordinal);
        Assert.Contains("(bevestigd) e-mailadres", AccountPages.Errors(await AccountPages.ReadAsync(unverified.Response)).Single(), StringComparison.Ordinal);
        Assert.False(await shared.InDbAsync(d => d.Users.AnyAsync(u => u.Email == unknownEmail, Ct)));
        Assert.False(await shared.InDbAsync(d => d.UserLogins.AnyAsync(l => l.UserId == inactive.Id, Ct)));
    }

    [Theory, Providers]
    public async Task a_user_with_mfa_still_enters_a_code_after_sso(Db db)
    {
        var shared = apps.For(db);
        var user = await shared.CreateUserAsync("AM14", Roles.CaseManager);
        await using (var scope = shared.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<WerkbrugUser>>();
            var entity = (await users.FindByIdAsync(user.Id.ToString()))!;
            await users.ResetAuthenticatorKeyAsync(entity);
            await users.SetTwoFactorEnabledAsync(entity, true);
        }

        var app = WithOidc(shared);

        var back = await ReturnFromIdentityProviderAsync(app, "idp-" + Guid.NewGuid(), user.Email);

        Assert.Equal("/account/login-2fa", back.Response.RequestMessage?.RequestUri?.AbsolutePath);
    }

    [Theory, Providers]
    public async Task the_oidc_subject_becomes_the_login_key_identity_looks_up(Db db)
    {
        var app = WithOidc(apps.For(db));
        var options = app.Services.GetRequiredService<IOptionsMonitor<OpenIdConnectOptions>>().Get(OidcOptions.SchemeName);
        var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", "subject-42"), new Claim("email", "a@example.org")], "oidc"));
        var context = new Microsoft.AspNetCore.Authentication.OpenIdConnect.TokenValidatedContext(
            new DefaultHttpContext(), new AuthenticationScheme(OidcOptions.SchemeName, null, typeof(OpenIdConnectHandler)), options, principal, new AuthenticationProperties());

        await options.Events.TokenValidated(context);

        Assert.Equal("subject-42", context.Principal!.FindFirstValue(ClaimTypes.NameIdentifier));
    }

    /// <summary>
    /// Werkbrug with single sign-on configured; the provider's metadata is given, so no network is needed. One such host
    /// per shared app (on its database), started once and stopped with the shared app (<see cref="Apps.Derived"/>).
    /// </summary>
    private static WebApplicationFactory<Program> WithOidc(WerkbrugAppFactory app) => Apps.Derived(app, "oidc", a => a.WithWebHostBuilder(b =>
    {
        b.UseSetting("Authentication:Oidc:Authority", Authority);
        b.UseSetting("Authentication:Oidc:ClientId", "werkbrug-test");
        b.UseSetting("Authentication:Oidc:DisplayName", "Inloggen met Testgemeente");
        b.ConfigureTestServices(services =>
        {
            services.PostConfigure<OpenIdConnectOptions>(OidcOptions.SchemeName, o =>
            {
                o.Configuration = new OpenIdConnectConfiguration
                {
                    Issuer = Authority,
                    AuthorizationEndpoint = $"{Authority}/authorize",
                    TokenEndpoint = $"{Authority}/token",
                    EndSessionEndpoint = $"{Authority}/logout",
                };
                // The handler's own post-configuration already made a manager that would fetch the metadata.
                o.ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(o.Configuration);
            });
            services.AddTransient<IStartupFilter, IdentityProviderReturn>();
        });
    }));

    /// <summary>
    /// Plays the part of the OIDC handler at /signin-oidc after a successful login at the provider: it signs the
    /// external identity into Identity's external cookie and sends the browser to the callback.
    /// </summary>
    private static async Task<(HttpClient Browser, HttpResponseMessage Response)> ReturnFromIdentityProviderAsync(
        WebApplicationFactory<Program> app, string subject, string email, bool emailVerified = true)
    {
        var browser = AccountPages.Browser(app);
        var url = $"/test/idp-return?sub={Uri.EscapeDataString(subject)}&email={Uri.EscapeDataString(email)}&email_verified={(emailVerified ? "true" : "false")}";
        return (browser, await browser.GetAsync(url, Ct));
    }

    private sealed class IdentityProviderReturn : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            // Not app.Map: that would make the path a PathBase, and the cookie would be limited to it.
            app.Use(async (context, nextMiddleware) =>
            {
                if (context.Request.Path != "/test/idp-return")
                {
                    await nextMiddleware(context);
                    return;
                }

                var query = context.Request.Query;
                var identity = new ClaimsIdentity(
                    [new Claim(ClaimTypes.NameIdentifier, query["sub"]!), new Claim("email", query["email"]!), new Claim("email_verified", query["email_verified"]!)],
                    OidcOptions.SchemeName);
                var properties = new AuthenticationProperties();
                properties.Items["LoginProvider"] = OidcOptions.SchemeName;
                await context.SignInAsync(IdentityConstants.ExternalScheme, new ClaimsPrincipal(identity), properties);
                context.Response.Redirect("/account/external-callback?returnUrl=%2Faccount");
            });
            next(app);
        };
    }
}
