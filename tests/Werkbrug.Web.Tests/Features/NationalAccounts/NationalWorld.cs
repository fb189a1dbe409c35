using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Tests.Features.Vacancies;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.NationalAccounts;

/// <summary>
/// A national employer registered in four regions (AM09, the national account manager's own, and AM27, AM32, AM03), an
/// open vacancy of it in AM27, and beside it an ordinary employer of AM27 with a vacancy; an account manager in each region
/// and a manager in each of the three other regions.
/// </summary>
public sealed record NationalWorld(
    TestUser NationalManager, string Kvk, IReadOnlyDictionary<string, Guid> Employers, Guid VacancyAway, Guid OtherEmployerAway, Guid OtherVacancyAway,
    IReadOnlyDictionary<string, TestUser> Advisers, IReadOnlyDictionary<string, TestUser> Managers)
{
    public const string Own = "AM09";

    public static readonly string[] Others = ["AM27", "AM32", "AM03"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static async Task<NationalWorld> ArrangeAsync(WerkbrugAppFactory app)
    {
        var kvk = EmployerPages.NewKvk();
        var nationalManager = await app.CreateUserAsync(Own, Roles.NationalAccountManager);
        var advisers = new Dictionary<string, TestUser>();
        var managers = new Dictionary<string, TestUser>();
        foreach (var region in Others.Prepend(Own))
        {
            advisers[region] = await app.CreateUserAsync(region, Roles.AccountManager);
            if (region != Own)
            {
                managers[region] = await app.CreateUserInOrganisationAsync(advisers[region], Roles.Manager);
            }
        }

        var employers = await RegisterEmployerAsync(app, advisers, "Landelijke Winkels", kvk);

        var apiAway = app.ApiClient(advisers["AM27"]);
        var draft = await apiAway.CreateVacancyAsync(employers["AM27"], "Vakkenvuller Landelijk");
        var opened = await apiAway.MoveAsync(draft.Id(), "Open", draft.Version());
        Assert.True(opened.IsSuccessStatusCode, await opened.Content.ReadAsStringAsync(Ct));
        var vacancy = draft.Id();
        var other = await apiAway.RegisterEmployerAsync();
        var otherVacancy = (await apiAway.CreateVacancyAsync(other, "Monteur Regionaal")).GetProperty("id").GetGuid();
        return new NationalWorld(nationalManager, kvk, employers, vacancy, other, otherVacancy, advisers, managers);
    }

    /// <summary>One employer (one KvK number, a unique name from <paramref name="name"/>) registered in each region by that region's account manager; its id per region.</summary>
    public static async Task<IReadOnlyDictionary<string, Guid>> RegisterEmployerAsync(WerkbrugAppFactory app, IReadOnlyDictionary<string, TestUser> accountManagers, string name, string kvk)
    {
        var unique = EmployerPages.UniqueName(name);
        var employers = new Dictionary<string, Guid>();
        foreach (var (region, accountManager) in accountManagers)
        {
            employers[region] = await app.ApiClient(accountManager).RegisterEmployerAsync(unique, kvk);
        }

        return employers;
    }

    /// <summary>The national account manager takes the employer on as their account; returns its id.</summary>
    public async Task<Guid> RegisterAccountAsync(WerkbrugAppFactory app)
    {
        var response = await app.ApiClient(NationalManager).PostAsJsonAsync("/api/v1/national-accounts", new { kvkNumber = Kvk }, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Ct));
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetGuid();
    }

    /// <summary>Makes the AM27 vacancy a month old, so it is past any reaction term without candidates.</summary>
    public Task AgeVacancyAsync(WerkbrugAppFactory app) => app.InDbAsync(db =>
        db.Vacancies.Where(v => v.Id == VacancyAway).ExecuteUpdateAsync(s => s.SetProperty(v => v.CreatedAtUtc, v => v.CreatedAtUtc.AddDays(-30)), Ct));
}
