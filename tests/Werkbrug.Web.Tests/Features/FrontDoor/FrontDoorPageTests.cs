using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.FrontDoor;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.FrontDoor;

public sealed class FrontDoorPageTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Dictionary<string, string> Form(string company, string email, string municipality = "Amersfoort", string section = "") => new()
    {
        ["Input.CompanyName"] = company,
        ["Input.KvkNumber"] = "",
        ["Input.Municipality"] = municipality,
        ["Input.Section"] = section,
        ["Input.ContactName"] = "Jan de Vries",
        ["Input.Email"] = email,
        ["Input.Phone"] = "033 123 45 67",
        ["Input.Text"] = "Wij zoeken een heftruckchauffeur.",
    };

    [Theory, Providers]
    public async Task landing_page_names_the_service_point_and_its_contact_details(Db db)
    {
        var app = apps.For(db);
        await app.CreateUserAsync("AM14", Roles.AccountManager);
        await app.InDbAsync(async d =>
        {
            var point = await d.ServicePoints.FirstAsync(s => s.RegionCode == "AM14" && s.Kind == ServicePointKind.Regional, Ct);
            point.Phone = "033 999 00 00";
            point.Email = "wsp@amersfoort.example";
            return await d.SaveChangesAsync(Ct);
        });

        var page = await AccountPages.GetAsync(AccountPages.Browser(app), "/werkgevers");

        // The service point's name already says what it is: the heading names it once.
        Assert.Equal("Werkgeversservicepunt Regio Amersfoort", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("Werkgeversservicepunt Regio Amersfoort", page.Title);
        Assert.NotNull(page.QuerySelector("a[href='mailto:wsp@amersfoort.example']"));
        Assert.NotNull(page.QuerySelector("a[href='/werkgevers/vacature-melden']"));
    }

    [Theory, Providers]
    public async Task a_vacancy_becomes_a_routed_intake_request_with_a_reference_and_due_date(Db db)
    {
        var app = apps.For(db);
        var unique = Guid.NewGuid().ToString("N")[..8];
        // The region's own teams (the demo seed counts them, so this test adds none): the request goes where routing says.
        var teams = await app.InDbAsync(async d => (await d.Teams.Where(t => t.RegionCode == "AM14").OrderBy(t => t.Name).ToListAsync(Ct))
            .Select(t => new TeamFocus(t.Id, t.Kind, t.Focus)).ToList());
        var teamId = IntakeRouting.PickTeam(teams, "F", "Amersfoort");
        var browser = AccountPages.Browser(app);

        var response = await AccountPages.SubmitAsync(browser, "/werkgevers/vacature-melden", Form($"Bouwbedrijf {unique}", $"jan-{unique}@bouw.example", section: "F"));
        var page = await AccountPages.ReadAsync(response);

        Assert.Equal("/werkgevers/bevestiging", response.RequestMessage!.RequestUri!.AbsolutePath);
        var reference = page.QuerySelector("#reference")!.TextContent;
        Assert.Matches("^WSP-[A-Z2-9]{8}$", reference);
        var saved = await app.InDbAsync(d => d.IntakeRequests.SingleAsync(r => r.Reference == reference, Ct));
        Assert.Equal(IntakeRequestType.Vacancy, saved.Type);
        Assert.Equal("AM14", saved.RegionCode);
        Assert.Equal(teamId, saved.AssignedTeamId);
        Assert.Equal(IntakeRequestStatus.New, saved.Status);
        Assert.True(saved.DueDate > DateOnly.FromDateTime(saved.SubmittedAt.UtcDateTime));
    }

    [Theory, Providers]
    public async Task a_filled_honeypot_seems_to_succeed_but_saves_nothing(Db db)
    {
        var app = apps.For(db);
        var unique = Guid.NewGuid().ToString("N")[..8];
        var fields = Form($"Spam {unique}", $"spam-{unique}@example.com");
        fields["Input.Homepage"] = "https://spam.example";

        var response = await AccountPages.SubmitAsync(AccountPages.Browser(app), "/werkgevers/vraag-stellen", fields);
        var page = await AccountPages.ReadAsync(response);

        Assert.Equal("/werkgevers/bevestiging", response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.NotNull(page.QuerySelector("#reference"));
        Assert.Equal(0, await app.InDbAsync(d => d.IntakeRequests.CountAsync(r => r.CompanyName.Contains(unique), Ct)));
    }

    [Theory, Providers]
    public async Task refuses_incomplete_input_with_dutch_messages(Db db)
    {
        var app = apps.For(db);
        var fields = Form("", "geen-adres", municipality: "Utrecht");
        fields["Input.KvkNumber"] = "1234";

        var response = await AccountPages.SubmitAsync(AccountPages.Browser(app), "/werkgevers/vraag-stellen", fields);
        var errors = AccountPages.Errors(await AccountPages.ReadAsync(response));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Naam van uw bedrijf is verplicht.", errors);
        Assert.Contains("E-mailadres is geen geldig e-mailadres.", errors);
        Assert.Contains("Kies een gemeente uit de lijst.", errors);
        Assert.Contains(errors, e => e.Contains("acht cijfers", StringComparison.Ordinal));
    }

    [Theory, Providers]
    public async Task the_status_shows_only_with_the_matching_email_address(Db db)
    {
        var app = apps.For(db);
        var unique = Guid.NewGuid().ToString("N")[..8];
        var email = $"volg-{unique}@example.com";
        var browser = AccountPages.Browser(app);
        var confirmation = await AccountPages.ReadAsync(await AccountPages.SubmitAsync(browser, "/werkgevers/vraag-stellen", Form($"Volg {unique}", email)));
        var reference = confirmation.QuerySelector("#reference")!.TextContent;

        var wrong = await AccountPages.ReadAsync(await AccountPages.SubmitAsync(browser, "/werkgevers/status", new() { ["Input.Reference"] = reference, ["Input.Email"] = "ander@example.com" }));
        var right = await AccountPages.ReadAsync(await AccountPages.SubmitAsync(browser, "/werkgevers/status", new() { ["Input.Reference"] = reference.ToLowerInvariant(), ["Input.Email"] = email.ToUpperInvariant() }));

        Assert.NotNull(wrong.QuerySelector("#not-found"));
        Assert.Null(wrong.QuerySelector("#status"));
        Assert.Contains("Ontvangen", right.QuerySelector("#status")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain($"Volg {unique}", right.Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task once_answered_the_status_shows_the_answer_and_no_longer_a_reaction_date(Db db)
    {
        var app = apps.For(db);
        var unique = Guid.NewGuid().ToString("N")[..8];
        var email = $"antwoord-{unique}@example.com";
        var browser = AccountPages.Browser(app);
        var confirmation = await AccountPages.ReadAsync(await AccountPages.SubmitAsync(browser, "/werkgevers/vraag-stellen", Form($"Antwoord {unique}", email)));
        var reference = confirmation.QuerySelector("#reference")!.TextContent;
        var lookUp = new Dictionary<string, string> { ["Input.Reference"] = reference, ["Input.Email"] = email };
        var open = await AccountPages.ReadAsync(await AccountPages.SubmitAsync(browser, "/werkgevers/status", lookUp));
        await app.InDbAsync(async d =>
        {
            var request = await d.IntakeRequests.IgnoreQueryFilters().SingleAsync(r => r.Reference == reference, Ct);
            request.Status = IntakeRequestStatus.Answered;
            request.Answer = "U kunt de loonkostensubsidie aanvragen bij de gemeente; wij bellen u morgen.";
            request.AnsweredAtUtc = DateTime.UtcNow;
            return await d.SaveChangesAsync(Ct);
        });

        var answered = await AccountPages.ReadAsync(await AccountPages.SubmitAsync(browser, "/werkgevers/status", lookUp));

        Assert.Contains("U krijgt uiterlijk", open.QuerySelector("#status")!.TextContent, StringComparison.Ordinal);
        Assert.Null(open.QuerySelector("#answer"));
        Assert.Contains("Beantwoord", answered.QuerySelector("#status")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("U krijgt uiterlijk", answered.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("U kunt de loonkostensubsidie aanvragen bij de gemeente; wij bellen u morgen.", answered.QuerySelector("#answer")!.TextContent);
    }

    [Theory, Providers]
    public async Task refuses_a_phone_number_that_is_not_dutch_and_accepts_the_usual_ways_of_writing_one(Db db)
    {
        var app = apps.For(db);
        var unique = Guid.NewGuid().ToString("N")[..8];
        var browser = AccountPages.Browser(app);
        var wrong = Form($"Telefoon {unique}", $"tel-{unique}@example.com");
        wrong["Input.Phone"] = "12345";
        var right = Form($"Telefoon {unique}", $"tel-{unique}@example.com");
        right["Input.Phone"] = "+31 (0)6-1234 5678";

        var refused = await AccountPages.SubmitAsync(browser, "/werkgevers/vraag-stellen", wrong);
        var accepted = await AccountPages.SubmitAsync(browser, "/werkgevers/vraag-stellen", right);

        Assert.Contains(AccountPages.Errors(await AccountPages.ReadAsync(refused)), e => e.StartsWith("Telefoonnummer is geen geldig Nederlands telefoonnummer.", StringComparison.Ordinal));
        Assert.Equal("/werkgevers/bevestiging", accepted.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Theory, Providers]
    public async Task the_form_renders_the_honeypot_out_of_the_tab_order(Db db)
    {
        var app = apps.For(db);
        var page = await AccountPages.GetAsync(AccountPages.Browser(app), "/werkgevers/vacature-melden");
        var honeypot = page.QuerySelector<IHtmlInputElement>(".wb-honeypot input")!;
        Assert.Equal("-1", honeypot.GetAttribute("tabindex"));
        Assert.Null(honeypot.GetAttribute("style"));
    }
}
