using Microsoft.Playwright;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Tests.Browser;
using Werkbrug.Web.Tests.Features.Vacancies;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.PublishedVacancies;

/// <summary>
/// The owner marks an open vacancy public on its detail page, and a visitor (another browser context, not signed in)
/// finds it from the front door and reads it: title, employer, how to respond through the service point. Every page
/// passes <see cref="PageChecks"/>.
/// </summary>
public sealed class PublishedVacancyBrowserTests(Browsers browsers)
{
    [Theory, BrowserProviders]
    public async Task the_owner_marks_a_vacancy_public_and_a_visitor_reads_it_on_the_public_page(Db db)
    {
        await using var session = await browsers.NewSessionAsync(db);
        var app = session.Host.App;
        var owner = await app.CreateAdviserAsync("AM14", Roles.AccountManager);
        var api = app.ApiClient(owner);
        var employerName = EmployerPages.UniqueName("Bakkerij");
        var vacancy = await api.CreateVacancyAsync(await api.RegisterEmployerAsync(employerName), EmployerPages.UniqueName("Broodbakker"));
        await api.MoveAsync(vacancy.Id(), "Open", vacancy.Version());
        var title = vacancy.GetProperty("title").GetString()!;
        var page = session.Page;
        var problems = new List<string>();

        await session.SignInAsync(owner.Email, owner.Password);
        await page.GotoAsync($"/vacancies/{vacancy.Id()}");
        Assert.Contains("niet openbaar", await page.Locator("#publication-state").InnerTextAsync(), StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Button, new() { Name = "Openbaar maken", Exact = true }).ClickAsync();
        await page.Locator("#public-page").WaitForAsync();
        await PageChecks.CheckAsync(session, "vacancy marked public", problems);

        await using var visitor = await browsers.NewSessionAsync(db);
        var view = visitor.Page;
        await view.GotoAsync("/werkgevers");
        await view.GetByRole(AriaRole.Link, new() { Name = "Vacatures in de regio bekijken" }).ClickAsync();
        await view.WaitForPathAsync("/vacatures");
        await PageChecks.CheckAsync(visitor, "public vacancy list", problems);
        await view.GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).ClickAsync();
        await view.WaitForPathAsync($"/vacatures/{vacancy.Id()}");
        await PageChecks.CheckAsync(visitor, "public vacancy", problems);

        Assert.Equal(title, (await view.Locator("h1").InnerTextAsync()).Trim());
        Assert.Contains(employerName, await view.Locator("#vacancy-employer").InnerTextAsync(), StringComparison.Ordinal);
        var respond = await view.Locator("#respond").InnerTextAsync();
        Assert.Contains("Zo reageert u", respond, StringComparison.Ordinal);
        Assert.Contains("Werkgeversservicepunt", respond, StringComparison.Ordinal);
        Assert.Contains(vacancy.Id().ToString(), respond, StringComparison.Ordinal);
        Assert.DoesNotContain("Anna de Vries", await view.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await view.Locator("#error-summary, .utrecht-alert--error").CountAsync());
        Assert.Equal(1, await view.Locator("script[type='application/ld+json']").CountAsync());
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
