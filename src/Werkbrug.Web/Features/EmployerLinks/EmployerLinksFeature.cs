using Microsoft.AspNetCore.Authentication;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.EmployerLinks;

/// <summary>
/// The employer link: registration (handlers and the link's own authentication scheme) and the endpoints
/// (<see cref="EmployerLinkEndpoints"/>: the employer's API and the staff API that makes, lists and revokes links).
/// </summary>
public static class EmployerLinksFeature
{
    public static IServiceCollection AddEmployerLinks(this IServiceCollection services)
    {
        services.AddScoped<EmployerLinkTokens>();
        services.AddScoped<ManageEmployerLinks.Handler>();
        services.AddScoped<EmployerReferrals.Handler>();
        // The employer's personal link; only Policies.EmployerLink asks for it, the default scheme never forwards to it.
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, EmployerLinkAuthenticationHandler>(EmployerLinkClaims.Scheme, null);
        return services;
    }

    public static void MapEmployerLinks(this RouteGroupBuilder api) => EmployerLinkEndpoints.Map(api);
}
