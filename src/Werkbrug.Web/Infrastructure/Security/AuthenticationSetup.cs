using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Infrastructure.Security;

/// <summary>The `Authentication:Oidc` section: sign-in through an organisation's identity provider.</summary>
public sealed class OidcOptions
{
    public const string Section = "Authentication:Oidc";
    public const string SchemeName = "oidc";

    public string? Authority { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    /// <summary>The name on the login button, e.g. "Inloggen met Gemeente Amersfoort".</summary>
    public string DisplayName { get; set; } = "Single sign-on";

    public bool Enabled => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);
}

public static class AuthenticationSetup
{
    /// <summary>
    /// Local accounts (Identity, cookie), optional OpenID Connect, and personal access tokens.
    /// Pages authenticate with the cookie; everything under /api only with a bearer token, so the API
    /// cannot be driven by a cross-site request riding on a browser cookie.
    /// </summary>
    public static IServiceCollection AddWerkbrugAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddIdentity<WerkbrugUser, IdentityRole<Guid>>(o =>
            {
                o.Password.RequiredLength = 12;
                o.Password.RequireNonAlphanumeric = false;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<WerkbrugDb>()
            .AddUserStore<WerkbrugUserStore>()
            .AddClaimsPrincipalFactory<WerkbrugClaimsFactory>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<DutchIdentityErrorDescriber>();

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/access-denied";
            o.Cookie.Name = "werkbrug";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = TimeSpan.FromHours(9);
            o.SlidingExpiration = true;
        });

        services.AddSingleton<TokenSignIns>();
        services.AddSingleton<IInterceptor, SignInChangeInterceptor>();

        const string selector = "werkbrug";
        // AddIdentity set the cookie as default for authenticate and challenge; replace both with the selector.
        var authentication = services.AddAuthentication(o =>
            {
                o.DefaultScheme = selector;
                o.DefaultAuthenticateScheme = selector;
                o.DefaultChallengeScheme = selector;
                o.DefaultForbidScheme = selector;
            })
            .AddPolicyScheme(selector, "Cookie for pages, bearer token for the API", o =>
                o.ForwardDefaultSelector = context => Api.ApiConventions.IsApi(context)
                    ? PersonalAccessTokenHandler.SchemeName
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, PersonalAccessTokenHandler>(PersonalAccessTokenHandler.SchemeName, null);

        var oidc = configuration.GetSection(OidcOptions.Section).Get<OidcOptions>() ?? new OidcOptions();
        services.Configure<OidcOptions>(configuration.GetSection(OidcOptions.Section));
        if (oidc.Enabled)
        {
            authentication.AddOpenIdConnect(OidcOptions.SchemeName, oidc.DisplayName, o =>
            {
                o.Authority = oidc.Authority;
                o.ClientId = oidc.ClientId;
                o.ClientSecret = oidc.ClientSecret;
                o.ResponseType = "code";
                o.UsePkce = true;
                o.SignInScheme = IdentityConstants.ExternalScheme;
                o.CallbackPath = "/signin-oidc";
                o.Scope.Clear();
                o.Scope.Add("openid");
                o.Scope.Add("profile");
                o.Scope.Add("email");
                o.MapInboundClaims = false;
                o.GetClaimsFromUserInfoEndpoint = true;
                // Identity's external-login lookup reads NameIdentifier; without inbound mapping the subject is only "sub".
                o.Events.OnTokenValidated = context =>
                {
                    if (context.Principal?.Identity is ClaimsIdentity identity && identity.FindFirst(ClaimTypes.NameIdentifier) is null
                        && identity.FindFirst("sub") is { } subject)
                    {
                        identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, subject.Value));
                    }

                    return Task.CompletedTask;
                };
            });
        }

        services.AddAuthorization(Policies.Configure);
        return services;
    }
}
