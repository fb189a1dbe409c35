using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Infrastructure.Demo;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Operability;

public sealed class SyntheticDataTests(Apps apps)
{
    [Theory, Providers]
    public async Task generates_organisations_teams_and_users_and_a_rerun_adds_nothing(Db db)
    {
        var app = apps.For(db);
        var prefix = "Synth" + Guid.NewGuid().ToString("N")[..6];
        var options = new SyntheticData.Options(Regions: 2, OrganisationsPerRegion: 4, UsersPerRegion: 12, Seed: 42, Prefix: prefix);

        var first = await GenerateAsync(app, options);
        var second = await GenerateAsync(app, options);

        Assert.Equal(new SyntheticData.Counts(2, 2, 8, 4, 24), first);
        Assert.Equal(new SyntheticData.Counts(2, 0, 0, 0, 0), second);
        var organisations = await app.InDbAsync(d => d.Organisations.Where(o => o.Name.StartsWith(prefix)).OrderBy(o => o.Name).ToListAsync());
        Assert.Equal(8, organisations.Count);
        Assert.All(organisations.GroupBy(o => o.RegionCode), region =>
        {
            Assert.Equal(2, region.Count(o => o.Type == OrganisationType.Municipality && o.MunicipalityName is not null));
            Assert.Equal(1, region.Count(o => o.Type == OrganisationType.Uwv));
            Assert.Equal(1, region.Count(o => o.Type == OrganisationType.Werkbedrijf));
        });
        var emailPrefix = prefix.ToLowerInvariant();
        var users = await app.InDbAsync(d => d.Users.Where(u => u.Email!.StartsWith(emailPrefix)).Select(u => u.Id).ToListAsync());
        var userRoles = await app.InDbAsync(d => d.UserRoles.Where(r => users.Contains(r.UserId)).Select(r => r.UserId).Distinct().CountAsync());
        Assert.Equal(24, users.Count);
        Assert.Equal(24, userRoles);
    }

    [Theory, Providers]
    public async Task the_same_seed_gives_the_same_people(Db db)
    {
        var app = apps.For(db);
        var a = "synth-a" + Guid.NewGuid().ToString("N")[..6];
        var b = "synth-b" + Guid.NewGuid().ToString("N")[..6];

        await GenerateAsync(app, new SyntheticData.Options(1, 3, 5, 7, a));
        await GenerateAsync(app, new SyntheticData.Options(1, 3, 5, 7, b));

        var names = await app.InDbAsync(d => d.Users.Where(u => u.Email!.StartsWith(a) || u.Email!.StartsWith(b))
            .Select(u => new { u.Email, u.DisplayName }).ToListAsync());
        var byPrefix = names.GroupBy(n => n.Email!.StartsWith(a, StringComparison.Ordinal))
            .Select(g => g.OrderBy(n => n.Email, StringComparer.Ordinal).Select(n => n.DisplayName).ToList()).ToList();
        Assert.Equal(2, byPrefix.Count);
        Assert.Equal(byPrefix[0], byPrefix[1]);
    }

    [Theory, Providers]
    public async Task a_synthetic_user_can_sign_in_with_the_shared_password(Db db)
    {
        var app = apps.For(db);
        var prefix = "synth-login" + Guid.NewGuid().ToString("N")[..6];
        await GenerateAsync(app, new SyntheticData.Options(1, 2, 1, 3, prefix, "Synthetisch-wachtwoord-1"));
        var email = await app.InDbAsync(d => d.Users.Where(u => u.Email!.StartsWith(prefix)).Select(u => u.Email!).SingleAsync());
        var client = FormClient.Create(app);

        var response = await client.SignInAsync(email, "Synthetisch-wachtwoord-1");

        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Theory, Providers]
    public async Task generated_work_is_what_the_app_reads_as_its_own_and_a_rerun_adds_nothing(Db db)
    {
        var app = apps.For(db);
        var prefix = "synth-work" + Guid.NewGuid().ToString("N")[..6];
        var region = await app.InDbAsync(d => d.Regions.OrderBy(r => r.Code).Select(r => r.Code).Skip(3).FirstAsync());
        var options = new SyntheticData.Options(1, 3, 20, 42, prefix, EmployersPerRegion: 4, VacanciesPerRegion: 6, JobSeekersPerRegion: 40, Region: region,
            ContactsPerEmployer: 2, IntakeRequestsPerRegion: 3, ReferralsPerRegion: 5);
        await GenerateAsync(app, options);

        var first = await WorkAsync(app, options);
        var second = await WorkAsync(app, options);
        IReadOnlyList<SyntheticData.IssuedToken> tokens;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            tokens = await ActivatorUtilities.CreateInstance<SyntheticData>(scope.ServiceProvider).IssueTokensAsync(options, TestContext.Current.CancellationToken);
        }

        Assert.Equal(new SyntheticWork.Counts(4, 6, 40, 3, 5), first);
        Assert.Equal(new SyntheticWork.Counts(0, 0, 0), second);
        Assert.All(tokens, t => Assert.Equal(region, t.RegionCode));
        // Written with their taxonomy codes, as every write path does: no instance has to resolve them at start-up.
        var uncoded = await app.InDbAsync(async d => await d.JobSeekers.CountAsync(j => j.RegionCode == region && !j.TaxonomyCoded)
            + await d.Vacancies.CountAsync(v => v.RegionCode == region && !v.TaxonomyCoded));
        Assert.Equal(0, uncoded);
        // A case manager's own job seekers open in full, the sealed BSN shown masked as the app opens it.
        using var caseManager = Client(app, tokens.Single(t => t.Role == Roles.CaseManager));
        var list = await JsonAsync(caseManager, "/api/v1/job-seekers?pageSize=100");
        var ids = list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()).ToList();
        Assert.NotEmpty(ids);
        foreach (var id in ids)
        {
            var profile = await JsonAsync(caseManager, $"/api/v1/job-seekers/{id}");
            Assert.Equal("full", profile.GetProperty("access").GetString());
            Assert.StartsWith("WZ-", profile.GetProperty("pseudonym").GetString(), StringComparison.Ordinal);
            Assert.True(!profile.GetProperty("hasBsn").GetBoolean() || profile.GetProperty("bsnMasked").GetString()!.Length == 9);
        }

        // An account manager finds the region's open vacancies and candidates for them.
        await app.MatchingCaughtUpAsync();
        using var adviser = Client(app, tokens.Single(t => t.Role == Roles.AccountManager));
        var vacancies = (await JsonAsync(adviser, "/api/v1/vacancies?status=Open&pageSize=100")).GetProperty("items").EnumerateArray()
            .Select(v => v.GetProperty("id").GetString()).ToList();
        Assert.NotEmpty(vacancies);
        var candidates = new List<int>();
        foreach (var vacancy in vacancies)
        {
            candidates.Add((await JsonAsync(adviser, $"/api/v1/vacancies/{vacancy}/candidates?pageSize=5")).GetProperty("total").GetInt32());
        }

        Assert.Contains(candidates, total => total > 0);
    }

    private static HttpClient Client(WerkbrugAppFactory app, SyntheticData.IssuedToken token)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);
        return client;
    }

    private static async Task<JsonElement> JsonAsync(HttpClient client, string path) =>
        JsonDocument.Parse(await client.GetStringAsync(path, TestContext.Current.CancellationToken)).RootElement.Clone();

    private static async Task<SyntheticWork.Counts> WorkAsync(WerkbrugAppFactory app, SyntheticData.Options options)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await ActivatorUtilities.CreateInstance<SyntheticWork>(scope.ServiceProvider).GenerateAsync(options, TestContext.Current.CancellationToken);
    }

    private static async Task<SyntheticData.Counts> GenerateAsync(WerkbrugAppFactory app, SyntheticData.Options options)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await ActivatorUtilities.CreateInstance<SyntheticData>(scope.ServiceProvider).GenerateAsync(options, TestContext.Current.CancellationToken);
    }
}
