using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Employers;
using Werkbrug.Domain.FrontDoor;
using Werkbrug.Domain.NationalArrangements;
using Werkbrug.Domain.Organisations;
using Werkbrug.Domain.Referrals;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Infrastructure.Demo;

/// <summary>
/// The living demo region (<c>Demo:Living</c>, only in appsettings.Demo.json): on top of what <see cref="DemoSeeder"/>
/// made, more staff of the municipalities, UWV and the werkbedrijf in four teams, and the region's work drawn by
/// <see cref="SyntheticWork"/> (the one generator) at the volume of <see cref="Volume"/>, in the region's own
/// municipalities and postcodes; a few large employers are registered in three more regions, so they show as national
/// accounts. The demo users get real work: the account manager's team takes the logistics and technology requests, the
/// case manager's clients are referred by UWV advisers (approvals), and both have aftercare due today. A rerun finds
/// everything and adds nothing. It logs its build time and counts once per start.
/// </summary>
public sealed class LivingDemo(
    WerkbrugDb db, IServiceProvider services, IPasswordHasher<WerkbrugUser> hasher, ILookupNormalizer normalizer, IOptions<DemoOptions> options, TimeProvider clock,
    ILogger<LivingDemo> logger)
{
    private const string Region = DemoSeeder.RegionCode;

    /// <summary>What the generator makes in the region.</summary>
    public static SyntheticData.Options Volume { get; } = new(
        1, 0, 0, Seed: 14, Prefix: "Demo", EmployersPerRegion: 800, VacanciesPerRegion: 400, JobSeekersPerRegion: 4000, Region: Region,
        ContactsPerEmployer: 4, IntakeRequestsPerRegion: 150, ReferralsPerRegion: 600);

    /// <summary>The region's staff: the demo users and their colleagues.</summary>
    public static int StaffCount => DemoSeeder.Users.Count + Colleagues.Length;

    /// <summary>The employers registered in three more regions as well (national accounts).</summary>
    public const int NationalEmployers = 8;

    /// <summary>What the region holds, as printed at start.</summary>
    public sealed record Summary(
        int Staff, int Employers, int ContactMoments, int Vacancies, int VacancyStatuses, int JobSeekers, int IntakeRequests, int OverdueRequests,
        int Referrals, int ReferralStatuses, int Consents, int Placements, int AftercareTasks, int AftercareDueToday, int AftercareOverdue, int AftercareDone,
        int DurabilityRecorded, int Notifications);

    private static readonly (string Name, string Kind, string[] Focus)[] Teams =
    [
        ("Team Amersfoort en Leusden", "geographic", ["Amersfoort", "Leusden", "Woudenberg"]),
        ("Brancheteam Zorg en Dienstverlening", "sector", ["G", "I", "N", "Q"]),
    ];

    /// <summary>More staff: e-mail name, display name, role, organisation, team (null: none).</summary>
    private static readonly (string Email, string Name, string Role, string Organisation, string? Team)[] Colleagues =
    [
        ("sven.degraaf", "Sven de Graaf", Roles.AccountManager, "Gemeente Amersfoort", "Team Amersfoort en Leusden"),
        ("esra.kaya", "Esra Kaya", Roles.AccountManager, "Gemeente Amersfoort", "Brancheteam Zorg en Dienstverlening"),
        ("joost.verhoeven", "Joost Verhoeven", Roles.AccountManager, "UWV Amersfoort", "Brancheteam Logistiek en Techniek"),
        ("priya.ramdin", "Priya Ramdin", Roles.AccountManager, "UWV Amersfoort", "Team Eemland-Noord"),
        ("ingrid.post", "Ingrid Post", Roles.AccountManager, "Werkbedrijf Eemland", "Team Amersfoort en Leusden"),
        ("evelien.stam", "Evelien Stam", Roles.AccountManager, "Gemeente Soest", "Team Eemland-Noord"),
        ("lisa.vandam", "Lisa van Dam", Roles.CaseManager, "Gemeente Amersfoort", null),
        ("tom.hermans", "Tom Hermans", Roles.CaseManager, "Gemeente Amersfoort", null),
        ("wendy.kok", "Wendy Kok", Roles.CaseManager, "UWV Amersfoort", null),
        ("hamza.ouali", "Hamza Ouali", Roles.CaseManager, "UWV Amersfoort", null),
        ("mark.veenstra", "Mark Veenstra", Roles.CaseManager, "Werkbedrijf Eemland", null),
        ("rob.timmer", "Rob Timmer", Roles.CaseManager, "Gemeente Soest", null),
        ("bas.kuipers", "Bas Kuipers", Roles.CaseManager, "Gemeente Nijkerk", null),
        ("linda.hoekstra", "Linda Hoekstra", Roles.CaseManager, "Gemeente Leusden", null),
        ("sandra.willems", "Sandra Willems", Roles.Manager, "Werkbedrijf Eemland", null),
        ("peter.dijkstra", "Peter Dijkstra", Roles.Manager, "Gemeente Amersfoort", null),
    ];

    /// <summary>The region's municipalities with the first three digits of their postcodes, listed by weight (Amersfoort is half the region).</summary>
    private static readonly (string Municipality, string[] Pc3)[] Places =
    [
        ("Amersfoort", ["381", "382"]), ("Amersfoort", ["381", "382"]), ("Amersfoort", ["381", "382"]), ("Amersfoort", ["381", "382"]),
        ("Baarn", ["374"]), ("Bunschoten", ["375"]), ("Leusden", ["383"]), ("Nijkerk", ["386"]), ("Soest", ["376"]), ("Soest", ["376"]), ("Woudenberg", ["393"]),
    ];

    public async Task<Summary> BuildAsync(CancellationToken cancellationToken)
    {
        db.Scope.EnterSystemScope();
        var stopwatch = Stopwatch.StartNew();
        var staff = await StaffAsync(cancellationToken);
        var pc4s = await db.PostcodeAreas.Select(p => p.Pc4).ToListAsync(cancellationToken);
        var places = Places.Select(p => new SyntheticWork.Place(p.Municipality, [.. pc4s.Where(c => p.Pc3.Any(c.StartsWith)).Order(StringComparer.Ordinal)])).ToList();
        var work = ActivatorUtilities.CreateInstance<SyntheticWork>(services);
        var added = await work.WriteAsync(new SyntheticWork.Batch(Region, 90, string.Empty, "demo-am14-", places, staff), Volume, cancellationToken);
        if (added.Employers > 0)
        {
            await RegisterNationalAccountsAsync(cancellationToken);
            await GiveNationalAccountManagerFollowUpsAsync(cancellationToken);
        }

        if (added.Referrals > 0)
        {
            await GiveDemoUsersTodaysWorkAsync(cancellationToken);
        }

        await DemoPoolHistory.AddAsync(
            db, Region, DutchTime.Today(clock), services.GetRequiredService<IOptions<Features.JobSeekers.FreshnessOptions>>().Value.Thresholds, cancellationToken);
        await DemoPopulation.AddAsync(db, Region, DutchTime.Today(clock).Year, cancellationToken);
        var summary = await SummariseAsync(cancellationToken);
        logger.LogInformation(
            "Demo region {Region}: {Added} in {Seconds} s. It holds {Summary}.", Region, added == new SyntheticWork.Counts(0, 0, 0) ? "nothing to add" : "built",
            stopwatch.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture), summary);
        return summary;
    }

    /// <summary>The colleagues and teams (added when missing) and who gets the work: the demo users more than the others.</summary>
    private async Task<SyntheticWork.Staff> StaffAsync(CancellationToken cancellationToken)
    {
        var servicePoint = await db.ServicePoints.Where(s => s.RegionCode == Region && s.Name == DemoSeeder.ServicePointName).Select(s => s.Id).SingleAsync(cancellationToken);
        var teams = await db.Teams.Where(t => t.RegionCode == Region).ToDictionaryAsync(t => t.Name, cancellationToken);
        foreach (var (name, kind, focus) in Teams.Where(t => !teams.ContainsKey(t.Name)))
        {
            teams[name] = new Team { RegionCode = Region, ServicePointId = servicePoint, Name = name, Kind = kind == "sector" ? TeamKind.Sector : TeamKind.Geographic, Focus = [.. focus] };
            db.Teams.Add(teams[name]);
        }

        var organisations = await db.Organisations.Where(o => o.RegionCode == Region).ToDictionaryAsync(o => o.Name, o => o.Id, cancellationToken);
        var roleIds = await db.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id, cancellationToken);
        var existing = await db.Users.Where(u => u.RegionCode == Region && u.Email!.EndsWith("@demo.werkbrug.nl")).ToDictionaryAsync(u => u.Email!, cancellationToken);
        var password = hasher.HashPassword(new WerkbrugUser { DisplayName = string.Empty, RegionCode = Region }, options.Value.Password);
        foreach (var colleague in Colleagues.Where(c => !existing.ContainsKey(Email(c.Email))))
        {
            existing[Email(colleague.Email)] = SyntheticData.AddUser(db, normalizer, password, Region, Email(colleague.Email), colleague.Name,
                organisations[colleague.Organisation], colleague.Team is null ? null : teams[colleague.Team].Id, [roleIds[colleague.Role]]);
        }

        await db.SaveChangesAsync(cancellationToken);
        SyntheticWork.Person Person(string email) => new(existing[email].Id, existing[email].OrganisationId, existing[email].TeamId);
        var accountManager = Person(DemoSeeder.Users.Single(u => u.Role == Roles.AccountManager).Email);
        var caseManager = Person(DemoSeeder.Users.Single(u => u.Role == Roles.CaseManager).Email);
        // The demo account manager first: front-door requests go to the first adviser of the team they are routed to.
        return new SyntheticWork.Staff(
            [accountManager, accountManager, accountManager, .. Colleagues.Where(c => c.Role == Roles.AccountManager).Select(c => Person(Email(c.Email)))],
            [caseManager, caseManager, .. Colleagues.Where(c => c.Role == Roles.CaseManager).Select(c => Person(Email(c.Email)))]);
    }

    private static string Email(string name) => $"{name}@demo.werkbrug.nl";

    /// <summary>The largest employers are registered in three more regions as well, and are the demo national account manager's accounts (ADR 0034).</summary>
    private async Task RegisterNationalAccountsAsync(CancellationToken cancellationToken)
    {
        var others = await db.Municipalities.Where(m => m.RegionCode != Region).OrderBy(m => m.RegionCode).ThenBy(m => m.Name)
            .Select(m => new { m.RegionCode, m.Name }).ToListAsync(cancellationToken);
        var regions = others.GroupBy(m => m.RegionCode).Take(Employer.NationalRegionThreshold - 1).Select(g => g.First()).ToList();
        var national = await db.Employers.AsNoTracking().Where(e => e.RegionCode == Region && e.SizeClass == SizeClass.Employees250Plus)
            .OrderBy(e => e.KvkNumber).Take(NationalEmployers)
            .Select(e => new { e.KvkNumber, e.TradeName, e.SizeClass, e.SbiCodes, e.CreatedAtUtc, e.UpdatedAtUtc, e.Locations }).ToListAsync(cancellationToken);
        var email = DemoSeeder.Users.Single(d => d.Role == Roles.NationalAccountManager).Email;
        var nationalManager = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(cancellationToken);
        foreach (var employer in national)
        {
            foreach (var region in regions)
            {
                var copy = new Employer
                {
                    RegionCode = region.RegionCode,
                    KvkNumber = employer.KvkNumber,
                    SizeClass = employer.SizeClass,
                    Status = EmployerStatus.Client,
                    CreatedAtUtc = employer.CreatedAtUtc,
                    CreatedByUserId = nationalManager,
                    UpdatedAtUtc = employer.UpdatedAtUtc,
                };
                copy.Rename(employer.TradeName);
                copy.SetSbiCodes(employer.SbiCodes);
                copy.Locations.Add(new EmployerLocation { AddressLine = "Hoofdkantoor", Postcode = employer.Locations[0].Postcode, Pc4 = employer.Locations[0].Pc4, MunicipalityName = region.Name });
                db.Employers.Add(copy);
            }

            db.NationalAccounts.Add(new NationalAccount
            {
                KvkNumber = employer.KvkNumber,
                Name = employer.TradeName,
                ManagerUserId = nationalManager,
                CreatedAtUtc = employer.CreatedAtUtc,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// The demo users' aftercare for today: the case manager takes over the contact moments of their own clients'
    /// placements, the national account manager those at national accounts, and each of the three has a task due today
    /// and one overdue.
    /// </summary>
    private async Task GiveDemoUsersTodaysWorkAsync(CancellationToken cancellationToken)
    {
        var today = DutchTime.Today(clock);
        var demo = await db.Users.Where(u => u.RegionCode == Region).Select(u => new { u.Id, u.Email }).ToDictionaryAsync(u => u.Email!, u => u.Id, cancellationToken);
        var accountManager = demo[DemoSeeder.Users.Single(u => u.Role == Roles.AccountManager).Email];
        var caseManager = demo[DemoSeeder.Users.Single(u => u.Role == Roles.CaseManager).Email];
        var open = db.AftercareTasks.Where(t => t.RegionCode == Region && t.CompletedOn == null);
        foreach (var task in await open.Where(t => t.Kind == AftercareTaskKind.ContactMoment
            && db.Referrals.Any(r => r.Id == t.ReferralId && db.JobSeekers.Any(j => j.Id == r.JobSeekerId && j.CaseManagerUserId == caseManager))).ToListAsync(cancellationToken))
        {
            task.Reschedule(task.DueOn, caseManager, task.Label);
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var user in new[] { accountManager, caseManager })
        {
            var mine = await open.Where(t => t.AssigneeUserId == user).OrderBy(t => t.DueOn).ThenBy(t => t.Id).Take(2).ToListAsync(cancellationToken);
            foreach (var (task, due) in mine.Zip([today, today.AddDays(-3)]))
            {
                task.Reschedule(due, user, task.Label);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The national account manager's follow-ups with two national accounts in the region: one due today, one late.</summary>
    private async Task GiveNationalAccountManagerFollowUpsAsync(CancellationToken cancellationToken)
    {
        var today = DutchTime.Today(clock);
        var email = DemoSeeder.Users.Single(d => d.Role == Roles.NationalAccountManager).Email;
        var manager = await db.Users.Where(u => u.Email == email).Select(u => new { u.Id, u.OrganisationId }).SingleAsync(cancellationToken);
        var accounts = await db.Employers.Where(e => e.RegionCode == Region && db.Employers.Any(o => o.RegionCode != Region && o.KvkNumber == e.KvkNumber))
            .OrderBy(e => e.KvkNumber).Select(e => e.Id).Take(2).ToListAsync(cancellationToken);
        foreach (var (employer, due) in accounts.Zip([today, today.AddDays(-2)]))
        {
            var at = DutchTime.FromLocal(due.AddDays(-14).ToDateTime(new TimeOnly(10, 0))).UtcDateTime;
            db.ContactMoments.Add(new ContactMoment
            {
                RegionCode = Region,
                EmployerId = employer,
                OccurredAtUtc = at,
                Channel = ContactChannel.Video,
                Initiator = ContactInitiator.ServicePoint,
                AdviserUserId = manager.Id,
                OrganisationId = manager.OrganisationId,
                Topics = [ContactTopics.Vacancy],
                Note = "Landelijke afspraak over instroom via de regio's besproken",
                FollowUp = "Terugkoppelen hoe de regio Amersfoort de afspraak uitvoert",
                FollowUpDue = due,
                LoggedAtUtc = at,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<Summary> SummariseAsync(CancellationToken cancellationToken)
    {
        var today = DutchTime.Today(clock);
        var tasks = db.AftercareTasks.Where(t => t.RegionCode == Region);
        var placements = db.Placements.Where(p => p.RegionCode == Region);
        var openRequests = new[] { IntakeRequestStatus.New, IntakeRequestStatus.InProgress };
        return new Summary(
            await db.Users.CountAsync(u => u.RegionCode == Region, cancellationToken),
            await db.Employers.CountAsync(e => e.RegionCode == Region, cancellationToken),
            await db.ContactMoments.CountAsync(c => c.RegionCode == Region, cancellationToken),
            await db.Vacancies.CountAsync(v => v.RegionCode == Region, cancellationToken),
            await db.Vacancies.Where(v => v.RegionCode == Region).Select(v => v.Status).Distinct().CountAsync(cancellationToken),
            await db.JobSeekers.CountAsync(j => j.RegionCode == Region, cancellationToken),
            await db.IntakeRequests.CountAsync(r => r.RegionCode == Region, cancellationToken),
            await db.IntakeRequests.CountAsync(r => r.RegionCode == Region && openRequests.Contains(r.Status) && r.DueDate < today, cancellationToken),
            await db.Referrals.CountAsync(r => r.RegionCode == Region, cancellationToken),
            await db.Referrals.Where(r => r.RegionCode == Region).Select(r => r.Status).Distinct().CountAsync(cancellationToken),
            await db.Consents.CountAsync(c => c.RegionCode == Region, cancellationToken),
            await placements.CountAsync(cancellationToken),
            await tasks.CountAsync(cancellationToken),
            await tasks.CountAsync(t => t.CompletedOn == null && t.DueOn == today, cancellationToken),
            await tasks.CountAsync(t => t.CompletedOn == null && t.DueOn < today, cancellationToken),
            await tasks.CountAsync(t => t.CompletedOn != null, cancellationToken),
            await placements.CountAsync(p => p.EmployedAtSixMonths != null || p.EmployedAtTwelveMonths != null, cancellationToken),
            await db.Notifications.CountAsync(n => n.RegionCode == Region, cancellationToken));
    }
}
