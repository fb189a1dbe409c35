using System.Net;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Referrals;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.EmployerLinks;

/// <summary>The employer's pages behind the link and the staff page that makes the links, read as HTML.</summary>
public sealed class EmployerLinkPageTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, Providers]
    public async Task the_link_opens_the_list_and_the_sheet_and_records_a_rejection(Db db)
    {
        var app = apps.For(db);
        var setup = await app.OpenVacancyAsync();
        var (id, seeker) = await app.ReferAsync(setup);
        var link = await setup.LinkAsync();
        var browser = new PageClient(app.CreateClient());

        var list = await browser.GetAsync(link.OpenPath());
        Assert.Equal(HttpStatusCode.OK, list.Response.StatusCode);
        Assert.Equal("/werkgevers/voordrachten", list.Path);
        Assert.Empty(list.Response.RequestMessage!.RequestUri!.Query);
        Assert.NotNull(list.Document.QuerySelector($"#referrals tr[data-referral='{id}']"));
        Assert.Null(list.Document.QuerySelector("nav"));
        Assert.Contains("Petra de Vries", list.Document.QuerySelector("header")!.TextContent, StringComparison.Ordinal);

        var sheet = await browser.GetAsync($"/werkgevers/voordrachten/{id}");
        Assert.Equal(HttpStatusCode.OK, sheet.Response.StatusCode);
        Assert.Contains(seeker.Pseudonym, sheet.Document.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Null(sheet.Document.QuerySelector("#work-requirements"));
        Assert.Null(sheet.Document.QuerySelector("#contact-details"));
        Assert.DoesNotContain(seeker.Bsn, sheet.Document.Body!.InnerHtml, StringComparison.Ordinal);
        Assert.DoesNotContain(seeker.Marker, sheet.Document.Body!.InnerHtml, StringComparison.Ordinal);

        var missingNote = await browser.SubmitAsync(sheet, "#reject-form", new() { ["RejectInput.Reason"] = ["Other"] });
        Assert.True(missingNote.Document.QuerySelector("#error-summary") is not null, $"{missingNote.Response.StatusCode} {missingNote.Path} {missingNote.Document.QuerySelector("main")?.TextContent}");
        Assert.True(missingNote.Document.QuerySelector("#RejectInput_Note-error") is not null, missingNote.Document.QuerySelector("#error-summary")!.TextContent);

        var rejected = await browser.SubmitAsync(sheet, "#reject-form", new() { ["RejectInput.Reason"] = ["NoShow"] });
        Assert.Equal($"/werkgevers/voordrachten/{id}", rejected.Path);
        Assert.Equal("Rejected", rejected.Document.QuerySelector("#status [data-status]")!.GetAttribute("data-status"));
        Assert.Null(rejected.Document.QuerySelector("#reject-form"));

        var stale = await browser.SubmitAsync(sheet, "#hire-form", new() { ["HireInput.StartDate"] = [DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)] });
        Assert.True(stale.Document.QuerySelector("#error-summary") is not null, $"{stale.Response.StatusCode} {stale.Path} {stale.Document.QuerySelector("main")?.TextContent}");
        Assert.Equal(ReferralStatus.Rejected, await app.InDbAsync(d => d.Referrals.Where(r => r.Id == id).Select(r => r.Status).FirstAsync(Ct)));
        Assert.Equal(0, await app.InDbAsync(d => d.Placements.CountAsync(p => p.ReferralId == id, Ct)));

        var forgotten = await browser.SubmitAsync(list, "#forget-form");
        Assert.Equal("/werkgevers", forgotten.Path);
        var after = await browser.GetAsync("/werkgevers/voordrachten");
        Assert.Equal(HttpStatusCode.NotFound, after.Response.StatusCode);
        Assert.Contains("Deze link is niet (meer) geldig", after.Document.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task the_sheet_shows_the_work_requirements_only_on_explicit_consent(Db db)
    {
        var app = apps.For(db);
        var setup = await app.OpenVacancyAsync();
        var (id, seeker) = await app.ReferAsync(setup, new Disclosure(DataCategories.ContactDetails | DataCategories.WorkRequirements, ConsentKind.Consent, null, true));
        var browser = new PageClient(app.CreateClient());
        await browser.GetAsync((await setup.LinkAsync()).OpenPath());

        var sheet = await browser.GetAsync($"/werkgevers/voordrachten/{id}");

        Assert.Contains(seeker.Marker, sheet.Document.QuerySelector("#work-requirements")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(sheet.Document.QuerySelector("#contact-details"));
        Assert.Null(sheet.Document.QuerySelector("#full-profile"));
        Assert.DoesNotContain(seeker.Bsn, sheet.Document.Body!.InnerHtml, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task staff_make_a_link_see_its_url_once_and_revoke_it(Db db)
    {
        var app = apps.For(db);
        var setup = await app.OpenVacancyAsync();
        var staff = await PageClient.LoginAsync(app, setup.Adviser);
        var details = await staff.GetAsync($"/vacancies/{setup.VacancyId}");
        Assert.Equal($"/vacancies/{setup.VacancyId}/employer-links", details.Document.QuerySelector("#employer-links")!.GetAttribute("href"));

        var page = await staff.GetAsync($"/vacancies/{setup.VacancyId}/employer-links");
        var invalid = await staff.SubmitAsync(page, "#new-link-form", new() { ["Input.ContactName"] = [""], ["Input.ValidDays"] = ["abc"] });
        Assert.NotNull(invalid.Document.QuerySelector("#error-summary"));
        var made = await staff.SubmitAsync(page, "#new-link-form", new() { ["Input.ContactName"] = ["Jan Jansen"], ["Input.ValidDays"] = ["10"] });
        var url = made.Document.QuerySelector("#link-url")!.TextContent;
        Assert.Contains("/werkgevers/voordrachten/open?token=", url, StringComparison.Ordinal);
        Assert.Null((await staff.GetAsync($"/vacancies/{setup.VacancyId}/employer-links")).Document.QuerySelector("#link-url"));

        var employer = new PageClient(app.CreateClient());
        Assert.Equal("/werkgevers/voordrachten", (await employer.GetAsync(new Uri(url).PathAndQuery)).Path);

        var revoked = await staff.SubmitAsync(made, "#links form");
        Assert.Equal("Revoked", revoked.Document.QuerySelector("#links tr[data-link]")!.GetAttribute("data-status"));
        Assert.Equal(HttpStatusCode.Gone, (await employer.GetAsync("/werkgevers/voordrachten")).Response.StatusCode);
    }
}
