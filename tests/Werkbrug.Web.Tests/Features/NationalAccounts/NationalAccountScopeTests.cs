using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Tests.Features.JobSeekers;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.NationalAccounts;

/// <summary>
/// The one exception to region scope (ADR 0034), as a matrix: the national account manager reads the employer and vacancy
/// data of their own accounts in every region and nothing else of another region, and changes none of it outside their
/// own region (403 problem+json, the Dutch 403 page); every other role still sees only its own region.
/// </summary>
public sealed class NationalAccountScopeTests(Apps apps)
{
    private static readonly string[] Sbi = ["4941"];

    private static readonly string[] Topics = ["vacancy"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, Providers]
    public async Task the_national_account_manager_reads_their_accounts_in_every_region_and_nothing_else(Db db)
    {
        var app = apps.For(db);
        var world = await NationalWorld.ArrangeAsync(app);
        var nam = app.ApiClient(world.NationalManager);
        var seekerOwner = await app.CreateUserAsync("AM27", Roles.CaseManager);
        var seeker = await app.RegisterJobSeekerAsync(seekerOwner);

        async Task<HttpStatusCode> StatusAsync(HttpClient api, string url) => (await api.GetAsync(url, Ct)).StatusCode;

        // Before the employer is their account, the national account manager is just a user of AM09.
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(nam, $"/api/v1/employers/{world.Employers["AM27"]}"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(nam, $"/api/v1/vacancies/{world.VacancyAway}"));

        await world.RegisterAccountAsync(app);

        var cells = new List<(string What, HttpStatusCode Expected, HttpStatusCode Observed)>();
        async Task ExpectAsync(string what, HttpClient api, string url, HttpStatusCode expected) => cells.Add((what, expected, await StatusAsync(api, url)));
        foreach (var region in NationalWorld.Others.Prepend(NationalWorld.Own))
        {
            await ExpectAsync($"NAM × account's employer in {region}", nam, $"/api/v1/employers/{world.Employers[region]}", HttpStatusCode.OK);
        }

        await ExpectAsync("NAM × account's vacancy in AM27", nam, $"/api/v1/vacancies/{world.VacancyAway}", HttpStatusCode.OK);
        await ExpectAsync("NAM × other employer in AM27", nam, $"/api/v1/employers/{world.OtherEmployerAway}", HttpStatusCode.NotFound);
        await ExpectAsync("NAM × other vacancy in AM27", nam, $"/api/v1/vacancies/{world.OtherVacancyAway}", HttpStatusCode.NotFound);
        await ExpectAsync("NAM × job seeker in AM27", nam, $"/api/v1/job-seekers/{seeker.Id}", HttpStatusCode.NotFound);
        await ExpectAsync("NAM × locations of the account's employer in AM27", nam, $"/api/v1/employers/{world.Employers["AM27"]}/locations", HttpStatusCode.OK);
        await ExpectAsync("NAM × account page", nam, $"/api/v1/national-accounts", HttpStatusCode.OK);
        foreach (var role in new[] { Roles.AccountManager, Roles.Manager, Roles.RegionCoordinator, Roles.CaseManager, Roles.Analyst })
        {
            var other = app.ApiClient(await app.CreateUserAsync(NationalWorld.Own, role));
            var adviser = role is Roles.AccountManager or Roles.Manager or Roles.RegionCoordinator;
            await ExpectAsync($"{role} of AM09 × account's employer in AM09", other, $"/api/v1/employers/{world.Employers[NationalWorld.Own]}", adviser ? HttpStatusCode.OK : HttpStatusCode.Forbidden);
            await ExpectAsync($"{role} of AM09 × account's employer in AM27", other, $"/api/v1/employers/{world.Employers["AM27"]}", adviser ? HttpStatusCode.NotFound : HttpStatusCode.Forbidden);
            await ExpectAsync($"{role} of AM09 × account's vacancy in AM27", other, $"/api/v1/vacancies/{world.VacancyAway}", adviser ? HttpStatusCode.NotFound : HttpStatusCode.Forbidden);
            await ExpectAsync($"{role} × national accounts", other, "/api/v1/national-accounts", HttpStatusCode.Forbidden);
        }

        // Another national account manager does not see this account.
        var otherNam = app.ApiClient(await app.CreateUserAsync(NationalWorld.Own, Roles.NationalAccountManager));
        await ExpectAsync("other NAM × account's employer in AM27", otherNam, $"/api/v1/employers/{world.Employers["AM27"]}", HttpStatusCode.NotFound);
        await ExpectAsync("other NAM × account's vacancy in AM27", otherNam, $"/api/v1/vacancies/{world.VacancyAway}", HttpStatusCode.NotFound);

        var wrong = cells.Where(c => c.Expected != c.Observed).Select(c => $"{c.What}: expected {(int)c.Expected}, got {(int)c.Observed}").ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));

        // The lists: the account's registrations of every region, not the other employer of AM27.
        var list = await nam.GetFromJsonAsync<JsonElement>($"/api/v1/employers?q={world.Kvk}&pageSize=100", Ct);
        var vacancies = await nam.GetFromJsonAsync<JsonElement>("/api/v1/vacancies?pageSize=100", Ct);
        var ids = vacancies.Items().Select(v => v.GetProperty("id").GetGuid()).ToList();
        Assert.Contains(world.VacancyAway, ids);
        Assert.DoesNotContain(world.OtherVacancyAway, ids);
        Assert.Equal(world.Employers.Values.Order(), list.Items().Select(e => e.GetProperty("id").GetGuid()).Order());
    }

    [Theory, Providers]
    public async Task writes_outside_the_own_region_are_refused_with_403_in_the_api_and_a_dutch_page(Db db)
    {
        var app = apps.For(db);
        var world = await NationalWorld.ArrangeAsync(app);
        await world.RegisterAccountAsync(app);
        var nam = app.ApiClient(world.NationalManager);
        var foreign = world.Employers["AM27"];
        var before = await nam.GetFromJsonAsync<JsonElement>($"/api/v1/employers/{foreign}", Ct);

        var edit = await nam.PutAsJsonAsync($"/api/v1/employers/{foreign}", new
        {
            kvkNumber = world.Kvk,
            tradeName = "Overgenomen door landelijk",
            sbiCodes = Sbi,
            sizeClass = "Employees10To49",
            status = "Client",
            version = before.GetProperty("version").GetInt32(),
        }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
        Assert.Equal("application/problem+json", edit.Content.Headers.ContentType?.MediaType);
        var problem = await edit.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("Error.OutOfRegion", problem.GetProperty("code").GetString());
        Assert.Contains("andere regio", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var contact = await nam.PostAsJsonAsync("/api/v1/contact-moments", new
        {
            employerId = foreign,
            occurredAt = DateTimeOffset.UtcNow.AddHours(-1),
            channel = "Phone",
            initiator = "ServicePoint",
            topics = Topics,
            note = "Landelijk gesprek",
            acknowledgeWarnings = true,
        }, Ct);
        Assert.Equal(HttpStatusCode.Forbidden, contact.StatusCode);
        var vacancy = await nam.PostAsJsonAsync("/api/v1/vacancies", Vacancies.VacancyTestData.Body(foreign), Ct);
        Assert.Equal(HttpStatusCode.Forbidden, vacancy.StatusCode);

        var after = await nam.GetFromJsonAsync<JsonElement>($"/api/v1/employers/{foreign}", Ct);
        Assert.Equal(before.GetProperty("tradeName").GetString(), after.GetProperty("tradeName").GetString());
        Assert.Equal(before.GetProperty("version").GetInt32(), after.GetProperty("version").GetInt32());
        Assert.Equal(0, await app.InDbAsync(d => d.ContactMoments.CountAsync(c => c.EmployerId == foreign, Ct)));
        Assert.Equal(1, await app.InDbAsync(d => d.Vacancies.CountAsync(v => v.EmployerId == foreign, Ct)));

        // In the own region the same edit goes through.
        var own = world.Employers[NationalWorld.Own];
        var mine = await nam.GetFromJsonAsync<JsonElement>($"/api/v1/employers/{own}", Ct);
        var ownEdit = await nam.PutAsJsonAsync($"/api/v1/employers/{own}", new
        {
            kvkNumber = world.Kvk,
            tradeName = mine.GetProperty("tradeName").GetString() + " Amersfoort",
            sbiCodes = Sbi,
            sizeClass = "Employees10To49",
            status = "Client",
            version = mine.GetProperty("version").GetInt32(),
        }, Ct);
        Assert.True(ownEdit.StatusCode == HttpStatusCode.OK, await ownEdit.Content.ReadAsStringAsync(Ct));

        // The page: the edit form of another region's registration answers with the Dutch 403 page, not a raw error.
        var pages = await PageClient.LoginAsync(app, world.NationalManager);
        var form = await pages.GetAsync($"/employers/{foreign}/edit");
        Assert.Equal(HttpStatusCode.OK, form.Response.StatusCode);
        var refused = await pages.SubmitAsync(form, "form.wb-form", new() { ["Input.TradeName"] = ["Overgenomen"] });
        Assert.Equal(HttpStatusCode.Forbidden, refused.Response.StatusCode);
        Assert.Contains("hoort bij een andere regio", refused.Document.QuerySelector("#out-of-region")?.TextContent ?? string.Empty, StringComparison.Ordinal);
    }
}
