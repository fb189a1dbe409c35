using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.FrontDoor;
using Werkbrug.Domain.Organisations;
using Werkbrug.Domain.Vacancies;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.Vacancies;

public sealed class VacancyPageTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Text(IDocument page, string selector) => page.QuerySelector(selector)?.TextContent ?? string.Empty;

    private static (string, string?)[] Filled(string title) =>
    [
        ("Input.Title", title), ("Input.Occupation", "Schoonmaker"), ("Input.HoursPerWeekMin", "16"), ("Input.HoursPerWeekMax", "24"),
        ("Input.ContractType", "TrialPlacement"), ("Input.Postcode", "3811 AB"), ("Input.MunicipalityName", "Amersfoort"), ("Input.Positions", "1"),
    ];

    [Theory, Providers]
    public async Task creates_a_vacancy_with_extra_task_rows_without_javascript(Db db)
    {
        var app = apps.For(db);
        var user = await app.CreateAdviserAsync("AM14", Roles.AccountManager);
        var employer = await app.ApiClient(user).RegisterEmployerAsync();
        var session = await app.SignInAsync(user);
        var (_, form) = await session.GetAsync($"/vacancies/new?employer={employer}");

        Assert.Equal(employer.ToString(), form.QuerySelector("#Input_EmployerId option[selected]")?.GetAttribute("value"));
        Assert.Equal(2, form.QuerySelectorAll("#Input_Tasks > fieldset").Length);

        var (_, more) = await session.SubmitAsync(form, "form.wb-form", [("Input.Tasks[0].Description", "Kantoren schoonmaken")], button: "button[name='More']");

        Assert.Equal(5, more.QuerySelectorAll("#Input_Tasks > fieldset").Length);
        Assert.Equal("Kantoren schoonmaken", more.QuerySelector("#task-0-description")?.GetAttribute("value"));
        Assert.Null(more.QuerySelector("#error-summary"));

        var title = EmployerPages.UniqueName("Schoonmaker");
        var (_, details) = await session.SubmitAsync(more, "form.wb-form",
        [
            .. Filled(title), ("Input.Tasks[0].SharePercent", "70"), ("Input.Tasks[3].Description", "Ramen wassen"), ("Input.Tasks[3].SharePercent", "30"),
            ("Input.Tasks[3].Separable", "true"), ("Input.Competences[0].Code", "24121"), ("Input.Skills[0].Label", "Veilig werken"), ("Input.Skills[0].Kind", "Trainable"),
            ("Input.StartDate", "2026-07-01"), ("Input.ClosingDate", "2026-07-15"), ("Input.HardToFill", "true"),
            ("Input.ContactName", "Anna de Vries"), ("Input.ContactPhone", "06-12345678"), ("Input.ContactEmail", "anna@schoon.example.nl"),
        ]);

        Assert.Matches("/vacancies/[0-9a-f-]{36}$", details.Url);
        Assert.Contains("als concept", Text(details, "[role=status]"), StringComparison.Ordinal);
        var saved = await app.InDbAsync(d => d.Vacancies.AsNoTracking().SingleAsync(v => v.Title == title, Ct));
        Assert.Equal(["Kantoren schoonmaken:70:False", "Ramen wassen:30:True"], saved.Tasks.OrderBy(t => t.Position).Select(t => $"{t.Description}:{t.SharePercent}:{t.Separable}"));
        Assert.Equal(24121, Assert.Single(saved.Competences).Code);
        Assert.Equal(SkillKind.Trainable, Assert.Single(saved.Skills).Kind);
        Assert.Equal(ContractType.TrialPlacement, saved.ContractType);
        Assert.True(saved.HardToFill);
        Assert.Contains("Proefplaatsing", details.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Anna de Vries, 06-12345678, anna@schoon.example.nl", Text(details, "#vacancy-contact"));
        Assert.Equal("H – Vervoer en opslag", Text(details, "#sbi-section")); // none chosen: the employer's (SBI 4941)
    }

    [Theory, Providers]
    public async Task form_errors_are_summarised_per_field_and_nothing_is_saved(Db db)
    {
        var app = apps.For(db);
        var user = await app.CreateAdviserAsync("AM14", Roles.AccountManager);
        var employer = await app.ApiClient(user).RegisterEmployerAsync();
        var session = await app.SignInAsync(user);
        var (_, form) = await session.GetAsync($"/vacancies/new?employer={employer}");
        var title = EmployerPages.UniqueName("Fout");

        var (_, page) = await session.SubmitAsync(form, "form.wb-form",
        [
            .. Filled(title).Where(f => !f.Item1.StartsWith("Input.HoursPerWeek", StringComparison.Ordinal)), ("Input.HoursPerWeekMin", "30"), ("Input.HoursPerWeekMax", "20"),
            ("Input.Tasks[0].Description", "Veel"), ("Input.Tasks[0].SharePercent", "80"), ("Input.Tasks[1].Description", "Te veel"), ("Input.Tasks[1].SharePercent", "30"),
            ("Input.ContactName", "Anna de Vries"), ("Input.ContactPhone", "033-12345"),
        ]);

        Assert.NotNull(page.QuerySelector("#error-summary a[href='#Input_HoursPerWeekMin']"));
        Assert.NotNull(page.QuerySelector("#error-summary a[href='#Input_Tasks']"));
        Assert.Contains("110%", Text(page, "#Input_Tasks"), StringComparison.Ordinal);
        Assert.Equal("Te veel", page.QuerySelector("#task-1-description")?.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("#error-summary a[href='#Input_ContactPhone']"));
        Assert.Contains("geen geldig Nederlands telefoonnummer", Text(page, "#Input_ContactPhone-error"), StringComparison.Ordinal);
        Assert.Equal("033-12345", page.QuerySelector("#Input_ContactPhone")?.GetAttribute("value"));
        Assert.False(await app.InDbAsync(d => d.Vacancies.AnyAsync(v => v.Title == title, Ct)));
    }

    [Theory, Providers]
    public async Task the_second_adviser_saving_an_old_version_gets_an_explanation(Db db)
    {
        var app = apps.For(db);
        var first = await app.CreateAdviserAsync("AM14", Roles.AccountManager);
        var second = await app.CreateAdviserAsync("AM14", Roles.AccountManager);
        var vacancy = await app.ApiClient(first).CreateVacancyAsync(await app.ApiClient(first).RegisterEmployerAsync(), "Kok");
        var one = await app.SignInAsync(first);
        var two = await app.SignInAsync(second);
        var (_, formOne) = await one.GetAsync($"/vacancies/{vacancy.Id()}/edit");
        var (_, formTwo) = await two.GetAsync($"/vacancies/{vacancy.Id()}/edit");
        Assert.Equal("Anna de Vries", formOne.QuerySelector("#Input_ContactName")?.GetAttribute("value"));
        Assert.Equal("H", formOne.QuerySelector("#Input_SbiSection option[selected]")?.GetAttribute("value"));

        var (_, saved) = await one.SubmitAsync(formOne, "form.wb-form", [("Input.Title", "Kok (eerste)")]);
        var (status, refused) = await two.SubmitAsync(formTwo, "form.wb-form", [("Input.Title", "Kok (tweede)")]);

        Assert.EndsWith($"/vacancies/{vacancy.Id()}", saved.Url, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("intussen gewijzigd", Text(refused, "#error-summary"), StringComparison.Ordinal);
        Assert.Equal("Kok (eerste)", await app.InDbAsync(d => d.Vacancies.Where(v => v.Id == vacancy.Id()).Select(v => v.Title).SingleAsync(Ct)));
        Assert.Equal(2, await app.InDbAsync(d => d.Vacancies.Where(v => v.Id == vacancy.Id()).Select(v => v.Tasks.Count).SingleAsync(Ct)));
    }

    [Theory, Providers]
    public async Task the_detail_page_offers_only_allowed_statuses_escalates_and_the_list_shows_the_marks(Db db)
    {
        var app = apps.For(db);
        var user = await app.CreateAdviserAsync("AM14", Roles.AccountManager);
        var api = app.ApiClient(user);
        var employer = await api.RegisterEmployerAsync();
        var vacancy = await api.CreateVacancyAsync(employer, "Monteur");
        var old = await api.CreateVacancyAsync(employer, "Lasser");
        await app.InDbAsync(async d =>
        {
            var v = await d.Vacancies.SingleAsync(x => x.Id == old.Id(), Ct);
            d.Entry(v).Property(x => x.LastActivityAtUtc).CurrentValue = DateTime.UtcNow.AddDays(-20);
            return await d.SaveChangesAsync(Ct);
        });
        var session = await app.SignInAsync(user);
        var (_, details) = await session.GetAsync($"/vacancies/{vacancy.Id()}");

        Assert.Equal(["Open", "Withdrawn"], details.QuerySelectorAll("#StatusInput_Status option").Select(o => o.GetAttribute("value")).Where(v => v is { Length: > 0 }));

        var (_, opened) = await session.SubmitAsync(details, "#status-form", [("StatusInput.Status", "Open"), ("StatusInput.Note", "Gepubliceerd")]);
        Assert.Contains("Gepubliceerd", Text(opened, "#history"), StringComparison.Ordinal);
        Assert.Equal(["CandidatesProposed", "PartlyFilled", "Filled", "Withdrawn", "Expired"],
            opened.QuerySelectorAll("#StatusInput_Status option").Select(o => o.GetAttribute("value")).Where(v => v is { Length: > 0 }));

        var (_, noReason) = await session.SubmitAsync(opened, "#escalate-form", []);
        Assert.NotNull(noReason.QuerySelector("#error-summary a[href='#EscalateInput_Reason']"));

        var (_, escalated) = await session.SubmitAsync(opened, "#escalate-form", [("EscalateInput.Reason", "Lokaal geen monteurs")]);
        Assert.NotNull(escalated.QuerySelector("#regional-mark"));
        Assert.Null(escalated.QuerySelector("#escalate-form"));
        Assert.Contains("Lokaal geen monteurs", Text(escalated, "#escalation"), StringComparison.Ordinal);

        var (_, list) = await session.GetAsync($"/vacancies?EmployerId={employer}");
        Assert.Contains("Regionaal", Text(list, $"#vacancy-{vacancy.Id()}"), StringComparison.Ordinal);
        Assert.DoesNotContain("Verouderd", Text(list, $"#vacancy-{vacancy.Id()}"), StringComparison.Ordinal);
        Assert.Contains("Verouderd", Text(list, $"#vacancy-{old.Id()}"), StringComparison.Ordinal);
        var (_, staleOnly) = await session.GetAsync($"/vacancies?EmployerId={employer}&StaleOnly=true");
        Assert.Null(staleOnly.QuerySelector($"#vacancy-{vacancy.Id()}"));
        Assert.NotNull(staleOnly.QuerySelector($"#vacancy-{old.Id()}"));
    }

    [Theory, Providers]
    public async Task a_front_door_request_prefills_the_form_and_is_linked(Db db)
    {
        var app = apps.For(db);
        var user = await app.CreateAdviserAsync("AM14", Roles.AccountManager);
        var kvk = EmployerPages.NewKvk();
        var employer = await app.ApiClient(user).RegisterEmployerAsync(kvk: kvk);
        var request = await app.InDbAsync(async d =>
        {
            var r = new IntakeRequest
            {
                RegionCode = "AM14",
                Type = IntakeRequestType.Vacancy,
                Reference = IntakeReference.New(),
                CompanyName = "Bakkerij",
                KvkNumber = kvk,
                ContactName = "Jan",
                Email = "jan@example.nl",
                Phone = "033 000 00 00",
                Municipality = "Leusden",
                SbiSection = "I",
                Text = "Bakker gezocht\nVroege diensten, 32 uur.",
                SubmittedAt = DateTimeOffset.UtcNow,
            };
            d.IntakeRequests.Add(r);
            await d.SaveChangesAsync(Ct);
            return r.Id;
        });
        var session = await app.SignInAsync(user);

        var (_, form) = await session.GetAsync($"/vacancies/new?intakeRequest={request}");

        Assert.Equal(employer.ToString(), form.QuerySelector("#Input_EmployerId option[selected]")?.GetAttribute("value"));
        Assert.Equal("Bakker gezocht", form.QuerySelector("#Input_Title")?.GetAttribute("value"));
        Assert.Contains("Vroege diensten", form.QuerySelector("#Input_Description")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Leusden", form.QuerySelector("#Input_MunicipalityName option[selected]")?.GetAttribute("value"));
        Assert.NotNull(form.QuerySelector("#from-intake"));
        string? Value(string field) => form.QuerySelector(field)?.GetAttribute("value");
        Assert.Equal(("Jan", "033 000 00 00", "jan@example.nl"), (Value("#Input_ContactName"), Value("#Input_ContactPhone"), Value("#Input_ContactEmail")));
        Assert.Equal("H", form.QuerySelector("#Input_SbiSection option[selected]")?.GetAttribute("value")); // the registered employer's main section

        var (_, details) = await session.SubmitAsync(form, "form.wb-form",
            [("Input.Occupation", "Bakker"), ("Input.HoursPerWeekMax", "32"), ("Input.ContractType", "Regular"), ("Input.Postcode", "3831 AA")]);

        Assert.Matches("/vacancies/[0-9a-f-]{36}$", details.Url);
        Assert.Equal("Jan, 033 000 00 00, jan@example.nl", Text(details, "#vacancy-contact"));
        Assert.Equal(request, await app.InDbAsync(d => d.Vacancies.Where(v => v.EmployerId == employer).Select(v => v.IntakeRequestId).SingleAsync(Ct)));
    }

    [Theory, Providers]
    public async Task the_employer_page_lists_its_vacancies_and_job_carving_creates_a_function(Db db)
    {
        var app = apps.For(db);
        var user = await app.CreateAdviserAsync("AM14", Roles.AccountManager);
        var api = app.ApiClient(user);
        var employer = await api.RegisterEmployerAsync();
        var source = await api.CreateVacancyAsync(employer, "Magazijnmedewerker");
        var separable = source.GetProperty("tasks")[1].GetProperty("id").GetGuid();
        var session = await app.SignInAsync(user);

        var (_, employerPage) = await session.GetAsync($"/employers/{employer}");
        Assert.Contains("Magazijnmedewerker", Text(employerPage, "#employer-vacancies"), StringComparison.Ordinal);
        Assert.NotNull(employerPage.QuerySelector($"a[href='/vacancies/new?employer={employer}']"));
        Assert.NotNull(employerPage.QuerySelector($"a[href='/employers/{employer}/job-carving']"));

        var (_, carving) = await session.GetAsync($"/employers/{employer}/job-carving");
        Assert.NotNull(carving.QuerySelector($"#task-{separable}"));
        Assert.Equal(1, carving.QuerySelectorAll("#Input_TaskIds input[type=checkbox]").Length); // only the separable task

        var (_, none) = await session.SubmitAsync(carving, "form.wb-form", [("Input.Title", "Inpakker"), ("Input.HoursPerWeekMax", "12")]);
        Assert.Contains("minstens één", Text(none, "#error-summary"), StringComparison.Ordinal);

        var (_, created) = await session.SubmitAsync(carving, "form.wb-form", [("Input.TaskIds", separable.ToString()), ("Input.Title", "Inpakker"), ("Input.HoursPerWeekMax", "12")]);
        Assert.Matches("/vacancies/[0-9a-f-]{36}$", created.Url);
        Assert.Contains("Gecreëerde functie", Text(created, "#marks"), StringComparison.Ordinal);
        Assert.NotNull(created.QuerySelector($"#tasks a[href='/vacancies/{source.Id()}']"));
    }

    [Theory, Providers]
    public async Task one_vacancy_is_counted_in_the_singular_and_a_name_ending_in_a_dot_gets_no_second_dot(Db db)
    {
        var app = apps.For(db);
        var user = await app.CreateAdviserAsync("AM14", Roles.AccountManager);
        var api = app.ApiClient(user);
        var employer = await api.RegisterEmployerAsync(EmployerPages.UniqueName("Bakkerij") + " B.V.");
        var vacancy = await api.CreateVacancyAsync(employer, "Broodbakker");
        var session = await app.SignInAsync(user);

        var (_, one) = await session.GetAsync($"/vacancies?EmployerId={employer}");
        await api.CreateVacancyAsync(employer, "Banketbakker");
        var (_, two) = await session.GetAsync($"/vacancies?EmployerId={employer}");
        var (_, links) = await session.GetAsync($"/vacancies/{vacancy.Id()}/employer-links");

        Assert.Contains("1 vacature gevonden", one.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("2 vacatures gevonden", two.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains(" B.V.:", links.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("B.V..", links.Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task an_adviser_of_another_region_gets_not_found_on_every_vacancy_page(Db db)
    {
        var app = apps.For(db);
        var owner = app.ApiClient(await app.CreateAdviserAsync("AM02", Roles.AccountManager));
        var employer = await owner.RegisterEmployerAsync(postcode: "8911 AA", municipality: "Leeuwarden");
        var vacancy = await owner.CreateVacancyAsync(employer, "Friese vacature", b => { b["postcode"] = "8911 AA"; b["municipalityName"] = "Leeuwarden"; });
        var session = await app.SignInAsync(await app.CreateAdviserAsync("AM01", Roles.AccountManager));

        Assert.Equal(HttpStatusCode.NotFound, (await session.GetAsync($"/vacancies/{vacancy.Id()}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await session.GetAsync($"/vacancies/{vacancy.Id()}/edit")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await session.GetAsync($"/employers/{employer}/job-carving")).Status);
        var (_, list) = await session.GetAsync("/vacancies?Municipality=Leeuwarden");
        Assert.DoesNotContain("Friese vacature", list.Body!.TextContent, StringComparison.Ordinal);
    }
}
