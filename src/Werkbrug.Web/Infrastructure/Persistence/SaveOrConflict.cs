using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;

namespace Werkbrug.Web.Infrastructure.Persistence;

/// <summary>The one way a handler saves an edit made from a version it read (optimistic concurrency).</summary>
public static class SaveOrConflict
{
    /// <summary>The edit was made from an older version than the stored one.</summary>
    public static readonly Error StaleVersion = Error.Conflict("Error.StaleVersion");

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
