using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Audit;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Audit;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.JobSeekers;

/// <summary>Query helpers the job-seeker slices share.</summary>
public static class JobSeekerQueries
{
    public static IQueryable<JobSeekerSummary> ToSummaries(this IQueryable<JobSeekerProfile> profiles, WerkbrugDb db) =>
        profiles.Select(j => new JobSeekerSummary(
            j.Id, j.Pseudonym, j.GivenName, j.Surname, j.WerkfitStatus, j.AvailableFrom, j.LastContactOn,
            db.Users.Where(u => u.Id == j.CaseManagerUserId).Select(u => u.DisplayName).FirstOrDefault() ?? string.Empty,
            j.DeregisteredOn == null));

    /// <summary>Display names of the users and organisations a full profile mentions.</summary>
    public static async Task<IReadOnlyDictionary<Guid, string>> NamesForAsync(this WerkbrugDb db, JobSeekerProfile profile, CancellationToken cancellationToken)
    {
        var users = new[] { profile.CaseManagerUserId, profile.WerkfitAssessedByUserId };
        var names = await db.Users.Where(u => users.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var organisation = await db.Organisations.Where(o => o.Id == profile.OwnerOrganisationId).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken);
        names[profile.OwnerOrganisationId] = organisation ?? string.Empty;
        return names;
    }
}

/// <summary>
/// The own organisation's job seekers (active and deregistered) by name, 50 per page, optionally filtered by name: for
/// its case managers and managers (<see cref="JobSeekerAccess.Identified"/>); empty for the roles that see them pseudonymised.
/// </summary>
public static class JobSeekerList
{
    public sealed record Query : PageRequest
    {
        [StringLength(JobSeekerLimits.Name)]
        public string? Q { get; init; }
    }

    public sealed class Handler(WerkbrugDb db, JobSeekerAccess access, PersonalDataAudit audit)
    {
        public async Task<Result<Paged<JobSeekerSummary>>> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            var errors = InputValidator.Validate(query);
            if (errors.Count > 0)
            {
                return Result<Paged<JobSeekerSummary>>.Failure(errors);
            }

            var profiles = access.Identified;
            if (InputText.Clean(query.Q) is { } q)
            {
                var lower = q.ToLowerInvariant();
                // Translated to SQL lower(...) LIKE on both providers; culture rules do not apply in the database.
#pragma warning disable CA1304, CA1311, CA1862
                profiles = profiles.Where(j => (j.GivenName + " " + j.Surname).ToLower().Contains(lower));
#pragma warning restore CA1304, CA1311, CA1862
            }

            var page = await profiles.OrderBy(j => j.Surname).ThenBy(j => j.GivenName).ThenBy(j => j.Id)
                .ToSummaries(db).ToPagedAsync(query, cancellationToken);
            await audit.RecordAsync(ProcessingActivities.ProfileManagement, AuditAction.List, page.Items.Select(i => i.Pseudonym).ToList(), cancellationToken);
            return page;
        }
    }
}

/// <summary>The region's active job seekers the user sees as pseudonymised matching profiles (<see cref="JobSeekerAccess.RegionalPool"/>).</summary>
public static class RegionalPool
{
    public sealed record Query : PageRequest;

    public sealed class Handler(JobSeekerAccess access, PersonalDataAudit audit, TimeProvider clock)
    {
        public async Task<Result<Paged<MatchingProfileView>>> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            var errors = InputValidator.Validate(query);
            if (errors.Count > 0)
            {
                return Result<Paged<MatchingProfileView>>.Failure(errors);
            }

            var page = await access.RegionalPool.AsNoTracking().OrderBy(j => j.Pseudonym).ToPagedAsync(query, cancellationToken);
            var today = DutchTime.Today(clock);
            await audit.RecordAsync(ProcessingActivities.RegionalMatching, AuditAction.List, page.Items.Select(p => p.Pseudonym).ToList(), cancellationToken);
            return page.With(page.Items.Select(p => MatchingProfileView.From(p, today)).ToList());
        }

        public async Task<Result<MatchingProfileView>> OneAsync(string pseudonym, CancellationToken cancellationToken)
        {
            if (!Pseudonyms.IsWellFormed(pseudonym))
            {
                return Error.NotFound();
            }

            var profile = await access.RegionalPool.AsNoTracking().FirstOrDefaultAsync(j => j.Pseudonym == pseudonym, cancellationToken);
            if (profile is null)
            {
                return Error.NotFound();
            }

            await audit.RecordAsync(ProcessingActivities.RegionalMatching, AuditAction.Read, [profile.Pseudonym], cancellationToken);
            return MatchingProfileView.From(profile, DutchTime.Today(clock));
        }
    }
}

/// <summary>
/// One job seeker as <see cref="JobSeekerAccess"/> shows them: by name to the owner organisation's case managers (full)
/// and managers (supervision), as the matching profile (plus what a grant unlocks) to everybody else of the region.
/// </summary>
public static class JobSeekerDetails
{
    /// <summary>
    /// <see cref="Full"/> for a level that shows the identity; <see cref="Shared"/> for a pseudonymised reader with a grant;
    /// <see cref="Matching"/> always (what the region sees; for the owner too, so they know).
    /// </summary>
    public sealed record View(DisclosureLevel Level, FullProfile? Full, MatchingProfileView Matching, SharedProfile? Shared = null);

    public sealed class Handler(WerkbrugDb db, JobSeekerAccess access, PersonalDataVault vault, PersonalDataAudit audit, TimeProvider clock)
    {
        public Task<Result<View>> HandleAsync(Guid id, CancellationToken cancellationToken) => ReadAsync(id, record: true, cancellationToken);

        /// <summary>
        /// The profile a create or update just saved, for its response: that write's own audit record (Create or
        /// Update, same request) already covers returning it, so no second record is written.
        /// </summary>
        public Task<Result<View>> AfterWriteAsync(Guid id, CancellationToken cancellationToken) => ReadAsync(id, record: false, cancellationToken);

        private async Task<Result<View>> ReadAsync(Guid id, bool record, CancellationToken cancellationToken)
        {
            var profile = await db.JobSeekers.AsNoTracking().FirstOrDefaultAsync(j => j.Id == id, cancellationToken);
            var level = profile is null ? DisclosureLevel.None : access.Of(profile);
            if (profile is null || level == DisclosureLevel.None)
            {
                return Error.NotFound();
            }

            var today = DutchTime.Today(clock);
            if (level == DisclosureLevel.Pseudonymised && await access.GrantsAsync(profile, cancellationToken) is var granted and not DataCategories.None)
            {
                var owner = await db.Organisations.Where(o => o.Id == profile.OwnerOrganisationId).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken);
                await audit.RecordAsync(ProcessingActivities.SharingOnConsent, AuditAction.Read, [profile.Pseudonym], cancellationToken);
                return new View(level, null, MatchingProfileView.From(profile, today), SharedProfile.From(profile, granted, vault, owner ?? string.Empty, today));
            }

            if (level == DisclosureLevel.Pseudonymised)
            {
                await audit.RecordAsync(ProcessingActivities.RegionalMatching, AuditAction.Read, [profile.Pseudonym], cancellationToken);
                return new View(level, null, MatchingProfileView.From(profile, today));
            }

            var names = await db.NamesForAsync(profile, cancellationToken);
            if (record)
            {
                await audit.RecordAsync(ProcessingActivities.ProfileManagement, AuditAction.Read, [profile.Pseudonym], cancellationToken);
            }

            return new View(level, FullProfile.From(profile, level, vault, names), MatchingProfileView.From(profile, today));
        }
    }
}

/// <summary>
/// Exact search by BSN within the own organisation's job seekers the user may see by name (case managers and managers;
/// nothing for anyone else). The number arrives in a POST body only, never in a URL.
/// </summary>
public static class FindByBsn
{
    public sealed record Command
    {
        [Required]
        [StringLength(JobSeekerLimits.BsnInput)]
        public string? Bsn { get; init; }
    }

    public sealed class Handler(WerkbrugDb db, JobSeekerAccess access, PersonalDataVault vault, PersonalDataAudit audit)
    {
        public async Task<Result<Paged<JobSeekerSummary>>> HandleAsync(Command command, PageRequest paging, CancellationToken cancellationToken)
        {
            var errors = InputValidator.Validate(command);
            errors.AddRange(InputValidator.Validate(paging));
            var bsn = Bsn.Normalise(command.Bsn);
            if (errors.Count == 0 && bsn is null)
            {
                errors.Add(Error.Validation("Bsn", "JobSeeker.InvalidBsn"));
            }

            if (errors.Count > 0)
            {
                return Result<Paged<JobSeekerSummary>>.Failure(errors);
            }

            var hash = await vault.BsnHashAsync(db.Scope.RegionCode!, bsn!, cancellationToken);
            var found = await access.Identified.Where(j => j.BsnHash == hash).OrderBy(j => j.Id).ToSummaries(db).ToPagedAsync(paging, cancellationToken);
            await audit.RecordAsync(ProcessingActivities.ProfileManagement, AuditAction.Search, found.Items.Select(f => f.Pseudonym).ToList(), cancellationToken);
            return found;
        }
    }
}
