using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Werkbrug.Web.Infrastructure.Security;

/// <summary>Adds region, organisation and display name to the principal of every sign-in and token.</summary>
public sealed class WerkbrugClaimsFactory(
    UserManager<WerkbrugUser> users, RoleManager<IdentityRole<Guid>> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<WerkbrugUser, IdentityRole<Guid>>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(WerkbrugUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(WerkbrugClaims.Region, user.RegionCode));
        identity.AddClaim(new Claim(WerkbrugClaims.Organisation, user.OrganisationId.ToString()));
        identity.AddClaim(new Claim(WerkbrugClaims.DisplayName, user.DisplayName));
        return identity;
    }
}
