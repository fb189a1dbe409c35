using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Werkbrug.Domain.Instruments;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Infrastructure.Demo;

/// <summary>The `Demo` section. Seed and Living are on only in appsettings.Demo.json; start-up refuses either in Production.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    public bool Seed { get; set; }

    /// <summary>Fills the seeded region with a living region's work (<see cref="LivingDemo"/>); needs <see cref="Seed"/>.</summary>
    public bool Living { get; set; }

    /// <summary>The password of every demo user (documented in the README).</summary>
    public string Password { get; set; } = "Werkbrug-demo-2026";
}

/// <summary>
/// Seeds the demo region Amersfoort (AM14) on an empty database: its service point, the municipalities,
/// UWV and a werkbedrijf as organisations, two teams, one user per role and one API token per user, and the instrument
/// catalogue: the national starter set and a regional set of the demo region (<c>instruments-am14.json</c>, invented).
/// Runs once; later starts find the service point and only print the logins again.
/// </summary>
public sealed class DemoSeeder(WerkbrugDb db, UserManager<WerkbrugUser> users, IOptions<DemoOptions> options,
    TimeProvider clock, ILogger<DemoSeeder> logger)
{
    public const string RegionCode = "AM14";
    public const string ServicePointName = "Werkgeversservicepunt Regio Amersfoort";

    /// <summary>Demo users: role, e-mail, name, organisation name.</summary>
    public static IReadOnlyList<(string Role, string Email, string Name, string Organisation)> Users { get; } =
    [
        (Roles.AccountManager, "accountmanager@demo.werkbrug.nl", "Anouk de Vries", "Gemeente Amersfoort"),
        (Roles.CaseManager, "klantmanager@demo.werkbrug.nl", "Karim El Amrani", "Gemeente Amersfoort"),
        (Roles.Manager, "manager@demo.werkbrug.nl", "Marieke Jansen", "UWV Amersfoort"),
        (Roles.RegionCoordinator, "regievoerder@demo.werkbrug.nl", "Ruud Bakker", "Gemeente Amersfoort"),
        (Roles.NationalAccountManager, "landelijk@demo.werkbrug.nl", "Nadia Visser", "LWSP Gemeenten"),
        (Roles.Analyst, "analist@demo.werkbrug.nl", "Anton Smit", "Gemeente Amersfoort"),
        (Roles.Administrator, "beheerder@demo.werkbrug.nl", "Bea Mulder", "Gemeente Amersfoort"),
    ];

    /// <summary>The documented demo API token of a role; only ever valid in a demo database.</summary>
    public static string TokenFor(string role) => $"{PersonalAccessTokens.TokenPrefix}demo_{role.ToLowerInvariant()}_{RegionCode}";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        db.Scope.EnterSystemScope();
        if (!await db.ServicePoints.AnyAsync(s => s.RegionCode == RegionCode, cancellationToken))
        {
            await SeedRegionAsync(cancellationToken);
        }

        // One entry per login: the local console prints each entry on one line, so a block would run together.
        logger.LogInformation("Demo logins, each with the password {Password}:", options.Value.Password);
        foreach (var (role, email, _, _) in Users)
        {
            logger.LogInformation("  {Role,-23} {Email,-34} token {Token}", role, email, TokenFor(role));
        }
    }

    private async Task SeedRegionAsync(CancellationToken cancellationToken)
    {
        var servicePoint = new ServicePoint
        {
            RegionCode = RegionCode,
            Name = ServicePointName,
            Kind = ServicePointKind.Regional,
            Phone = "033 000 00 00",
            Email = "wsp@demo.werkbrug.nl",
            Website = "https://demo.werkbrug.nl",
        };
        db.ServicePoints.Add(servicePoint);

        var municipalities = await db.Municipalities.Where(m => m.RegionCode == RegionCode).Select(m => m.Name).OrderBy(n => n).ToListAsync(cancellationToken);
        var organisations = municipalities
            .Select(m => new Organisation { RegionCode = RegionCode, ServicePointId = servicePoint.Id, Name = $"Gemeente {m}", Type = OrganisationType.Municipality, MunicipalityName = m })
            .Append(new Organisation { RegionCode = RegionCode, ServicePointId = servicePoint.Id, Name = "UWV Amersfoort", Type = OrganisationType.Uwv })
            .Append(new Organisation { RegionCode = RegionCode, ServicePointId = servicePoint.Id, Name = "Werkbedrijf Eemland", Type = OrganisationType.Werkbedrijf })
            .Append(new Organisation { RegionCode = RegionCode, ServicePointId = servicePoint.Id, Name = "LWSP Gemeenten", Type = OrganisationType.NationalServicePointMunicipalities })
            .ToDictionary(o => o.Name);
        db.Organisations.AddRange(organisations.Values);

        var north = new Team { RegionCode = RegionCode, ServicePointId = servicePoint.Id, Name = "Team Eemland-Noord", Kind = TeamKind.Geographic, Focus = ["Baarn", "Bunschoten", "Nijkerk", "Soest"] };
        var sector = new Team { RegionCode = RegionCode, ServicePointId = servicePoint.Id, Name = "Brancheteam Logistiek en Techniek", Kind = TeamKind.Sector, Focus = ["C", "F", "H"] };
        db.Teams.AddRange(north, sector);
        await db.SaveChangesAsync(cancellationToken);

        var now = clock.GetUtcNow().UtcDateTime;
        var coordinatorId = Guid.Empty;
        foreach (var (role, email, name, organisation) in Users)
        {
            var user = new WerkbrugUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = name,
                RegionCode = RegionCode,
                OrganisationId = organisations[organisation].Id,
                TeamId = role == Roles.AccountManager ? sector.Id : null,
            };
            Check(await users.CreateAsync(user, options.Value.Password));
            Check(await users.AddToRoleAsync(user, role));
            coordinatorId = role == Roles.RegionCoordinator ? user.Id : coordinatorId;
            var token = TokenFor(role);
            db.PersonalAccessTokens.Add(new PersonalAccessToken
            {
                RegionCode = RegionCode,
                UserId = user.Id,
                Name = "Demo-token",
                TokenHash = PersonalAccessTokens.Hash(token),
                Prefix = token[..12],
                Roles = [role],
                CreatedAtUtc = now,
                ExpiresAtUtc = now.AddYears(1),
                CreatedByUserId = user.Id,
            });
        }

        var instruments = StarterSet.National.Concat(RegionalInstruments).Select(d => d.ToInstrument(RegionCode)).ToList();
        DemoInstrumentHistory.Add(db, instruments, RegionCode, coordinatorId, now);
        db.Instruments.AddRange(instruments);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The demo region's own instruments (municipal and regional), written for the demo; not real regulations.</summary>
    public static IReadOnlyList<InstrumentDocument> RegionalInstruments { get; } =
        InstrumentDocument.ReadEmbedded(typeof(DemoSeeder).Assembly, typeof(DemoSeeder).Namespace + ".instruments-am14.json");

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Demo seeding failed: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
