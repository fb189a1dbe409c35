using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Werkbrug.Domain.Audit;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Audit;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.JobSeekers;

/// <summary>How many active profiles of one organisation are fresh, due soon and stale. Counts only: no personal data.</summary>
public sealed record FreshnessCounts(Guid OrganisationId, string Organisation, int Fresh, int DueSoon, int Stale)
{
    public int Total => Fresh + DueSoon + Stale;

    /// <summary>The share of stale profiles, in whole percents (0 without profiles).</summary>
    public int StalePercent => Total == 0 ? 0 : (int)Math.Round(100.0 * Stale / Total, MidpointRounding.AwayFromZero);
}

/// <summary>
/// "Klant in beeld": the case manager's worklist of the own organisation's active job seekers, who to call in next
/// first (stale before due soon before fresh, then the oldest contact), by default only their own clients; with the
/// organisation's freshness counts. Each one listed is recorded in the audit log.
/// </summary>
public static class ClientInView
{
    public sealed record Query : PageRequest
    {
        /// <summary>Only the clients the user is case manager of (default true).</summary>
        public bool? Mine { get; init; }

        /// <summary>Only the stale profiles (default false).</summary>
        public bool? StaleOnly { get; init; }
    }

    public sealed record Row(
        Guid Id, string Pseudonym, string GivenName, string Surname, Freshness Freshness, DateOnly? LastContactOn, DateOnly? AvailableFrom,
        WerkfitStatus WerkfitStatus, string CaseManager, int Version);

    public sealed record View(Paged<Row> Listing, bool Mine, FreshnessCounts Organisation, FreshnessThresholds Thresholds);

    public sealed class Handler(WerkbrugDb db, JobSeekerAccess access, PersonalDataAudit audit, FreshnessOverview.Handler overview, IOptions<FreshnessOptions> options, TimeProvider clock)
    {
        public async Task<Result<View>> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            var errors = InputValidator.Validate(query);
            if (errors.Count > 0)
            {
                return Result<View>.Failure(errors);
            }

            var day = FreshnessOnDay.For(options, clock);
            var mine = query.Mine ?? true;
            var me = db.Scope.UserId ?? Guid.Empty;
            var profiles = access.Identified.Where(j => j.DeregisteredOn == null);
            if (mine)
            {
                profiles = profiles.Where(j => j.CaseManagerUserId == me);
            }

            if (query.StaleOnly == true)
            {
                profiles = profiles.Where(day.Is(Freshness.Stale));
            }

            var found = await profiles.OrderByDescending(day.Bucket).ThenBy(j => j.LastContactOn ?? j.RegisteredOn).ThenBy(j => j.Surname).ThenBy(j => j.Id)
                .Select(j => new
                {
                    j.Id,
                    j.Pseudonym,
                    j.GivenName,
                    j.Surname,
                    j.LastContactOn,
                    j.UpdatedAtUtc,
                    j.RegisteredOn,
                    j.AvailableFrom,
                    j.WerkfitStatus,
                    j.Version,
                    CaseManager = db.Users.Where(u => u.Id == j.CaseManagerUserId).Select(u => u.DisplayName).FirstOrDefault() ?? string.Empty,
                })
                .ToPagedAsync(query, cancellationToken);
            var rows = found.Items.Select(j => new Row(
                j.Id, j.Pseudonym, j.GivenName, j.Surname, day.Of(j.LastContactOn, j.UpdatedAtUtc, j.RegisteredOn), j.LastContactOn, j.AvailableFrom,
                j.WerkfitStatus, j.CaseManager, j.Version)).ToList();
            var counts = await overview.OwnOrganisationAsync(day, cancellationToken);
            await audit.RecordAsync(ProcessingActivities.ProfileManagement, AuditAction.List, rows.Select(r => r.Pseudonym).ToList(), cancellationToken);
            return new View(found.With(rows), mine, counts, day.Thresholds);
        }
    }
}

/// <summary>
/// The share of stale profiles per organisation: case managers and managers see their own organisation, region
/// coordinators every organisation of the region. Counts only, so nothing is recorded in the audit log.
/// </summary>
public static class FreshnessOverview
{
    public sealed record View(DateOnly Today, FreshnessThresholds Thresholds, IReadOnlyList<FreshnessCounts> Organisations);

    public sealed class Handler(WerkbrugDb db, JobSeekerAccess access, IOptions<FreshnessOptions> options, TimeProvider clock)
    {
        public async Task<Result<View>> HandleAsync(CancellationToken cancellationToken)
        {
            var day = FreshnessOnDay.For(options, clock);
            if (!db.Scope.IsInRole(Roles.RegionCoordinator))
            {
                return new View(day.Today, day.Thresholds, [await OwnOrganisationAsync(day, cancellationToken)]);
            }

            var organisations = await db.Organisations.OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken);
            var counts = await CountAsync(access.RegionForCountsOnly, day, cancellationToken);
            return new View(day.Today, day.Thresholds, organisations.Select(o => Counts(o.Id, o.Name, counts)).ToList());
        }

        public async Task<FreshnessCounts> OwnOrganisationAsync(FreshnessOnDay day, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(day);
            var organisation = db.Scope.OrganisationId ?? Guid.Empty;
            var name = await db.Organisations.Where(o => o.Id == organisation).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken) ?? string.Empty;
            var counts = await CountAsync(access.Owned.Where(j => j.DeregisteredOn == null), day, cancellationToken);
            return Counts(organisation, name, counts);
        }

        private static async Task<Dictionary<(Guid, int), int>> CountAsync(IQueryable<JobSeekerProfile> profiles, FreshnessOnDay day, CancellationToken cancellationToken)
        {
            var counted = await profiles.Select(day.OrganisationBucket)
                .GroupBy(b => new { b.OrganisationId, b.Bucket })
                .Select(g => new { g.Key.OrganisationId, g.Key.Bucket, Count = g.Count() })
                .ToListAsync(cancellationToken);
            return counted.ToDictionary(c => (c.OrganisationId, c.Bucket), c => c.Count);
        }

        private static FreshnessCounts Counts(Guid organisation, string name, Dictionary<(Guid, int), int> counts) => new(
            organisation, name,
            counts.GetValueOrDefault((organisation, (int)Freshness.Fresh)),
            counts.GetValueOrDefault((organisation, (int)Freshness.DueSoon)),
            counts.GetValueOrDefault((organisation, (int)Freshness.Stale)));
    }
}
