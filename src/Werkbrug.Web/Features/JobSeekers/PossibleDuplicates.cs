using Microsoft.EntityFrameworkCore;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.JobSeekers;

/// <summary>
/// The open duplicate flags of one of the own organisation's profiles: only the other organisation's name, never
/// the other profile's data. Empty for anyone else's profile.
/// </summary>
public static class PossibleDuplicates
{
    public sealed record Flag(string OtherOrganisation, DateTime FoundAtUtc);

    public sealed class Handler(WerkbrugDb db, JobSeekerAccess access)
    {
        /// <summary>For the owner's profile page, whose Read record of the profile covers the flags.</summary>
        public async Task<IReadOnlyList<Flag>> ForProfileAsync(Guid profileId, CancellationToken cancellationToken)
        {
            if (!await access.Owned.AnyAsync(j => j.Id == profileId, cancellationToken))
            {
                return [];
            }

            var flags = await db.PossibleDuplicates
                .Where(d => d.ResolvedAtUtc == null && (d.ProfileAId == profileId || d.ProfileBId == profileId))
                .Select(d => new { Other = d.ProfileAId == profileId ? d.OrganisationBId : d.OrganisationAId, d.FoundAtUtc })
                .ToListAsync(cancellationToken);
            var ids = flags.Select(f => f.Other).Distinct().ToList();
            var names = await db.Organisations.Where(o => ids.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
            return [.. flags.Select(f => new Flag(names.GetValueOrDefault(f.Other) ?? "?", f.FoundAtUtc)).OrderBy(f => f.FoundAtUtc)];
        }
    }
}
