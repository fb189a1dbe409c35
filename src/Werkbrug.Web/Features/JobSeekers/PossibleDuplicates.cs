using Microsoft.EntityFrameworkCore;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.JobSeekers;

/// <summary>
/// The open duplicate flags of one of the own organisation's profiles: only the other organisation's name, never
/// the other profile's data (the caller has already checked the profile is the user's organisation's).
/// </summary>
public static class PossibleDuplicateQueries
{
    public sealed record Flag(string OtherOrganisation, DateTime FoundAtUtc);

    public static async Task<IReadOnlyList<Flag>> ForProfileAsync(this WerkbrugDb db, Guid profileId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var flags = await db.PossibleDuplicates
            .Where(d => d.ResolvedAtUtc == null && (d.ProfileAId == profileId || d.ProfileBId == profileId))
            .Select(d => new { Other = d.ProfileAId == profileId ? d.OrganisationBId : d.OrganisationAId, d.FoundAtUtc })
            .ToListAsync(cancellationToken);
        var ids = flags.Select(f => f.Other).Distinct().ToList();
        var names = await db.Organisations.Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        return [.. flags.Select(f => new Flag(names.GetValueOrDefault(f.Other) ?? "?", f.FoundAtUtc)).OrderBy(f => f.FoundAtUtc)];
    }
}
