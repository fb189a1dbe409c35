using Microsoft.Playwright;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Tests.Browser;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.Vacancies;

/// <summary>The vacancy pages the demo journeys cannot reach (the demo has no vacancies) pass the same checks (axe-core and more).</summary>
public sealed class VacancyBrowserTests(Browsers browsers)
{
    [Theory, BrowserProviders]
    public async Task the_vacancy_pages_with_data_and_errors_pass_the_checks(Db db)
    {
        await using var session = await browsers.NewSessionAsync(db);
        var app = session.Host.App;
        var user = await app.CreateAdviserAsync("AM14", Roles.AccountManager);
        var api = app.ApiClient(user);
        var employer = await api.RegisterEmployerAsync();
        var vacancy = await api.CreateVacancyAsync(employer, "Heftruckchauffeur");
        await api.EscalateAsync(vacancy.Id(), "Lokaal niemand", vacancy.Version());
        var page = session.Page;
        var problems = new List<string>();

        await session.SignInAsync(user.Email, user.Password);

        foreach (var path in new[] { "/vacancies", $"/vacancies/{vacancy.Id()}", $"/vacancies/{vacancy.Id()}/edit", $"/vacancies/new?employer={employer}", $"/employers/{employer}", $"/employers/{employer}/job-carving", "/notifications" })
        {
            var response = await page.GotoAsync(path);
            Assert.Equal(200, response?.Status);
            await PageChecks.CheckAsync(session, path, problems);
        }

        await page.GotoAsync($"/vacancies/{vacancy.Id()}/edit");
        await page.Locator("#Input_ClosingDate").FillAsync("2026-01-01");
        await page.Locator("#task-0-share").FillAsync("90");
        await page.GetByRole(AriaRole.Button, new() { Name = "Opslaan", Exact = true }).ClickAsync();
        await page.Locator("#error-summary").WaitForAsync();
        await PageChecks.CheckAsync(session, "edit page with errors", problems);

        await page.GotoAsync($"/employers/{employer}/job-carving");
        await page.GetByRole(AriaRole.Button, new() { Name = "Functie creëren", Exact = true }).ClickAsync();
        await page.Locator("#error-summary").WaitForAsync();
        await PageChecks.CheckAsync(session, "job carving with errors", problems);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
