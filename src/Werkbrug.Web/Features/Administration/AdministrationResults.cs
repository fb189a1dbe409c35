using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Administration;

/// <summary>Small helpers the administration slices share (this feature only).</summary>
internal static class AdministrationResults
{
    /// <summary>The region of the signed-in administrator; every record they create belongs to it.</summary>
    public static string RegionCode(this WerkbrugDb db) =>
        db.Scope.RegionCode ?? throw new InvalidOperationException("Administration needs a signed-in user with a region.");
}
