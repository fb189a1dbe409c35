using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Tests.Features.JobSeekers;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Browser;

/// <summary>
/// "Klant in beeld" in Chromium: a case manager opens the worklist from the navigation, finds the stale client at
/// the top, records a contact (first refused for a BSN in the note), returns to the list with a notice and sees that
/// client fresh and further down; the contact shows on the profile. Every page passes <see cref="PageChecks"/>.
/// </summary>
public sealed class ClientInViewBrowserTests(Browsers browsers)
{
    [Theory, BrowserProviders]
    public async Task a_case_manager_calls_in_the_stale_client_first_and_records_the_contact(Db db)
    {
        await using var session = await browsers.NewSessionAsync(db);
        var page = session.Page;
        var app = session.Host.App;
        var problems = new List<string>();
        var me = await app.CreateUserAsync("AM14", Roles.CaseManager);
        var stale = await app.RegisterJobSeekerAsync(me);
        var fresh = await app.RegisterJobSeekerAsync(me);
        var today = DateOnly.FromDateTime(DutchTime.ToLocal(DateTime.UtcNow));
        await app.InDbAsync(async d =>
        {
            foreach (var (id, daysAgo) in new[] { (stale.Id, 150), (fresh.Id, 5) })
            {
                var profile = await d.JobSeekers.SingleAsync(j => j.Id == id, TestContext.Current.CancellationToken);
                (profile.RegisteredOn, profile.LastContactOn) = (today.AddDays(-400), today.AddDays(-daysAgo));
            }

            return await d.SaveChangesAsync(TestContext.Current.CancellationToken);
        });

        await session.SignInAsync(me.Email, me.Password);
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Klant in beeld", Exact = true }).ClickAsync();
        await page.WaitForPathAsync("/job-seekers/in-view");
        await PageChecks.CheckAsync(session, "klant in beeld", problems);

        var rows = page.Locator("#clients-in-view tbody tr");
        Assert.Equal($"client-{stale.Id}", await rows.Nth(0).GetAttributeAsync("id"));
        Assert.Equal("Stale", await rows.Nth(0).GetAttributeAsync("data-freshness"));
        Assert.Contains("Verouderd", await rows.Nth(0).InnerTextAsync(), StringComparison.Ordinal);

        await page.Locator($"#client-{stale.Id} a[href$='/contact']").ClickAsync();
        await page.Locator("#contact-form").WaitForAsync();
        await PageChecks.CheckAsync(session, "contact form", problems);
        await page.Locator("#Input_Note").FillAsync("Noteerde BSN " + JobSeekerTestData.NewBsn());
        await page.GetByRole(AriaRole.Button, new() { Name = "Contact vastleggen" }).ClickAsync();
        await page.Locator("#error-summary").WaitForAsync();
        await PageChecks.CheckAsync(session, "contact form with errors", problems);

        await page.Locator("#Input_Note").FillAsync("Gebeld over de vacature in de logistiek");
        await page.Locator("#Input_Channel").SelectOptionAsync(new SelectOptionValue { Label = "Telefoon" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Contact vastleggen" }).ClickAsync();
        await page.WaitForPathAsync("/job-seekers/in-view");
        Assert.Contains("is vastgelegd", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await PageChecks.CheckAsync(session, "klant in beeld after the contact", problems);
        Assert.Equal($"client-{fresh.Id}", await rows.Nth(0).GetAttributeAsync("id"));
        Assert.Equal($"client-{stale.Id}", await rows.Nth(1).GetAttributeAsync("id"));
        Assert.Equal("Fresh", await rows.Nth(1).GetAttributeAsync("data-freshness"));

        await page.Locator($"#client-{stale.Id} th a").ClickAsync();
        await page.Locator("#contacts").WaitForAsync();
        Assert.Contains("Gebeld over de vacature", await page.Locator("#contacts").InnerTextAsync(), StringComparison.Ordinal);
        await PageChecks.CheckAsync(session, "job seeker with contacts", problems);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
