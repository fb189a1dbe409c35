using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.FrontDoor;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.Vacancies;

public sealed class VacancyApiTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, Providers]
    public async Task creates_a_draft_vacancy_and_reads_it_back_with_its_rows_and_history(Db db)
    {
        var app = apps.For(db);
        var user = await app.CreateAdviserAsync("AM14", Roles.AccountManager);
        var api = app.ApiClient(user);
        var employer = await api.RegisterEmployerAsync();

        var email = $"contact-{Guid.NewGuid():N}@example.nl";
        var response = await api.PostAsJsonAsync("/api/v1/vacancies", VacancyTestData.Body(employer, "Orderpicker Noord", b =>
        {
            b["postcode"] = "3811ab";
            b["contactEmail"] = email;
        }), Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal($"/api/v1/vacancies/{body.Id()}", response.Headers.Location?.OriginalString);
        var read = await api.GetVacancyAsync(body.Id());
        Assert.Equal("Orderpicker Noord", read.GetProperty("title").GetString());
        Assert.Equal("Draft", read.GetProperty("status").GetString());
        Assert.Equal("Local", read.GetProperty("escalationLevel").GetString());
        Assert.Equal("3811 AB", read.GetProperty("postcode").GetString());
        Assert.Equal("3811", read.GetProperty("pc4").GetString());
        Assert.Equal(["Orders verzamelen:60:False", "Pallets inpakken:30:True"],
            read.GetProperty("tasks").EnumerateArray().Select(t => $"{t.GetProperty("description")}:{t.GetProperty("sharePercent")}:{t.GetProperty("separable")}"));
        Assert.Equal("Trainable", read.GetProperty("skills")[0].GetProperty("kind").GetString());
        Assert.Equal(24121, read.GetProperty("competences")[0].GetProperty("code").GetInt32());
        Assert.Equal(user.OrganisationId, read.GetProperty("ownerOrganisationId").GetGuid());
        Assert.Equal(user.Id, read.GetProperty("adviserUserId").GetGuid());
        Assert.Equal(("Anna de Vries", "033 123 45 67", email), (read.GetProperty("contactName").GetString(), read.GetProperty("contactPhone").GetString(), read.GetProperty("contactEmail").GetString()));
        Assert.Equal("H", read.GetProperty("sbiSection").GetString()); // left out: the employer's main activity (SBI 4941)
        Assert.DoesNotContain(app.Logs.Lines, l => l.Contains(email, StringComparison.OrdinalIgnoreCase));

        // The document tells a partner what the new fields hold.
        var command = (await api.GetFromJsonAsync<JsonElement>("/openapi/v1.json", Ct)).GetProperty("components").GetProperty("schemas").GetProperty("CreateVacancyCommand").GetProperty("properties");
        Assert.Contains("main activity", command.GetProperty("sbiSection").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains("phone number", command.GetProperty("contactPhone").GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal(["Open", "Withdrawn"], read.GetProperty("nextStatuses").EnumerateArray().Select(s => s.GetString()));
        var history = Assert.Single(read.GetProperty("history").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, history.GetProperty("from").ValueKind);
        Assert.Equal("Draft", history.GetProperty("to").GetString());
    }

    private static readonly (string Situation, string Field)[] InvalidCases =
    [
        ("title-too-long", "title"),
        ("hours-min-above-max", "hoursPerWeekMin"),
        ("hours-above-60", "hoursPerWeekMax"),
        ("no-positions", "positions"),
        ("unknown-postcode", "postcode"),
        ("unknown-municipality", "municipalityName"),
        ("unknown-employer", "employerId"),
        ("unknown-competence", "competences"),
        ("task-shares-over-100", "tasks"),
        ("task-without-description", "tasks"),
        ("missing-contract-type", "contractType"),
        ("unknown-organisation", "ownerOrganisationId"),
        ("unknown-adviser", "adviserUserId"),
        ("description-too-long", "description"),
        ("unknown-intake-request", "intakeRequestId"),
        ("bad-contact-phone", "contactPhone"),
        ("bad-contact-email", "contactEmail"),
        ("contact-without-name", "contactName"),
        ("unknown-sbi-section", "sbiSection"),
    ];

    private static void Break(Dictionary<string, object?> body, string situation)
    {
        switch (situation)
        {
            case "title-too-long": body["title"] = new string('x', 121); break;
            case "hours-min-above-max": body["hoursPerWeekMin"] = 36; body["hoursPerWeekMax"] = 32; break;
            case "hours-above-60": body["hoursPerWeekMax"] = 61; break;
            case "no-positions": body["positions"] = 0; break;
            case "unknown-postcode": body["postcode"] = "0999 ZZ"; break;
            case "unknown-municipality": body["municipalityName"] = "Atlantis"; break;
            case "unknown-employer": body["employerId"] = Guid.NewGuid(); break;
            case "unknown-competence": body["competences"] = new object[] { new { code = 24103 } }; break;
            case "task-shares-over-100": body["tasks"] = new object[] { new { description = "A", sharePercent = 70 }, new { description = "B", sharePercent = 40 } }; break;
            case "task-without-description": body["tasks"] = new object[] { new { description = "", sharePercent = 20 } }; break;
            case "missing-contract-type": body.Remove("contractType"); break;
            case "unknown-organisation": body["ownerOrganisationId"] = Guid.NewGuid(); break;
            case "unknown-adviser": body["adviserUserId"] = Guid.NewGuid(); break;
            case "description-too-long": body["description"] = new string('x', 4001); break;
            case "unknown-intake-request": body["intakeRequestId"] = Guid.NewGuid(); break;
            case "bad-contact-phone": body["contactPhone"] = "12345"; break;
            case "bad-contact-email": body["contactEmail"] = "anna@"; break;
            case "contact-without-name": body["contactName"] = " "; break;
            case "unknown-sbi-section": body["sbiSection"] = "Z"; break;
        }
    }

    [Theory, Providers]
    public async Task each_invalid_input_is_refused_naming_its_field_and_nothing_is_saved(Db db)
    {
        var app = apps.For(db);
        var api = app.ApiClient(await app.CreateAdviserAsync("AM14", Roles.AccountManager));
        var employer = await api.RegisterEmployerAsync();
        var failures = new List<string>();

        foreach (var (situation, field) in InvalidCases)
        {
            var title = EmployerPages.UniqueName("Fout");
            var response = await api.PostAsJsonAsync("/api/v1/vacancies", VacancyTestData.Body(employer, title, b => Break(b, situation)), Ct);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
            var errors = problem.TryGetProperty("errors", out var e) ? e.EnumerateObject().Select(p => p.Name).ToList() : [];
            if (response.StatusCode != HttpStatusCode.BadRequest || response.Content.Headers.ContentType?.MediaType != "application/problem+json"
                || errors.SingleOrDefault() != field || problem.GetProperty("errors").GetProperty(field)[0].GetString() is not { Length: > 10 })
            {
                failures.Add($"{situation}: {(int)response.StatusCode} {problem}");
            }

            if (await app.InDbAsync(d => d.Vacancies.AnyAsync(v => v.Title == title, Ct)))
            {
                failures.Add($"{situation}: saved");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Theory, Providers]
    public async Task applications_may_close_before_the_start_but_a_vacancy_is_published_with_no_date_in_the_past(Db db)
    {
        var app = apps.For(db);
        var api = app.ApiClient(await app.CreateAdviserAsync("AM14", Roles.AccountManager));
        var employer = await api.RegisterEmployerAsync();

        // Normal practice: applications close (in 30 days) before the job starts (in 60): saved and published.
        var usual = await api.CreateVacancyAsync(employer);
        var published = await api.MoveAsync(usual.Id(), "Open", usual.Version());
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);

        // A draft may hold a start date in the past; publishing it is refused, in Dutch, and changes nothing.
        var late = await api.CreateVacancyAsync(employer, change: b => b["startDate"] = VacancyTestData.Day(-1));
        var refused = await api.MoveAsync(late.Id(), "Open", late.Version());
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("Startdatum ligt in het verleden.", Assert.Single((await refused.ProblemAsync()).FieldErrors("startDate")), StringComparison.Ordinal);
        Assert.Equal("Draft", (await api.GetVacancyAsync(late.Id())).GetProperty("status").GetString());

        // On a published vacancy a date changed to one in the past is refused too.
        var open = await published.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var body = VacancyTestData.Body(employer, open.GetProperty("title").GetString(), b =>
        {
            b["closingDate"] = VacancyTestData.Day(-2);
            b["version"] = open.Version();
        });
        var changed = await api.PutAsJsonAsync($"/api/v1/vacancies/{usual.Id()}", body, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, changed.StatusCode);
        Assert.Contains("in het verleden", Assert.Single((await changed.ProblemAsync()).FieldErrors("closingDate")), StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task an_adviser_of_another_organisation_is_refused_as_adviser(Db db)
    {
        var app = apps.For(db);
        var api = app.ApiClient(await app.CreateAdviserAsync("AM14", Roles.AccountManager));
        var colleague = await app.CreateAdviserAsync("AM14", Roles.AccountManager);
        var caseManager = await app.CreateAdviserAsync("AM14", Roles.CaseManager);
        var employer = await api.RegisterEmployerAsync();

        var otherOrganisation = await api.PostAsJsonAsync("/api/v1/vacancies", VacancyTestData.Body(employer, change: b => b["adviserUserId"] = colleague.Id), Ct);
        var theirs = await api.PostAsJsonAsync("/api/v1/vacancies", VacancyTestData.Body(employer, change: b => { b["adviserUserId"] = colleague.Id; b["ownerOrganisationId"] = colleague.OrganisationId; }), Ct);
        var notAnAdviser = await api.PostAsJsonAsync("/api/v1/vacancies", VacancyTestData.Body(employer, change: b => { b["adviserUserId"] = caseManager.Id; b["ownerOrganisationId"] = caseManager.OrganisationId; }), Ct);

        Assert.Contains("eigenaar-organisatie", Assert.Single((await otherOrganisation.ProblemAsync()).FieldErrors("adviserUserId")), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, theirs.StatusCode);
        Assert.Single((await notAnAdviser.ProblemAsync()).FieldErrors("adviserUserId"));
    }

    [Theory, Providers]
    public async Task an_external_id_is_unique_per_owner_organisation(Db db)
    {
        var app = apps.For(db);
        var api = app.ApiClient(await app.CreateAdviserAsync("AM14", Roles.AccountManager));
        var other = app.ApiClient(await app.CreateAdviserAsync("AM14", Roles.AccountManager));
        var employer = await api.RegisterEmployerAsync();
        var externalId = "WBS-" + Guid.NewGuid().ToString("N")[..8];
        await api.CreateVacancyAsync(employer, change: b => b["externalId"] = externalId);

        var again = await api.PostAsJsonAsync("/api/v1/vacancies", VacancyTestData.Body(employer, change: b => b["externalId"] = externalId), Ct);
        var otherOrganisation = await other.PostAsJsonAsync("/api/v1/vacancies", VacancyTestData.Body(employer, change: b => b["externalId"] = externalId), Ct);

        Assert.Contains(externalId, Assert.Single((await again.ProblemAsync()).FieldErrors("externalId")), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Created, otherOrganisation.StatusCode);
    }

    [Theory, Providers]
    public async Task updates_everything_and_a_second_adviser_with_the_old_version_is_refused(Db db)
    {
        var app = apps.For(db);
        var first = app.ApiClient(await app.CreateAdviserAsync("AM14", Roles.AccountManager));
        var second = app.ApiClient(await app.CreateAdviserAsync("AM14", Roles.AccountManager));
        var employer = await first.RegisterEmployerAsync();
        var created = await first.CreateVacancyAsync(employer);
        var id = created.Id();
        var keptTask = created.GetProperty("tasks")[1].GetProperty("id").GetGuid();
        var seenByFirst = await first.GetVacancyAsync(id);
        var seenBySecond = await second.GetVacancyAsync(id);

        var saved = await first.PutAsJsonAsync($"/api/v1/vacancies/{id}", VacancyTestData.Body(employer, "Magazijnmedewerker", b =>
        {
            b["version"] = seenByFirst.Version();
            b["tasks"] = new object[] { new { id = keptTask, description = "Pallets inpakken en wikkelen", sharePercent = 50, separable = true } };
            b["skills"] = Array.Empty<object>();
            b["hoursPerWeekMax"] = 36;
            b["sbiSection"] = "i"; // this establishment is a restaurant
            b["contactName"] = "Kees Jansen";
            b["contactPhone"] = null;
        }), Ct);
        var refused = await second.PutAsJsonAsync($"/api/v1/vacancies/{id}", VacancyTestData.Body(employer, "Overschreven", b => b["version"] = seenBySecond.Version()), Ct);

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var body = await saved.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("Magazijnmedewerker", body.GetProperty("title").GetString());
        Assert.Equal(keptTask, Assert.Single(body.GetProperty("tasks").EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Empty(body.GetProperty("skills").EnumerateArray());
        Assert.Equal("I", body.GetProperty("sbiSection").GetString());
        Assert.Equal(("Kees Jansen", JsonValueKind.Null), (body.GetProperty("contactName").GetString(), body.GetProperty("contactPhone").ValueKind));
        Assert.True(body.Version() > seenByFirst.Version());
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("intussen gewijzigd", (await refused.ProblemAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("Magazijnmedewerker", (await first.GetVacancyAsync(id)).GetProperty("title").GetString());
    }

    [Theory, Providers]
    public async Task a_change_of_only_the_tasks_still_moves_the_version(Db db)
    {
        var app = apps.For(db);
        var api = app.ApiClient(await app.CreateAdviserAsync("AM14", Roles.AccountManager));
        var employer = await api.RegisterEmployerAsync();
        var created = await api.CreateVacancyAsync(employer, "Alleen taken");

        var saved = await api.PutAsJsonAsync($"/api/v1/vacancies/{created.Id()}", VacancyTestData.Body(employer, "Alleen taken", b =>
        {
            b["version"] = created.Version();
            b["tasks"] = new object[] { new { description = "Nieuw", sharePercent = 10 } };
        }), Ct);
        var stale = await api.PutAsJsonAsync($"/api/v1/vacancies/{created.Id()}", VacancyTestData.Body(employer, "Alleen taken", b => b["version"] = created.Version()), Ct);

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }

    [Theory, Providers]
    public async Task the_workflow_records_allowed_moves_and_refuses_forbidden_ones(Db db)
    {
        var app = apps.For(db);
        var api = app.ApiClient(await app.CreateAdviserAsync("AM14", Roles.AccountManager));
        var vacancy = await api.CreateVacancyAsync(await api.RegisterEmployerAsync());

        var forbidden = await api.MoveAsync(vacancy.Id(), "Filled", vacancy.Version());
        var opened = await api.MoveAsync(vacancy.Id(), "Open", vacancy.Version(), "Gepubliceerd");
        var openedBody = await opened.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var stale = await api.MoveAsync(vacancy.Id(), "Withdrawn", vacancy.Version());
        var back = await api.MoveAsync(vacancy.Id(), "Draft", openedBody.Version());

        Assert.Equal(HttpStatusCode.BadRequest, forbidden.StatusCode);
        Assert.Equal("Een vacature met status ‘Concept’ kan niet naar status ‘Vervuld’.", Assert.Single((await forbidden.ProblemAsync()).FieldErrors("status")));
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Equal("Open", openedBody.GetProperty("status").GetString());
        var newest = openedBody.GetProperty("history")[0];
        Assert.Equal(("Draft", "Open", "Gepubliceerd"), (newest.GetProperty("from").GetString(), newest.GetProperty("to").GetString(), newest.GetProperty("note").GetString()));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, back.StatusCode);
        Assert.Equal(2, (await api.GetVacancyAsync(vacancy.Id())).GetProperty("history").GetArrayLength());
    }

    [Theory, Providers]
    public async Task creates_a_vacancy_from_a_front_door_request(Db db)
    {
        var app = apps.For(db);
        var api = app.ApiClient(await app.CreateAdviserAsync("AM14", Roles.AccountManager));
        var employer = await api.RegisterEmployerAsync();
        var request = await app.InDbAsync(async d =>
        {
            var r = new IntakeRequest
            {
                RegionCode = "AM14",
                Type = IntakeRequestType.Vacancy,
                Reference = IntakeReference.New(),
                CompanyName = "Bakkerij",
                ContactName = "Jan",
                Email = "jan@example.nl",
                Phone = "0330000000",
                Municipality = "Amersfoort",
                Text = "Wij zoeken een bakker.",
                SubmittedAt = DateTimeOffset.UtcNow,
            };
            d.IntakeRequests.Add(r);
            await d.SaveChangesAsync(Ct);
            return r.Id;
        });

        var vacancy = await api.CreateVacancyAsync(employer, change: b => b["intakeRequestId"] = request);

        Assert.Equal(request, vacancy.GetProperty("intakeRequestId").GetGuid());
    }
}
