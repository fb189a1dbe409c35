using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Infrastructure.Demo;

/// <summary>
/// Synthetic organisation data for benchmarks and load tests: per region a service point, organisations
/// (the region's municipalities first, then UWV, a werkbedrijf and other partners), teams and users with
/// random roles. Everything is derived from the seed, region by region, and named with a prefix; a rerun
/// with the same arguments finds every name and adds nothing. Rows are written directly (one hashed
/// password shared by all synthetic users), so thousands of users take seconds, not minutes. Their employers, vacancies
/// and job seekers come from <see cref="SyntheticWork"/>; <see cref="IssueTokensAsync"/> gives a load test API tokens.
/// </summary>
public sealed class SyntheticData(
    WerkbrugDb db, IPasswordHasher<WerkbrugUser> hasher, ILookupNormalizer normalizer, TimeProvider clock, ILogger<SyntheticData> logger)
{
    public const string DefaultPrefix = "Synth";
    public const string EmailDomain = "synthetic.werkbrug.nl";

    /// <summary>
    /// What to make: the first <paramref name="Regions"/> regions by code, or only <paramref name="Region"/>; the work per region
    /// (employers with up to <paramref name="ContactsPerEmployer"/> contact moments, vacancies, job seekers, front-door requests,
    /// referrals) is made by <see cref="SyntheticWork"/>, <paramref name="Parallel"/> regions at a time.
    /// </summary>
    public sealed record Options(
        int Regions, int OrganisationsPerRegion, int UsersPerRegion, int Seed, string Prefix = DefaultPrefix, string Password = "Werkbrug-synthetic-2026",
        int EmployersPerRegion = 0, int VacanciesPerRegion = 0, int JobSeekersPerRegion = 0, string? Region = null, int Parallel = 1,
        int ContactsPerEmployer = 0, int IntakeRequestsPerRegion = 0, int ReferralsPerRegion = 0);

    /// <summary>A new API token of a synthetic user, shown once (only its hash is stored).</summary>
    public sealed record IssuedToken(string RegionCode, string Role, string Email, string Token);

    /// <summary>The regions visited and what one run added to them (zero rows on a rerun).</summary>
    public sealed record Counts(int Regions, int ServicePoints, int Organisations, int Teams, int Users);

    private static readonly string[] FirstNames =
    [
        "Anna", "Bram", "Daan", "Emma", "Fleur", "Gijs", "Hanna", "Iris", "Jesse", "Julia", "Kevin", "Lotte", "Mohamed", "Noor",
        "Olivier", "Priya", "Ruben", "Sanne", "Thijs", "Yara", "Fatima", "Luuk", "Sem", "Tess", "Milan", "Zeynep",
    ];

    private static readonly string[] LastNames =
    [
        "de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
        "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Yilmaz", "El Idrissi",
    ];

    // Roles weighted roughly as in a service point: many advisers, few administrators.
    private static readonly (string Role, int Weight)[] RoleWeights =
    [
        (Roles.AccountManager, 30), (Roles.CaseManager, 30), (Roles.Manager, 10), (Roles.RegionCoordinator, 8),
        (Roles.NationalAccountManager, 5), (Roles.Analyst, 10), (Roles.Administrator, 7),
    ];

    public async Task<Counts> GenerateAsync(Options options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        db.Scope.EnterSystemScope();
        var prefix = options.Prefix.Trim();
        var regions = (await db.Regions.OrderBy(r => r.Code).Select(r => new { r.Code, r.Name }).ToListAsync(cancellationToken))
            .Where((r, i) => Includes(options, r.Code, i)).ToList();
        var roleIds = await db.Roles.ToDictionaryAsync(r => r.Name!, r => r.Id, cancellationToken);
        var sbiSections = await db.SbiSections.OrderBy(s => s.Letter).Select(s => s.Letter).ToListAsync(cancellationToken);
        var passwordHash = hasher.HashPassword(new WerkbrugUser { DisplayName = string.Empty, RegionCode = string.Empty }, options.Password);

        var added = new Counts(0, 0, 0, 0, 0);
        foreach (var (region, index) in regions.Select((r, i) => (r, i)))
        {
            var random = new Random(unchecked((options.Seed * 7919) + index + 1));
            var municipalities = await db.Municipalities.Where(m => m.RegionCode == region.Code).OrderBy(m => m.Name)
                .Select(m => m.Name).ToListAsync(cancellationToken);
            var regionAdded = await GenerateRegionAsync(new RegionPlan(region.Code, region.Name, municipalities, sbiSections, prefix, passwordHash, roleIds), options, random, cancellationToken);
            added = new Counts(added.Regions + 1, added.ServicePoints + regionAdded.ServicePoints, added.Organisations + regionAdded.Organisations,
                added.Teams + regionAdded.Teams, added.Users + regionAdded.Users);
        }

        return added;
    }

    private sealed record RegionPlan(
        string Code, string Name, IReadOnlyList<string> Municipalities, IReadOnlyList<string> SbiSections, string Prefix,
        string PasswordHash, IReadOnlyDictionary<string, Guid> RoleIds);

    private async Task<Counts> GenerateRegionAsync(RegionPlan plan, Options options, Random random, CancellationToken cancellationToken)
    {
        var prefix = plan.Prefix + " ";
        var servicePointName = $"{prefix}Werkgeversservicepunt {plan.Name}";
        var servicePoints = await db.ServicePoints.Where(s => s.RegionCode == plan.Code).ToListAsync(cancellationToken);
        var servicePoint = servicePoints.FirstOrDefault(s => s.Name == servicePointName);
        var addedServicePoints = 0;
        if (servicePoint is null)
        {
            // A region has one regional service point; when it exists (the demo region), ours is sub-regional.
            var kind = ServicePoint.CanHaveAnother(ServicePointKind.Regional, servicePoints.Select(s => s.Kind)) ? ServicePointKind.Regional : ServicePointKind.SubRegional;
            servicePoint = new ServicePoint { RegionCode = plan.Code, Name = servicePointName, Kind = kind, Email = $"wsp-{plan.Code.ToLowerInvariant()}@{EmailDomain}" };
            db.ServicePoints.Add(servicePoint);
            addedServicePoints = 1;
        }

        // Organisations: every name is decided first, so the random draws never depend on what exists.
        var organisationPlan = PlanOrganisations(plan, prefix, options.OrganisationsPerRegion, random);
        var organisations = await db.Organisations.Where(o => o.RegionCode == plan.Code && o.Name.StartsWith(prefix))
            .ToDictionaryAsync(o => o.Name, cancellationToken);
        var addedOrganisations = 0;
        foreach (var (name, type, municipality) in organisationPlan.Where(o => !organisations.ContainsKey(o.Name)))
        {
            var organisation = new Organisation { RegionCode = plan.Code, ServicePointId = servicePoint.Id, Name = name, Type = type, MunicipalityName = municipality };
            db.Organisations.Add(organisation);
            organisations[name] = organisation;
            addedOrganisations++;
        }

        var teamCount = Math.Max(1, (options.UsersPerRegion + 9) / 10);
        var teams = await db.Teams.Where(t => t.RegionCode == plan.Code && t.Name.StartsWith(prefix)).ToDictionaryAsync(t => t.Name, cancellationToken);
        var teamNames = new List<string>();
        var addedTeams = 0;
        for (var i = 1; i <= teamCount; i++)
        {
            var geographic = i % 2 == 1 && plan.Municipalities.Count > 0;
            var name = geographic ? $"{prefix}Team {plan.Name} {i}" : $"{prefix}Brancheteam {plan.Name} {i}";
            var focus = Pick(random, geographic ? plan.Municipalities : plan.SbiSections, random.Next(1, 4));
            teamNames.Add(name);
            if (!teams.ContainsKey(name))
            {
                var team = new Team { RegionCode = plan.Code, ServicePointId = servicePoint.Id, Name = name, Kind = geographic ? TeamKind.Geographic : TeamKind.Sector, Focus = [.. focus] };
                db.Teams.Add(team);
                teams[name] = team;
                addedTeams++;
            }
        }

        var addedUsers = await AddUsersAsync(plan, options, random, organisationPlan.Select(o => organisations[o.Name].Id).ToList(), teamNames.Select(n => teams[n].Id).ToList(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogDebug("Synthetic region {Region}: {Organisations} organisations, {Teams} teams, {Users} users added", plan.Code, addedOrganisations, addedTeams, addedUsers);
        return new Counts(0, addedServicePoints, addedOrganisations, addedTeams, addedUsers);
    }

    private static List<(string Name, OrganisationType Type, string? Municipality)> PlanOrganisations(RegionPlan plan, string prefix, int count, Random random)
    {
        // Municipalities first, then UWV and a werkbedrijf; from three organisations on, those two are always there.
        var municipalities = count >= 3 ? Math.Min(count - 2, plan.Municipalities.Count) : count;
        var planned = plan.Municipalities.Take(municipalities).Select(m => ($"{prefix}Gemeente {m}", OrganisationType.Municipality, (string?)m))
            .Append(($"{prefix}UWV {plan.Name}", OrganisationType.Uwv, null))
            .Append(($"{prefix}Werkbedrijf {plan.Name}", OrganisationType.Werkbedrijf, null))
            .Take(count)
            .ToList();
        for (var i = planned.Count + 1; i <= count; i++)
        {
            var type = random.Next(2) == 0 ? OrganisationType.LearningWorkDesk : OrganisationType.Other;
            planned.Add(($"{prefix}{(type == OrganisationType.LearningWorkDesk ? "Leerwerkloket" : "Partner")} {plan.Name} {i}", type, null));
        }

        return planned;
    }

    private async Task<int> AddUsersAsync(RegionPlan plan, Options options, Random random, List<Guid> organisationIds, List<Guid> teamIds, CancellationToken cancellationToken)
    {
        var emailPrefix = $"{Slug(plan.Prefix)}-{plan.Code.ToLowerInvariant()}-";
        var existing = await db.Users.Where(u => u.RegionCode == plan.Code && u.Email!.StartsWith(emailPrefix)).Select(u => u.Email!).ToHashSetAsync(cancellationToken);
        var added = 0;
        for (var i = 1; i <= options.UsersPerRegion; i++)
        {
            var email = $"{emailPrefix}{i:0000}@{EmailDomain}";
            var name = $"{FirstNames[random.Next(FirstNames.Length)]} {LastNames[random.Next(LastNames.Length)]}";
            var organisationId = organisationIds.Count > 0 ? organisationIds[random.Next(organisationIds.Count)] : (Guid?)null;
            var teamId = teamIds.Count > 0 && random.Next(10) < 7 ? teamIds[random.Next(teamIds.Count)] : (Guid?)null;
            var roles = new HashSet<string> { PickRole(random) };
            if (random.Next(5) == 0)
            {
                roles.Add(PickRole(random));
            }

            if (existing.Contains(email) || organisationId is null)
            {
                continue;
            }

            AddUser(db, normalizer, plan.PasswordHash, plan.Code, email, name, organisationId.Value, teamId, [.. roles.Select(r => plan.RoleIds[r])]);
            added++;
        }

        return added;
    }

    /// <summary>Adds a user with a shared password hash and their roles, as rows (thousands take seconds, not minutes).</summary>
    internal static WerkbrugUser AddUser(
        WerkbrugDb db, ILookupNormalizer normalizer, string passwordHash, string regionCode, string email, string name, Guid organisationId, Guid? teamId, IEnumerable<Guid> roleIds)
    {
        var user = new WerkbrugUser
        {
            UserName = email,
            NormalizedUserName = normalizer.NormalizeName(email),
            Email = email,
            NormalizedEmail = normalizer.NormalizeEmail(email),
            EmailConfirmed = true,
            PasswordHash = passwordHash,
            LockoutEnabled = true,
            DisplayName = name,
            RegionCode = regionCode,
            OrganisationId = organisationId,
            TeamId = teamId,
        };
        db.Users.Add(user);
        foreach (var roleId in roleIds)
        {
            db.UserRoles.Add(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = roleId });
        }

        return user;
    }

    private static string PickRole(Random random)
    {
        var roll = random.Next(RoleWeights.Sum(r => r.Weight));
        foreach (var (role, weight) in RoleWeights)
        {
            if (roll < weight)
            {
                return role;
            }

            roll -= weight;
        }

        return Roles.AccountManager;
    }

    private static List<string> Pick(Random random, IReadOnlyList<string> from, int count) =>
        from.Count == 0 ? [] : [.. from.OrderBy(_ => random.Next()).Take(Math.Min(count, from.Count)).Order(StringComparer.Ordinal)];

    /// <summary>Whether the region with <paramref name="code"/>, <paramref name="index"/>th by code, is one <paramref name="options"/> asks for.</summary>
    internal static bool Includes(Options options, string code, int index) =>
        options.Region is { } only ? string.Equals(code, only, StringComparison.OrdinalIgnoreCase) : index < options.Regions;

    /// <summary>
    /// Makes an API token (valid for a year) for the first synthetic user, by e-mail, holding each role in each region
    /// <paramref name="options"/> asks for, and returns them: load tests act as these staff members.
    /// </summary>
    public async Task<IReadOnlyList<IssuedToken>> IssueTokensAsync(Options options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        db.Scope.EnterSystemScope();
        var slug = Slug(options.Prefix.Trim()) + "-";
        var holders = await db.Users.Where(u => u.Email!.StartsWith(slug))
            .Join(db.UserRoles, u => u.Id, r => r.UserId, (u, r) => new { u.Id, u.Email, u.RegionCode, r.RoleId })
            .Join(db.Roles, u => u.RoleId, role => role.Id, (u, role) => new { Role = role.Name!, u.Id, u.Email, u.RegionCode })
            .ToListAsync(cancellationToken);
        var regions = await db.Regions.OrderBy(r => r.Code).Select(r => r.Code).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var issued = new List<IssuedToken>();
        foreach (var first in holders.Where(h => Includes(options, h.RegionCode, regions.IndexOf(h.RegionCode)))
            .GroupBy(h => (h.RegionCode, h.Role)).Select(g => g.OrderBy(h => h.Email, StringComparer.Ordinal).First()).OrderBy(h => h.RegionCode).ThenBy(h => h.Role))
        {
            var token = PersonalAccessTokens.NewSecret();
            db.PersonalAccessTokens.Add(new PersonalAccessToken
            {
                RegionCode = first.RegionCode,
                UserId = first.Id,
                Name = "Synthetic load",
                TokenHash = PersonalAccessTokens.Hash(token),
                Prefix = token[..12],
                Roles = [first.Role],
                CreatedAtUtc = now,
                ExpiresAtUtc = now.AddYears(1),
                CreatedByUserId = first.Id,
            });
            issued.Add(new IssuedToken(first.RegionCode, first.Role, first.Email!, token));
        }

        await db.SaveChangesAsync(cancellationToken);
        return issued;
    }

    internal static string Slug(string text) =>
        string.Concat(text.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-'));
}
