using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Werkbrug.Web.Infrastructure.Security;

/// <summary>Adds region, organisation and display name to the principal of every sign-in and token.</summary>
public sealed class WerkbrugClaimsFactory(
    UserManager<WerkbrugUser> users, RoleManager<IdentityRole<Guid>> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<WerkbrugUser, IdentityRole<Guid>>(users, roles, options)
{
    /// <summary>
    /// The same identity as a sign-in's, from a user and role names already read: what a bearer token authenticates on
    /// every API request, in two queries (token with user, roles) instead of the six or more of
    /// <see cref="UserClaimsPrincipalFactory{TUser,TRole}"/> (user claims, and a role and its claims per role). Werkbrug
    /// stores no user or role claims; a test holds the two identities equal.
    /// </summary>
    public static ClaimsIdentity Identity(WerkbrugUser user, IEnumerable<string> roleNames, ClaimsIdentityOptions names)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(names);
        var identity = new ClaimsIdentity(IdentityConstants.ApplicationScheme, names.UserNameClaimType, names.RoleClaimType);
        identity.AddClaim(new Claim(names.UserIdClaimType, user.Id.ToString()));
        identity.AddClaim(new Claim(names.UserNameClaimType, user.UserName ?? string.Empty));
        if (user.Email is { } email)
        {
            identity.AddClaim(new Claim(names.EmailClaimType, email));
        }

        if (user.SecurityStamp is { } stamp)
        {
            identity.AddClaim(new Claim(names.SecurityStampClaimType, stamp));
        }

        identity.AddClaims(roleNames.Select(r => new Claim(names.RoleClaimType, r)));
        AddWerkbrugClaims(identity, user);
        return identity;
    }

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(WerkbrugUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        AddWerkbrugClaims(identity, user);
        return identity;
    }

    private static void AddWerkbrugClaims(ClaimsIdentity identity, WerkbrugUser user)
    {
        identity.AddClaim(new Claim(WerkbrugClaims.Region, user.RegionCode));
        identity.AddClaim(new Claim(WerkbrugClaims.Organisation, user.OrganisationId.ToString()));
        identity.AddClaim(new Claim(WerkbrugClaims.DisplayName, user.DisplayName));
    }
}
