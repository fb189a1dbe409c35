using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Administration;

/// <summary>Small helpers the administration slices share (this feature only).</summary>
internal static class AdministrationResults
{
    /// <summary>The edit was made from an older version than the stored one.</summary>
    public static readonly Error StaleVersion = Error.Conflict("Error.StaleVersion");

    /// <summary>The region of the signed-in administrator; every record they create belongs to it.</summary>
    public static string RegionCode(this WerkbrugDb db) =>
        db.Scope.RegionCode ?? throw new InvalidOperationException("Administration needs a signed-in user with a region.");

    /// <summary>Saves once; losing the race with another editor becomes <see cref="StaleVersion"/> and nothing is saved.</summary>
    public static async Task<Error?> SaveOrConflictAsync(this WerkbrugDb db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            return StaleVersion;
        }
    }
}
