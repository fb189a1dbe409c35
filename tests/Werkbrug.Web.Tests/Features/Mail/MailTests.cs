using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Employers;
using Werkbrug.Domain.Mail;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Tests.Features.Aftercare;
using Werkbrug.Web.Tests.Features.EmployerLinks;
using Werkbrug.Web.Tests.Features.JobSeekers;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.Mail;

/// <summary>Outgoing mail through the outbox to a real SMTP server: what arrives, when, once, and never a job seeker's name or sensitive data.</summary>
public sealed class MailTests(MailHosts hosts) : IClassFixture<MailHosts>
{
    private const string Region = "AM36";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, Providers]
    public async Task a_survey_invitation_goes_through_the_smtp_server_and_its_link_takes_the_response(Db db)
    {
        var (app, catcher) = await hosts.ForAsync(db);
        var coordinator = await app.CreateAdviserAsync(Region, Roles.RegionCoordinator, Roles.AccountManager);
        var api = app.ApiClient(coordinator);
        var employer = await api.RegisterEmployerAsync();
        var address = $"enquete-{employer:N}@test.werkbrug.nl";
        await app.InDbAsync(async d =>
        {
            var e = await d.Employers.SingleAsync(x => x.Id == employer, Ct);
            e.Status = EmployerStatus.Client;
            e.ContactPersons.Add(new ContactPerson { Name = "Contact enquête", Email = address });
            return await d.SaveChangesAsync(Ct);
        });
        var created = await JsonAsync(await api.PostAsJsonAsync("/api/v1/surveys", new { templateKey = "werkgeverstevredenheid" }, Ct), HttpStatusCode.Created);
        var survey = created.GetProperty("id").GetGuid();
        Assert.True((await JsonAsync(await api.PostAsync($"/api/v1/surveys/{survey}/yearly-round", null, Ct), HttpStatusCode.OK)).GetProperty("invited").GetInt32() >= 1);
        await app.SendAsync();

        var mail = Assert.Single(catcher.To(address));
        var link = System.Text.RegularExpressions.Regex.Match(mail.TextBody ?? string.Empty, @"https://werkbrug\.test/enquete/[A-Za-z0-9_-]+").Value;
        Assert.NotEmpty(link);
        Assert.Contains(MailHosts.BaseUrl + "/enquete/afmelden/", mail.TextBody, StringComparison.Ordinal);
        var pages = new PageClient(app.CreateClient());
        var path = new Uri(link).PathAndQuery;
        var first = await pages.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, first.Response.StatusCode);
        first.Document.QuerySelector("#survey-form")!.SetAttribute("action", path + "?handler=Next");
        var next = await pages.SubmitAsync(first, "#survey-form", new() { ["q_T1"] = ["7"] });
        next.Document.QuerySelector("#survey-form")!.SetAttribute("action", path + "?handler=Next");
        var end = await pages.SubmitAsync(next, "#survey-form");
        end.Document.QuerySelector("#survey-form")!.SetAttribute("action", path + "?handler=Send");
        Assert.NotNull((await pages.SubmitAsync(end, "#survey-form")).Document.QuerySelector("#survey-done"));
        var response = await app.InDbAsync(d => d.SurveyResponses.SingleAsync(r => r.SurveyId == survey, Ct));
        Assert.Equal((7, false, (Guid?)null), (response.Score, response.SharedWithAdviser, response.EmployerId));
    }

    [Theory, Providers]
    public async Task an_employer_link_sent_by_email_reaches_the_contact_and_opens_the_referrals(Db db)
    {
        var (app, catcher) = await hosts.ForAsync(db);
        var (setup, contact) = await VacancyWithContactAsync(app);
        var staff = await PageClient.LoginAsync(app, setup.Adviser);

        var page = await staff.GetAsync($"/vacancies/{setup.VacancyId}/employer-links");
        var made = await staff.SubmitAsync(page, "#new-link-form", new() { ["Input.ContactName"] = ["Petra de Vries"], ["Input.SendByEmail"] = ["true"] });

        Assert.Contains($"De link gaat per e-mail naar {contact}.", made.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var copied = made.Document.QuerySelector("#link-url")!.TextContent; // the copy option stays
        Assert.Empty(catcher.To(contact)); // in the outbox with the link; the sender sends it
        await app.SendAsync();

        var mail = catcher.OneTo(contact, "Uw kandidaten voor de vacature");
        var url = MailHosts.BaseUrl + new Uri(copied).PathAndQuery;
        Assert.Contains("/werkgevers/voordrachten/open?token=", url, StringComparison.Ordinal);
        Assert.Contains(url, mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"href=\"{url}\"", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Beste Petra de Vries", mail.TextBody, StringComparison.Ordinal);
        Assert.Equal(setup.Adviser.Email, Assert.Single(mail.ReplyTo.Mailboxes).Address);
        var opened = await app.CreateClient().GetAsync(new Uri(url).PathAndQuery, Ct);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Equal("/werkgevers/voordrachten", opened.RequestMessage!.RequestUri!.AbsolutePath);

        // Through the API, and a contact person without an address on record: refused, nothing made.
        var created = await JsonAsync(await setup.Staff.PostAsJsonAsync(
            $"/api/v1/vacancies/{setup.VacancyId}/employer-links", new { contactName = "petra de vries", sendByEmail = true }, Ct), HttpStatusCode.Created);
        Assert.Equal(contact, created.GetProperty("emailedTo").GetString());
        var refused = await setup.Staff.PostAsJsonAsync($"/api/v1/vacancies/{setup.VacancyId}/employer-links", new { contactName = "Jan Zonder Adres", sendByEmail = true }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("geen e-mailadres", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task with_the_mail_server_down_a_mail_waits_in_the_outbox_and_goes_out_once_when_it_is_back(Db db)
    {
        var (app, catcher) = await hosts.ForAsync(db);
        var (setup, contact) = await VacancyWithContactAsync(app);
        var admin = app.ApiClient(await app.CreateAdviserAsync(Region, Roles.Administrator));
        await catcher.StopAsync();
        try
        {
            await JsonAsync(
                await setup.Staff.PostAsJsonAsync($"/api/v1/vacancies/{setup.VacancyId}/employer-links", new { contactName = "Petra de Vries", sendByEmail = true }, Ct),
                HttpStatusCode.Created);

            Assert.Equal(0, await app.SendAsync());
            Assert.Equal(0, await app.SendAsync()); // not due again before its pause is over

            var waiting = await OutboxOfAsync(app, contact);
            Assert.Equal((OutboxMailStatus.Pending, 1), (waiting.Status, waiting.Attempts));
            Assert.NotNull(waiting.SealedContent);
            var row = Assert.Single(await admin.AllItemsAsync("/api/v1/mail-outbox/mails?status=Pending"), r => r.GetProperty("recipient").GetString() == contact);
            Assert.Equal(1, row.GetProperty("attempts").GetInt32());
            Assert.False(string.IsNullOrEmpty(row.GetProperty("lastError").GetString()));
            Assert.False(row.TryGetProperty("sealedContent", out _));
            var elsewhere = app.ApiClient(await app.CreateAdviserAsync("AM37", Roles.Administrator));
            Assert.DoesNotContain(await elsewhere.AllItemsAsync("/api/v1/mail-outbox/mails"), r => r.GetProperty("recipient").GetString() == contact);
        }
        finally
        {
            await catcher.StartAsync();
        }

        using (app.Clock.Shift(OutboxMail.PauseAfter(1) + TimeSpan.FromSeconds(1)))
        {
            Assert.True(await app.SendAsync() >= 1);
            Assert.Equal(0, await app.SendAsync());
        }

        Assert.Single(catcher.To(contact));
        var sent = await OutboxOfAsync(app, contact);
        Assert.Equal((OutboxMailStatus.Sent, 2), (sent.Status, sent.Attempts));
        Assert.Null(sent.SealedContent);
        var summary = await JsonAsync(await admin.GetAsync("/api/v1/mail-outbox", Ct));
        Assert.True(summary.GetProperty("enabled").GetBoolean());
        Assert.True(summary.GetProperty("sent").GetInt32() >= 1);
    }

    [Theory, Providers]
    public async Task an_aftercare_task_is_reminded_to_its_owner_the_day_before_and_once_when_overdue(Db db)
    {
        var (app, catcher) = await hosts.ForAsync(db);
        var world = await app.WorldAsync(Region);
        var seeker = await app.RegisterJobSeekerAsync(world.OwnCaseManager);
        var referral = await app.SentReferralAsync(world, seeker, world.OwnCaseManager);
        await app.RejectAsync(referral.Id, world.Adviser.Id);
        var task = Assert.Single(await app.TasksOfAsync(referral.Id));
        var today = DutchTime.Today(TimeProvider.System);

        using (app.Clock.Shift(TimeSpan.FromDays(task.DueOn.DayNumber - today.DayNumber - 1)))
        {
            await app.RemindAsync();
            await app.RemindAsync();
            await app.SendAsync();
        }

        var due = catcher.OneTo(world.Adviser.Email, "Herinnering: Terugkoppeling met de werkgever morgen");
        Assert.Contains(referral.Pseudonym, due.TextBody, StringComparison.Ordinal);
        Assert.Contains($"{MailHosts.BaseUrl}/tasks/{task.Id}", due.TextBody, StringComparison.Ordinal);
        Assert.Contains(world.VacancyTitle, due.HtmlBody, StringComparison.Ordinal);

        using (app.Clock.Shift(TimeSpan.FromDays(task.DueOn.DayNumber - today.DayNumber + 2)))
        {
            await app.RemindAsync();
            await app.SendAsync();
            await app.RemindAsync();
            await app.SendAsync();
        }

        catcher.OneTo(world.Adviser.Email, "Te laat: Terugkoppeling met de werkgever");
        Assert.Equal(2, catcher.To(world.Adviser.Email).Count(m => m.Is(referral.Pseudonym)));
        catcher.AssertNothingOf(seeker);
    }

    [Theory, Providers]
    public async Task the_employers_decision_reaches_the_case_manager_by_pseudonym_only(Db db)
    {
        var (app, catcher) = await hosts.ForAsync(db);
        var world = await app.WorldAsync(Region);
        var seeker = await app.RegisterJobSeekerAsync(world.OwnCaseManager);
        var referral = await app.SentReferralAsync(world, seeker, world.OwnCaseManager);

        await app.RejectAsync(referral.Id, world.Adviser.Id);
        await app.SendAsync();

        var mail = catcher.OneTo(world.OwnCaseManager.Email, $"Voordracht {referral.Pseudonym}: Afgewezen door werkgever");
        Assert.Contains(world.VacancyTitle, mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"{MailHosts.BaseUrl}/referrals/{referral.Id}", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(catcher.To(world.Adviser.Email), m => m.Is("Voordracht"));
        catcher.AssertNothingOf(seeker);
    }

    [Theory, Providers]
    public async Task a_user_who_turns_the_digest_on_gets_one_morning_mail_with_counts_and_links(Db db)
    {
        var (app, catcher) = await hosts.ForAsync(db);
        var world = await app.WorldAsync(Region);
        var seeker = await app.RegisterJobSeekerAsync(world.OwnCaseManager);
        await app.RejectAsync((await app.SentReferralAsync(world, seeker, world.OwnCaseManager)).Id, world.Adviser.Id);
        var adviser = app.ApiClient(world.Adviser);
        Assert.False((await JsonAsync(await adviser.GetAsync("/api/v1/me/mail-settings", Ct))).GetProperty("dailyDigest").GetBoolean());
        var session = await app.SignInAsync(world.Adviser);
        var (_, account) = await session.GetAsync("/account");
        var (status, saved) = await session.SubmitAsync(account, "#daily-digest", [("dailyDigest", "true")]);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("elke ochtend een overzicht", saved.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.True(saved.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#dailyDigest")!.IsChecked);
        Assert.True((await JsonAsync(await adviser.GetAsync("/api/v1/me/mail-settings", Ct))).GetProperty("dailyDigest").GetBoolean());

        var local = DutchTime.ToLocal(DateTime.UtcNow);
        using (app.Clock.Shift(DutchTime.FromLocal(local.Date.AddDays(1).AddHours(8)) - DateTimeOffset.UtcNow))
        {
            await app.RemindAsync();
            await app.RemindAsync();
            await app.SendAsync();
        }

        var digest = catcher.OneTo(world.Adviser.Email, "Werkbrug: wat er op");
        Assert.Contains("Open taken en voordrachten: 1, waarvan te laat: 0", digest.TextBody, StringComparison.Ordinal);
        Assert.Contains($"{MailHosts.BaseUrl}/tasks", digest.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(seeker.Pseudonym, digest.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(catcher.To(world.Manager.Email), m => m.Is("Werkbrug: wat er op"));
    }

    private static async Task<(LinkSetup Setup, string Contact)> VacancyWithContactAsync(WerkbrugAppFactory app)
    {
        var setup = await app.OpenVacancyAsync(Region);
        var contact = $"petra-{Guid.NewGuid():N}@werkgever.test";
        await app.InDbAsync(async db =>
        {
            var employer = await db.Employers.SingleAsync(e => e.Id == setup.EmployerId, Ct);
            employer.ContactPersons.Add(new ContactPerson { Name = "Petra de Vries", Email = contact });
            employer.ContactPersons.Add(new ContactPerson { Name = "Jan Zonder Adres" });
            return await db.SaveChangesAsync(Ct);
        });
        return (setup, contact);
    }

    private static Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK) =>
        AftercareTestData.JsonAsync(response, expected);

    private static Task<OutboxMail> OutboxOfAsync(WerkbrugAppFactory app, string recipient) =>
        app.InDbAsync(db => db.OutboxMails.AsNoTracking().SingleAsync(m => m.Recipient == recipient, Ct));
}
