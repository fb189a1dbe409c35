using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.JobSeekers;

public sealed class JobSeekerPageTests(Apps apps)
{
    [Theory, Providers]
    public async Task a_case_manager_registers_and_edits_a_job_seeker_through_the_forms(Db db)
    {
        var app = apps.For(db);
        var caseManager = await app.CreateUserAsync("AM14", Roles.CaseManager);
        var pages = await PageClient.LoginAsync(app, caseManager);
        var bsn = JobSeekerTestData.NewBsn();

        var form = await pages.GetAsync("/job-seekers/new");
        var invalid = await pages.SubmitAsync(form, "form.wb-form", new() { ["Input.Bsn"] = ["123456789"] });
        var registered = await pages.SubmitAsync(invalid, "form.wb-form", new()
        {
            ["Input.GivenName"] = ["Ayla"],
            ["Input.Surname"] = ["Formulier"],
            ["Input.BirthDate"] = ["1985-09-12"],
            ["Input.Bsn"] = [bsn],
            ["Input.Postcode"] = ["3811AB"],
            ["Input.WerkfitStatus"] = ["WorkReady"],
            ["Input.Benefit"] = ["Ww"],
            ["Input.Competences[4].Mastery"] = ["Good"],
            ["Input.Languages[0].Code"] = ["nld"],
            ["Input.Languages[0].Oral"] = ["Excellent"],
            ["Input.DrivingLicences"] = ["B", "C"],
            ["Input.Skills[0].Label"] = ["Lassen"],
            ["Input.Traits"] = ["Zorgvuldig\nRustig"],
            ["Input.Branches"] = ["F"],
            ["Input.AdaptationNeeded"] = ["Yes"],
            ["Input.Adjustments"] = ["Vaste werkplek"],
        });

        Assert.Contains("Geen geldig burgerservicenummer", invalid.Document.QuerySelector("#error-summary")?.TextContent ?? string.Empty, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("123456789", invalid.Document.Body!.InnerHtml, StringComparison.Ordinal);
        Assert.Matches("^/job-seekers/[0-9a-f-]{36}$", registered.Path);
        Assert.Contains("Ayla Formulier", registered.Document.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        // The own profile previews what the region's advisers see, without sending its own case manager elsewhere.
        var preview = registered.Document.QuerySelector("#matching-profile-intro")!.TextContent;
        Assert.StartsWith("Zo zien adviseurs in de regio deze werkzoekende", preview, StringComparison.Ordinal);
        Assert.DoesNotContain("via de klantmanager", preview, StringComparison.Ordinal);
        // "Plaatsingen" is in the menu of a role that may open the placements.
        Assert.Equal("Plaatsingen", registered.Document.QuerySelector("nav a[href='/placements']")?.TextContent);

        var id = Guid.Parse(registered.Path.Split('/')[^1]);
        var edit = await pages.SubmitAsync(await pages.GetAsync($"/job-seekers/{id}/edit"), "form.wb-form", new() { ["Input.Surname"] = ["Gewijzigd"] });
        var saved = await app.InDbAsync(d => d.JobSeekers.AsNoTracking().SingleAsync(j => j.Id == id));

        Assert.Equal($"/job-seekers/{id}", edit.Path);
        Assert.Equal(("Gewijzigd", "3811 AB", "3811", 1), (saved.Surname, saved.Postcode, saved.Pc4, saved.Version));
        Assert.Equal([new CompetenceRating(Competence.CooperatingAndConsulting, Mastery.Good)], saved.Competences);
        Assert.Equal(["B", "C"], saved.DrivingLicences);
        Assert.Equal(["Zorgvuldig", "Rustig"], saved.Traits);
        Assert.Equal(LanguageLevel.Excellent, Assert.Single(saved.Languages).Oral);
        Assert.Equal("Lassen", Assert.Single(saved.Skills).Label);
        Assert.NotNull(saved.SealedBsn);
    }
}
