using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Audit;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Notifications;
using Werkbrug.Web.Features.Notifications;
using Werkbrug.Web.Infrastructure.Audit;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.JobSeekers;

/// <summary>
/// The same person registered by two organisations of the region, found by the BSN's keyed hash when a profile with a
/// BSN is saved (form, API or a real import; a dry run looks at the own organisation only, so it reveals nothing).
/// Profiles are never merged: both owners get a flag and a notification, and the match is recorded in the other
/// person's processing log (<see cref="ProcessingActivities.DuplicateCheck"/>), so a BSN cannot be tried without trace.
/// Owners see only the other organisation's name, never the other profile's data.
/// </summary>
public static class PossibleDuplicates
{
    public sealed record Flag(string OtherOrganisation, DateTime FoundAtUtc);

    /// <summary>A profile of the region with a BSN hash.</summary>
    public sealed record Holder(Guid Id, Guid OrganisationId, Guid CaseManagerUserId, string Pseudonym, string Hash);

    public sealed class Handler(WerkbrugDb db, JobSeekerAccess access, PersonalDataAudit audit, TimeProvider clock)
    {
        /// <summary>For the owner's profile page (those who see the person by name), whose Read record of the profile covers the flags.</summary>
        public async Task<IReadOnlyList<Flag>> ForProfileAsync(Guid profileId, CancellationToken cancellationToken)
        {
            if (!await access.Identified.AnyAsync(j => j.Id == profileId, cancellationToken))
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

        /// <summary>The region's profiles (every organisation) with one of these BSN hashes.</summary>
        public async Task<List<Holder>> HoldersAsync(IReadOnlyCollection<string> hashes, CancellationToken cancellationToken) =>
            hashes.Count == 0 ? [] : await db.JobSeekers.Where(j => j.BsnHash != null && hashes.Contains(j.BsnHash))
                .Select(j => new Holder(j.Id, j.OwnerOrganisationId, j.CaseManagerUserId, j.Pseudonym, j.BsnHash!))
                .ToListAsync(cancellationToken);

        /// <summary>The pairs already flagged among these profiles, both ways round.</summary>
        public async Task<HashSet<(Guid, Guid)>> FlaggedAsync(IReadOnlyCollection<Guid> profileIds, CancellationToken cancellationToken) =>
            (await db.PossibleDuplicates.Where(d => profileIds.Contains(d.ProfileAId) || profileIds.Contains(d.ProfileBId))
                .Select(d => new { d.ProfileAId, d.ProfileBId }).ToListAsync(cancellationToken))
            .SelectMany(d => new[] { (d.ProfileAId, d.ProfileBId), (d.ProfileBId, d.ProfileAId) }).ToHashSet();

        /// <summary>
        /// Flags <paramref name="profile"/> (with its BSN hash set, added or tracked, not yet saved) against the other
        /// organisations' <paramref name="holders"/> of the same hash that are not flagged yet, and notifies both owners;
        /// saved with the profile. Returns the other profiles matched, for <see cref="RecordMatchesAsync"/>.
        /// </summary>
        public IReadOnlyList<Holder> Flag(
            JobSeekerProfile profile, IEnumerable<Holder> holders, HashSet<(Guid, Guid)> flagged, IReadOnlyDictionary<Guid, string> organisationNames)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var matched = holders.Where(h => h.Hash == profile.BsnHash && h.OrganisationId != profile.OwnerOrganisationId).ToList();
            foreach (var other in matched.Where(o => flagged.Add((o.Id, profile.Id))))
            {
                flagged.Add((profile.Id, other.Id));
                db.PossibleDuplicates.Add(new PossibleDuplicate
                {
                    RegionCode = profile.RegionCode,
                    ProfileAId = other.Id,
                    OrganisationAId = other.OrganisationId,
                    ProfileBId = profile.Id,
                    OrganisationBId = profile.OwnerOrganisationId,
                    FoundAtUtc = now,
                });
                db.Notifications.Add(NotificationOutbox.New(
                    profile.RegionCode, other.CaseManagerUserId, NotificationKinds.PossibleDuplicate, "Notification.PossibleDuplicate",
                    [organisationNames.GetValueOrDefault(profile.OwnerOrganisationId) ?? "?"], $"/job-seekers/{other.Id}", now));
                db.Notifications.Add(NotificationOutbox.New(
                    profile.RegionCode, profile.CaseManagerUserId, NotificationKinds.PossibleDuplicate, "Notification.PossibleDuplicate",
                    [organisationNames.GetValueOrDefault(other.OrganisationId) ?? "?"], $"/job-seekers/{profile.Id}", now));
            }

            return matched;
        }

        /// <summary>Records each match in the other person's processing log (saved with the pending changes).</summary>
        public Task RecordMatchesAsync(IEnumerable<Holder> matched, CancellationToken cancellationToken) =>
            audit.RecordAsync(ProcessingActivities.DuplicateCheck, AuditAction.Search, [.. matched.Select(m => m.Pseudonym).Distinct()], cancellationToken);

        /// <summary>For one profile saved through the form or the API: flags it and records the matches.</summary>
        public async Task FlagOneAsync(JobSeekerProfile profile, CancellationToken cancellationToken)
        {
            if (profile.BsnHash is not { } hash)
            {
                return;
            }

            var holders = await HoldersAsync([hash], cancellationToken);
            if (!holders.Any(h => h.OrganisationId != profile.OwnerOrganisationId))
            {
                return;
            }

            var flagged = await FlaggedAsync([profile.Id], cancellationToken);
            var names = await db.Organisations.Where(o => o.RegionCode == profile.RegionCode).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
            await RecordMatchesAsync(Flag(profile, holders, flagged, names), cancellationToken);
        }
    }
}
