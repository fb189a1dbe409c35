using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Werkbrug.Web.Infrastructure.Security;

/// <summary>
/// Who is asking, and so which region's data a database query may see. It is read from the signed-in
/// principal of the current request. Start-up work and background jobs run in the explicit system
/// scope (<see cref="EnterSystemScope"/>). Anonymous requests see no regional data at all.
/// <see cref="Persistence.WerkbrugDb"/> applies it to every region-scoped entity in one place.
/// </summary>
public sealed class AccessScope(IHttpContextAccessor http, IOptions<IdentityOptions> identity)
{
    private bool _system;

    public bool IsSystem => _system;

    public ClaimsPrincipal? Principal => http.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public string? RegionCode => IsAuthenticated ? Principal!.FindFirstValue(WerkbrugClaims.Region) : null;

    public Guid? OrganisationId => ParseGuid(WerkbrugClaims.Organisation);

    /// <summary>The partner source system of the bearer token in use, when it is a partner token.</summary>
    public string? SourceSystem => IsAuthenticated ? Principal!.FindFirstValue(WerkbrugClaims.SourceSystem) : null;

    public Guid? UserId => ParseGuid(identity.Value.ClaimsIdentity.UserIdClaimType);

    /// <summary>
    /// The user id when the principal is a national account manager: the region filter of employers and vacancies then
    /// also admits their national accounts in every region (<see cref="Persistence.WerkbrugDb"/>, ADR 0034). Null otherwise.
    /// </summary>
    public Guid? NationalAccountManagerId => !_system && IsInRole(Domain.Organisations.Roles.NationalAccountManager) ? UserId : null;

    public bool IsInRole(string role) => IsAuthenticated && Principal!.IsInRole(role);

    /// <summary>Lifts the region filter for this DI scope. Only for start-up, seeding and background jobs.</summary>
    public void EnterSystemScope() => _system = true;

    /// <summary>A scope outside any request, for design-time tools and tests.</summary>
    public static AccessScope System()
    {
        var scope = new AccessScope(new HttpContextAccessor(), Options.Create(new IdentityOptions()));
        scope.EnterSystemScope();
        return scope;
    }

    private Guid? ParseGuid(string claimType) =>
        IsAuthenticated && Guid.TryParse(Principal!.FindFirstValue(claimType), out var id) ? id : null;
}
