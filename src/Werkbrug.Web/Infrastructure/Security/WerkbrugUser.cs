using Microsoft.AspNetCore.Identity;
using Werkbrug.Domain.Common;

namespace Werkbrug.Web.Infrastructure.Security;

/// <summary>A staff member. Belongs to one organisation (and so one region), optionally to one team.</summary>
public sealed class WerkbrugUser : IdentityUser<Guid>, IRegionScoped
{
    public WerkbrugUser()
    {
        Id = Ids.New();
        SecurityStamp = Guid.NewGuid().ToString("N");
    }

    public required string DisplayName { get; set; }

    public required string RegionCode { get; set; }

    public Guid OrganisationId { get; set; }

    public Guid? TeamId { get; set; }

    /// <summary>A deactivated user can no longer sign in or use tokens; the account stays for the record.</summary>
    public bool IsActive { get; set; } = true;

    /// <summary>The user asked for a daily e-mail of what is waiting for them (off by default).</summary>
    public bool DailyDigest { get; set; }
}
