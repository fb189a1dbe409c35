using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Employers;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Employers;

/// <summary>Everything the region knows about one employer: data, locations, people, account manager, interests, contacts.</summary>
public static class EmployerDetails
{
    public sealed record View(
        Guid Id,
        string KvkNumber,
        string TradeName,
        IReadOnlyList<SbiCodeView> SbiCodes,
        SizeClass SizeClass,
        EmployerStatus Status,
        bool IsNational,
        int RegionCount,
        IReadOnlyList<LocationView> Locations,
        IReadOnlyList<ContactPersonView> ContactPersons,
        AccountManagerView? AccountManager,
        IReadOnlyList<HandoverView> Handovers,
        IReadOnlyList<InterestView> TargetGroupInterests,
        IReadOnlyList<ContactTimeline.Entry> Timeline,
        IReadOnlyList<ContactTimeline.Entry> OpenFollowUps,
        DateTime CreatedAtUtc,
        DateTime UpdatedAtUtc,
        int Version);

    public sealed record SbiCodeView(string Code, string Section);

    public sealed record LocationView(Guid Id, string AddressLine, string Postcode, string Pc4, string MunicipalityName, string? RegionCode);

    public sealed record ContactPersonView(
        Guid Id, string Name, string? JobTitle, string? Phone, string? Email,
        PreferredChannel? PreferredChannel);

    public sealed record AccountManagerView(Guid UserId, string Name, Guid OrganisationId, string OrganisationName, Guid? TeamId, string? TeamName, DateTime? SinceUtc);

    public sealed record HandoverView(Guid Id, Guid? FromUserId, string? FromName, Guid ToUserId, string ToName, Guid? TeamId, string? TeamName, DateTime AtUtc, Guid ByUserId, string ByName, string? Reason);

    public sealed record InterestView(Guid Id, string GroupCode, DateOnly Since, string? Source, DateTime RegisteredAtUtc, string RegisteredByName);

    public sealed class Handler(WerkbrugDb db)
    {
        public async Task<Result<View>> HandleAsync(Guid id, CancellationToken cancellationToken)
        {
            var employer = await db.Employers.AsNoTracking().AsSplitQuery().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
            if (employer is null)
            {
                return Error.NotFound();
            }

            var names = await NamesAsync(employer, cancellationToken);
            var timeline = await db.Timeline(id).ToListAsync(cancellationToken);
            var regionCount = (await db.RegionCountsAsync([employer.KvkNumber], cancellationToken)).GetValueOrDefault(employer.KvkNumber);
            return new View(
                employer.Id,
                employer.KvkNumber,
                employer.TradeName,
                employer.SbiCodes.Select(c => new SbiCodeView(c, Sbi.SectionOf(c) ?? string.Empty)).ToList(),
                employer.SizeClass,
                employer.Status,
                Domain.Employers.NationalAccounts.IsNational(regionCount),
                regionCount,
                employer.Locations.OrderBy(l => l.MunicipalityName).ThenBy(l => l.Postcode)
                    .Select(l => new LocationView(l.Id, l.AddressLine, l.Postcode, l.Pc4, l.MunicipalityName, names.RegionOf.GetValueOrDefault(l.MunicipalityName))).ToList(),
                employer.ContactPersons.OrderBy(p => p.Name)
                    .Select(p => new ContactPersonView(p.Id, p.Name, p.JobTitle, p.Phone, p.Email, p.PreferredChannel)).ToList(),
                names.AccountManager,
                employer.Handovers.OrderByDescending(h => h.AtUtc)
                    .Select(h => new HandoverView(h.Id, h.FromUserId, h.FromUserId is null ? null : names.User(h.FromUserId), h.ToUserId, names.User(h.ToUserId),
                        h.TeamId, names.Team(h.TeamId), h.AtUtc, h.ByUserId, names.User(h.ByUserId), h.Reason))
                    .ToList(),
                employer.TargetGroupInterests.OrderBy(i => TargetGroups.Codes.ToList().IndexOf(i.GroupCode))
                    .Select(i => new InterestView(i.Id, i.GroupCode, i.Since, i.Source, i.RegisteredAtUtc, names.User(i.RegisteredByUserId))).ToList(),
                timeline,
                timeline.Where(c => c.FollowUp is not null && c.FollowUpDoneAtUtc is null)
                    .OrderBy(c => c.FollowUpDue ?? DateOnly.MaxValue).ThenBy(c => c.OccurredAtUtc).ToList(),
                employer.CreatedAtUtc,
                employer.UpdatedAtUtc,
                employer.Version);
        }

        /// <summary>The names of the users, teams and regions the employer refers to (all in the user's region, or reference data).</summary>
        private async Task<Names> NamesAsync(Employer employer, CancellationToken cancellationToken)
        {
            var userIds = employer.Handovers.SelectMany(h => new[] { h.ToUserId, h.ByUserId, h.FromUserId ?? Guid.Empty })
                .Concat(employer.TargetGroupInterests.Select(i => i.RegisteredByUserId))
                .Append(employer.AccountManagerUserId ?? Guid.Empty)
                .Distinct().ToList();
            var users = await db.Users.Where(u => userIds.Contains(u.Id))
                .Select(u => new { u.Id, u.DisplayName, u.OrganisationId, Organisation = db.Organisations.Where(o => o.Id == u.OrganisationId).Select(o => o.Name).FirstOrDefault() })
                .ToDictionaryAsync(u => u.Id, cancellationToken);
            var teamIds = employer.Handovers.Select(h => h.TeamId).Append(employer.AccountManagerTeamId).OfType<Guid>().Distinct().ToList();
            var teams = await db.Teams.Where(t => teamIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
            var municipalities = employer.Locations.Select(l => l.MunicipalityName).Distinct().ToList();
            var regionOf = await db.Municipalities.Where(m => municipalities.Contains(m.Name)).ToDictionaryAsync(m => m.Name, m => m.RegionCode, cancellationToken);

            AccountManagerView? accountManager = null;
            if (employer.AccountManagerUserId is { } managerId && users.TryGetValue(managerId, out var manager))
            {
                var teamId = employer.AccountManagerTeamId;
                accountManager = new AccountManagerView(
                    managerId, manager.DisplayName, manager.OrganisationId, manager.Organisation ?? string.Empty,
                    teamId, teamId is { } t ? teams.GetValueOrDefault(t) : null,
                    employer.Handovers.Where(h => h.ToUserId == managerId).Select(h => (DateTime?)h.AtUtc).Max());
            }

            return new Names(users.ToDictionary(u => u.Key, u => u.Value.DisplayName), teams, regionOf, accountManager);
        }
    }

    private sealed record Names(
        IReadOnlyDictionary<Guid, string> Users, IReadOnlyDictionary<Guid, string> Teams, IReadOnlyDictionary<string, string> RegionOf, AccountManagerView? AccountManager)
    {
        public string User(Guid? id) => id is { } u ? Users.GetValueOrDefault(u) ?? string.Empty : string.Empty;

        public string? Team(Guid? id) => id is { } t ? Teams.GetValueOrDefault(t) : null;
    }
}
