using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.EmployerLinks;

/// <summary>
/// The <see cref="EmployerLinkClaims.Scheme"/> scheme: signs in the holder of a valid employer-link token as a
/// principal WITHOUT staff roles, carrying the link's region (so the region filter applies as for staff), the link,
/// its vacancy and its employer. Pages read the token from the <see cref="Cookie"/> cookie, the API only from the
/// <see cref="Header"/> header (so no cross-site request can ride the cookie into the API).
/// </summary>
public sealed class EmployerLinkAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, EmployerLinkTokens tokens)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string Cookie = "wb_employer_link";
    public const string Header = "X-Employer-Link";

    /// <summary>Where a page request without a valid link is sent: the public entry, which says the link is not (or no longer) valid.</summary>
    public const string OpenPath = "/werkgevers/voordrachten/open";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var isApi = ApiConventions.IsApi(Context);
        string? token = isApi ? Request.Headers[Header] : Request.Cookies[Cookie];
        if (string.IsNullOrWhiteSpace(token))
        {
            return AuthenticateResult.NoResult();
        }

        var checkedLink = await tokens.CheckAsync(token, Context.RequestAborted);
        if (!checkedLink.IsValid)
        {
            return AuthenticateResult.Fail("The employer link is unknown, expired or revoked.");
        }

        var link = checkedLink.Link!;
        await tokens.TouchAsync(link, Context.RequestAborted);
        var identity = new ClaimsIdentity(
            [
                new Claim(WerkbrugClaims.Region, link.RegionCode),
                new Claim(WerkbrugClaims.DisplayName, link.ContactName),
                new Claim(EmployerLinkClaims.Link, link.Id.ToString()),
                new Claim(EmployerLinkClaims.Vacancy, link.VacancyId.ToString()),
                new Claim(EmployerLinkClaims.Employer, link.EmployerId.ToString()),
            ],
            EmployerLinkClaims.Scheme);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), EmployerLinkClaims.Scheme));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (ApiConventions.IsApi(Context))
        {
            return base.HandleChallengeAsync(properties);
        }

        Response.Redirect(OpenPath);
        return Task.CompletedTask;
    }
}
