using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Account;

/// <summary>POST /account/external-login: hands the browser to the organisation's identity provider (OpenID Connect).</summary>
public static class ExternalLoginEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/account/external-login", async (
                [FromForm] string? returnUrl, HttpContext http, SignInManager<WerkbrugUser> signIn, IAuthenticationSchemeProvider schemes) =>
            {
                if (await schemes.GetSchemeAsync(OidcOptions.SchemeName) is null)
                {
                    return Results.NotFound();
                }

                await http.SignOutAsync(IdentityConstants.ExternalScheme);
                var local = returnUrl is { Length: > 0 } && returnUrl[0] == '/' && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
                    ? returnUrl
                    : "/";
                var callback = "/account/external-callback?returnUrl=" + Uri.EscapeDataString(local);
                var properties = signIn.ConfigureExternalAuthenticationProperties(OidcOptions.SchemeName, callback);
                return Results.Challenge(properties, [OidcOptions.SchemeName]);
            })
            .AllowAnonymous()
            .ExcludeFromDescription();
}
