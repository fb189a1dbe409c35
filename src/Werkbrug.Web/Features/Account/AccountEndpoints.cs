using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Werkbrug.Web.Infrastructure;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Account;

/// <summary>Form posts without a page of their own: sign out and switch language.</summary>
public static class AccountEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/account/logout", async (SignInManager<WerkbrugUser> signIn) =>
            {
                await signIn.SignOutAsync();
                return Results.LocalRedirect("/account/login");
            })
            .RequireAuthorization(Policies.Staff)
            .WithMetadata(new RequireAntiforgeryTokenAttribute()) // no form fields, so antiforgery is not implied
            .ExcludeFromDescription();

        app.MapPost("/account/culture", ([FromForm] string? culture, [FromForm] string? returnUrl, HttpContext http) =>
            {
                var chosen = Languages.Supported.FirstOrDefault(c => c.Name == culture) ?? Languages.Supported[0];
                http.Response.Cookies.Append(
                    CookieRequestCultureProvider.DefaultCookieName,
                    CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                    new CookieOptions { Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
                return Results.LocalRedirect(returnUrl is { Length: > 0 } && returnUrl[0] == '/' && !returnUrl.StartsWith("//", StringComparison.Ordinal) ? returnUrl : "/");
            })
            .AllowAnonymous()
            .ExcludeFromDescription();
    }
}
