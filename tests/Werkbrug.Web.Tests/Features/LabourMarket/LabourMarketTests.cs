using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Organisations;
using Werkbrug.Domain.Referrals;
using Werkbrug.Domain.Vacancies;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.LabourMarket;

/// <summary>
/// The labour-market picture on a hand-made region, arranged once per provider in AM03 (Drenthe; no other test puts
/// vacancies, job seekers or placements there). Today is the real today; placements are dated relative to it.
/// <code>
/// occupation (ISCO group)          open vacancies      werkfit candidates   placements (12 months)   tension
/// productiemedewerker (9)          12 Emmen            8                    6 (Emmen)                12/8 = 1.5 krap
/// inpakker met de hand (9)         5 Hoogeveen         10                   0                        5/10 = 0.5 in evenwicht
/// verpleeghulp (5)                 3 Emmen: hidden     6                    0                        hidden with the 3
/// postbode (4)                     4 Hoogeveen: hidden 0                    0                        hidden with the 4
/// Not counted: a filled vacancy (productiemedewerker, Emmen), a placement of 13 months ago, a deregistered werkfit
/// profile and a werkfit-op-termijn profile (both productiemedewerker).
/// Candidates: 7 with productiemedewerker only, 9 with inpakker only, 1 with productiemedewerker twice and inpakker once
/// (8 and 10; once in group 9), 6 verpleeghulp.
/// Groups: 9 vacancies 12 + 5 = 17, candidates 7 + 9 + 1 = 17 (not 18), placements 6: 1.0 in evenwicht;
///         5: 3 (hidden), 6, 0; 4: 4 (hidden), 0, 0: both tensions hidden. Two hidden vacancy counts per column: no more go.
/// </code>
/// </summary>
public sealed class LabourMarketTests(Apps apps)
{
    public const string Region = "AM03";
    private const string Production = "http://data.europa.eu/esco/occupation/245be6d1-fe9a-4ac8-9f81-122a687e4724";
    private const string Packer = "http://data.europa.eu/esco/occupation/f5cb9901-86fc-48d0-9cde-667fbe8cef3a";
    private const string CareHelper = "http://data.europa.eu/esco/occupation/87d0795a-d41f-47ee-979f-0ab7d73836e7";
    private const string Postman = "http://data.europa.eu/esco/occupation/7ed2e153-8da8-4c0d-b4c5-3402c623f34b";

    private static readonly ConcurrentDictionary<Db, Lazy<Task<World>>> Worlds = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public sealed record World(TestUser Manager, IReadOnlyList<string> Pseudonyms, IReadOnlyList<string> Names, IReadOnlyList<Guid> Ids);

    private async Task<(WerkbrugAppFactory App, World World)> ArrangedAsync(Db db)
    {
        var app = apps.For(db);
        return (app, await Worlds.GetOrAdd(db, _ => new Lazy<Task<World>>(() => ArrangeAsync(app))).Value);
    }

    public static async Task<World> ArrangeAsync(WerkbrugAppFactory app)
    {
        var manager = await app.CreateAdviserAsync(Region, Roles.Manager, Roles.CaseManager, Roles.AccountManager);
        var employer = await app.ApiClient(manager).RegisterEmployerAsync(postcode: "7811 AA", municipality: "Emmen");
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var profiles = new List<JobSeekerProfile>();
        var ids = new List<Guid>();
        await app.InDbAsync(async db =>
        {
            Vacancy Vacancy(string code, string municipality, bool filled = false)
            {
                var vacancy = new Vacancy
                {
                    RegionCode = Region,
                    EmployerId = employer,
                    Title = "Medewerker " + municipality,
                    Occupation = "Medewerker",
                    OccupationCode = code,
                    Postcode = municipality == "Emmen" ? "7811 AA" : "7901 AA",
                    Pc4 = municipality == "Emmen" ? "7811" : "7901",
                    MunicipalityName = municipality,
                    OwnerOrganisationId = manager.OrganisationId,
                    AdviserUserId = manager.Id,
                    CreatedAtUtc = DateTime.UtcNow.AddDays(-30),
                    CreatedByUserId = manager.Id,
                };
                vacancy.Created(vacancy.CreatedAtUtc, manager.Id);
                Assert.Null(vacancy.MoveTo(VacancyStatus.Open, DateTime.UtcNow.AddDays(-29), manager.Id, null));
                if (filled)
                {
                    Assert.Null(vacancy.MoveTo(VacancyStatus.Filled, DateTime.UtcNow.AddDays(-1), manager.Id, null));
                }

                db.Vacancies.Add(vacancy);
                ids.Add(vacancy.Id);
                return vacancy;
            }

            void Vacancies(int count, string code, string municipality)
            {
                for (var i = 0; i < count; i++)
                {
                    Vacancy(code, municipality);
                }
            }

            void Candidates(int count, string[] codes, WerkfitStatus status = WerkfitStatus.WorkReady, bool deregistered = false)
            {
                for (var i = 0; i < count; i++)
                {
                    var unique = Guid.NewGuid().ToString("N")[..10];
                    var profile = new JobSeekerProfile
                    {
                        RegionCode = Region,
                        OwnerOrganisationId = manager.OrganisationId,
                        CaseManagerUserId = manager.Id,
                        Pseudonym = "WZ-" + unique,
                        GivenName = "Jantien" + unique,
                        Surname = "Drentsma" + unique,
                        BirthDate = new DateOnly(1990, 1, 1),
                        Postcode = "7811 AA",
                        Pc4 = "7811",
                        RegisteredOn = today.AddMonths(-2),
                        DeregisteredOn = deregistered ? today.AddDays(-3) : null,
                        WorkExperience = [.. codes.Select(c => new WorkExperienceRecord("Werk", null, null, null, c))],
                        CreatedAtUtc = DateTime.UtcNow,
                        UpdatedAtUtc = DateTime.UtcNow,
                    };
                    profile.AssessWerkfit(status, today.AddMonths(-1), manager.Id);
                    db.JobSeekers.Add(profile);
                    profiles.Add(profile);
                    ids.Add(profile.Id);
                }
            }

            Vacancies(12, Production, "Emmen");
            Vacancies(5, Packer, "Hoogeveen");
            Vacancies(3, CareHelper, "Emmen");
            Vacancies(4, Postman, "Hoogeveen");
            var placedOn = Vacancy(Production, "Emmen", filled: true);
            Candidates(7, [Production]);
            Candidates(9, [Packer]);
            Candidates(1, [Production, Production, Packer]);
            Candidates(6, [CareHelper]);
            Candidates(1, [Production], deregistered: true);
            Candidates(1, [Production], WerkfitStatus.WorkReadyLater);
            foreach (var (start, n) in new[] { (today.AddMonths(-2), 6), (today.AddMonths(-13), 1) })
            {
                for (var i = 0; i < n; i++)
                {
                    db.Placements.Add(new Placement
                    {
                        RegionCode = Region,
                        VacancyId = placedOn.Id,
                        EmployerId = employer,
                        JobSeekerId = profiles[i].Id,
                        OwnerOrganisationId = manager.OrganisationId,
                        PlacingOrganisationId = manager.OrganisationId,
                        StartDate = start,
                        ContractType = ContractType.Regular,
                        HoursPerWeek = 32,
                        ContactPersonUserId = manager.Id,
                        CreatedAtUtc = DateTime.UtcNow,
                    });
                }
            }

            await db.SaveChangesAsync(Ct);
            return 0;
        });
        return new World(manager, [.. profiles.Select(p => p.Pseudonym)], [.. profiles.Select(p => p.Surname)], ids);
    }

    private static async Task<JsonElement> PictureAsync(HttpClient api, string query)
    {
        var response = await api.GetAsync("/api/v1/labour-market?" + query, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static string Shown(JsonElement figure) =>
        figure.GetProperty("suppressed").GetBoolean() ? "x" : figure.GetProperty("value").GetDouble().ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Rows as "key=vacancies/candidates/placements:tension" in the order given (occupations by their last URI part's first 4 characters).</summary>
    private static string Rows(JsonElement picture, string table) =>
        string.Join(' ', picture.GetProperty(table).EnumerateArray().Select(r =>
            $"{Short(r.GetProperty("key").GetString()!)}={Shown(r.GetProperty("vacancies"))}/{Shown(r.GetProperty("candidates"))}/{Shown(r.GetProperty("placements"))}:" +
            (r.GetProperty("tensionHidden").GetBoolean() ? "x" : r.GetProperty("tension").ValueKind == JsonValueKind.Null ? "-" : r.GetProperty("tension").GetString())));

    private static string Short(string key) => key switch { Production => "production", Packer => "packer", CareHelper => "care", Postman => "postman", _ => key };

    [Theory, Providers]
    public async Task counts_open_vacancies_werkfit_candidates_and_recent_placements_per_occupation_and_group(Db db)
    {
        var (app, world) = await ArrangedAsync(db);

        var picture = await PictureAsync(app.ApiClient(world.Manager), "");

        // Rows in Dutch label order: inpakker, postbode, productiemedewerker, verpleeghulp; groups 4, 5, 9 in ISCO order.
        Assert.Equal("packer=5/10/0:Balanced postman=x/0/0:x production=12/8/6:Tight care=x/6/0:x", Rows(picture, "occupations"));
        Assert.Equal("4=x/0/0:x 5=x/6/0:x 9=17/17/6:Balanced", Rows(picture, "groups"));
    }

    [Theory, Providers]
    public async Task filters_on_a_municipality_and_an_occupation_group(Db db)
    {
        var (app, world) = await ArrangedAsync(db);

        var picture = await PictureAsync(app.ApiClient(world.Manager), "municipality=Emmen&group=9");

        // Emmen's vacancies only (the packer's are in Hoogeveen); candidates stay the whole region's; 0/10 is ruim.
        Assert.Equal("packer=0/10/0:Slack production=12/8/6:Tight", Rows(picture, "occupations"));
        Assert.Equal("9=12/17/6:Balanced", Rows(picture, "groups"));
    }

    [Theory, Providers]
    public async Task bad_filters_are_a_400_naming_the_field(Db db)
    {
        var (app, world) = await ArrangedAsync(db);

        var response = await app.ApiClient(world.Manager).GetAsync("/api/v1/labour-market?municipality=Amersfoort&group=X", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("errors");
        Assert.True(errors.TryGetProperty("municipality", out _) || errors.TryGetProperty("Municipality", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("group", out _) || errors.TryGetProperty("Group", out _), errors.ToString());
    }

    [Theory, Providers]
    public async Task the_public_page_shows_rounded_counts_and_tension_classes_and_nobody(Db db)
    {
        var (app, world) = await ArrangedAsync(db);
        var frontDoor = Apps.Derived(app, "front-door-" + Region, a => a.WithWebHostBuilder(b => b.UseSetting("ServicePoint:DefaultRegion", Region)));

        var response = await frontDoor.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }).GetAsync("/werkgevers/arbeidsmarkt", Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // productiemedewerker: 12 and 8 both round to 10, 6 placements to 5; the tension comes from 12/8.
        Assert.Contains("<th scope=\"row\" class=\"utrecht-table__header-cell\">productiemedewerker</th>", html, StringComparison.Ordinal);
        Assert.Matches(@"productiemedewerker</th>\s*<td[^>]*>ca\. 10</td>\s*<td[^>]*>ca\. 10</td>\s*<td[^>]*>ca\. 5</td>\s*<td[^>]*>krap</td>", html);
        Assert.Matches(@"verpleeghulp</th>\s*<td[^>]*>afgeschermd</td>\s*<td[^>]*>ca\. 5</td>\s*<td[^>]*>0</td>\s*<td[^>]*>afgeschermd</td>", html);
        Assert.All(world.Pseudonyms.Concat(world.Names), p => Assert.DoesNotContain(p, html, StringComparison.OrdinalIgnoreCase));
        Assert.All(world.Ids, id => Assert.DoesNotContain(id.ToString(), html, StringComparison.OrdinalIgnoreCase));
    }
}
