using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Tests.Features.JobSeekers;
using Werkbrug.Web.Tests.Features.Vacancies;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.Instruments;

/// <summary>
/// The instrument guide's world, arranged once per host in AM10 (Rivierenland; the employer-link tests only probe it as
/// "another region"): organisation A, the municipality of Tiel, with a region coordinator (also account manager) who
/// loads the national starter set and adds a Tiel placement premium, and a case manager whose candidate is on bijstand,
/// in the jobs-agreement register, born 2 April 1990, needs an adapted workplace and no supervision (JobSeekerTestData);
/// organisation B (UWV) with an account manager who sees that candidate pseudonymised; an employer in Tiel with a regular
/// vacancy of 24 to 32 hours.
/// </summary>
public sealed record InstrumentWorld(TestUser Coordinator, TestUser CaseManager, TestUser AdviserB, RegisteredJobSeeker Candidate, Guid EmployerId, Guid VacancyId, Guid PremiumId)
{
    public const string Region = "AM10";

    private static readonly ConcurrentDictionary<WerkbrugAppFactory, Lazy<Task<InstrumentWorld>>> Worlds = new();

    public static Task<InstrumentWorld> OfAsync(WerkbrugAppFactory app) => Worlds.GetOrAdd(app, a => new Lazy<Task<InstrumentWorld>>(() => ArrangeAsync(a))).Value;

    public static object Premium(string key = "plaatsingspremie-tiel", string name = "Plaatsingspremie Tiel") => new
    {
        key,
        name,
        provider = "Municipality",
        legalBasis = "Re-integratieverordening Tiel",
        coverage = "Municipalities",
        municipalities = new[] { "Tiel" },
        benefitTypes = new[] { "Bijstand" },
        provides = "€ 1.000 eenmalig",
        conditions = "Bijstand, minstens 20 uur per week.",
        validFrom = "2025-01-01",
        rules = new object[] { new { fact = "Benefit", values = new[] { "Bijstand" } }, new { fact = "HoursPerWeek", min = 20 } },
    };

    private static async Task<InstrumentWorld> ArrangeAsync(WerkbrugAppFactory app)
    {
        var ct = TestContext.Current.CancellationToken;
        var coordinator = await app.CreateAdviserAsync(Region, Roles.RegionCoordinator, Roles.AccountManager);
        var caseManager = await app.CreateUserInOrganisationAsync(coordinator, Roles.CaseManager);
        var adviserB = await app.CreateAdviserAsync(Region, Roles.AccountManager);
        await app.InDbAsync(async db =>
        {
            var organisation = await db.Organisations.SingleAsync(o => o.Id == coordinator.OrganisationId, ct);
            organisation.Type = OrganisationType.Municipality;
            organisation.MunicipalityName = "Tiel";
            return await db.SaveChangesAsync(ct);
        });
        var candidate = await app.RegisterJobSeekerAsync(caseManager);
        var api = app.ApiClient(coordinator);
        var employer = await api.RegisterEmployerAsync(postcode: "4001 AA", municipality: "Tiel");
        var vacancy = await api.CreateVacancyAsync(employer, change: b => (b["postcode"], b["municipalityName"]) = ("4001 AA", "Tiel"));
        var loaded = await api.PostAsync("/api/v1/instruments/starter-set", null, ct);
        Assert.Equal(HttpStatusCode.OK, loaded.StatusCode);
        var premium = await api.PostAsJsonAsync("/api/v1/instruments", Premium(), ct);
        var body = await premium.Content.ReadAsStringAsync(ct);
        Assert.True(premium.StatusCode == HttpStatusCode.Created, body);
        return new InstrumentWorld(coordinator, caseManager, adviserB, candidate, employer, vacancy.GetProperty("id").GetGuid(), JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid());
    }
}
