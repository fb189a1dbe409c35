using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.FrontDoor;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Tests.Features.Vacancies;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.IntakeRequests;

public sealed class IntakeRequestPageTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Text(IDocument page, string selector) => page.QuerySelector(selector)?.TextContent.Trim() ?? string.Empty;

    [Theory, Providers]
    public async Task the_list_shows_the_request_with_its_columns_and_links_to_the_detail(Db db)
    {
        var app = apps.For(db);
        var session = await app.SignInAsync(await app.CreateAdviserAsync("AM14", Roles.AccountManager));
        var request = await app.NewRequestAsync();

        var (status, list) = await session.GetAsync("/intake-requests");

        Assert.Equal(HttpStatusCode.OK, status);
        var row = list.QuerySelector($"#request-{request.Reference}")!;
        Assert.Contains(request.CompanyName, row.TextContent, StringComparison.Ordinal);
        Assert.Contains("vacature", row.TextContent, StringComparison.Ordinal);
        Assert.NotNull(row.QuerySelector($"a[href='/intake-requests/{request.Id}']"));
        Assert.NotNull(list.QuerySelector("#intake-requests caption"));
        Assert.NotNull(list.QuerySelector("label[for='filter-mine']"));
    }

    [Theory, Providers]
    public async Task a_vacancy_from_a_request_starts_from_what_the_request_and_employer_say_and_the_two_link_to_each_other(Db db)
    {
        var app = apps.For(db);
        var user = await app.CreateAdviserAsync("AM14", Roles.AccountManager);
        var api = app.ApiClient(user);
        var kvk = EmployerPages.NewKvk();
        var employer = await api.RegisterEmployerAsync(kvk: kvk);
        var request = await app.NewRequestAsync(kvk: kvk);
        var session = await app.SignInAsync(user);

        // The form starts from the employer's work location in the request's municipality, with the request's contact as the vacancy's.
        var (_, form) = await session.GetAsync($"/vacancies/new?intakeRequest={request.Id}");
        Assert.Equal("Stationsplein 1", form.QuerySelector("#Input_AddressLine")?.GetAttribute("value"));
        Assert.Equal("3811 AB", form.QuerySelector("#Input_Postcode")?.GetAttribute("value"));
        Assert.Equal(request.Text, form.QuerySelector("#Input_Description")?.TextContent.Trim());
        Assert.Equal(("Jan de Vries", request.Email, "033 123 45 67"),
            (form.QuerySelector("#Input_ContactName")?.GetAttribute("value"), form.QuerySelector("#Input_ContactEmail")?.GetAttribute("value"), form.QuerySelector("#Input_ContactPhone")?.GetAttribute("value")));

        var vacancy = await api.CreateVacancyAsync(employer, change: b => b["intakeRequestId"] = request.Id);
        var (_, detail) = await session.GetAsync($"/intake-requests/{request.Id}");
        var (_, vacancyPage) = await session.GetAsync($"/vacancies/{vacancy.GetProperty("id").GetGuid()}");

        Assert.NotNull(detail.QuerySelector($"#vacancies a[href='/vacancies/{vacancy.GetProperty("id").GetGuid()}']"));
        Assert.NotNull(vacancyPage.QuerySelector($"a#intake-request[href='/intake-requests/{request.Id}']"));
        // The employer's own words stand above the actions.
        var words = detail.QuerySelector("#text")!;
        Assert.Equal(request.Text, words.TextContent.Trim());
        Assert.True(words.CompareDocumentPosition(detail.QuerySelector("#actions-heading")!).HasFlag(DocumentPositions.Following));
    }

    [Theory, Providers]
    public async Task a_late_request_is_marked_in_the_list_and_on_its_detail(Db db)
    {
        var app = apps.For(db);
        var user = await app.CreateAdviserAsync("AM14", Roles.AccountManager);
        var session = await app.SignInAsync(user);
        var late = await app.NewRequestAsync(dueDate: IntakeTestData.LongAgo(), status: IntakeRequestStatus.InProgress, ownerUserId: user.Id);
        var onTime = await app.NewRequestAsync(status: IntakeRequestStatus.InProgress, ownerUserId: user.Id);

        var (_, list) = await session.GetAsync("/intake-requests?Mine=true&Overdue=true");
        var (_, all) = await session.GetAsync("/intake-requests?Mine=true");
        var (_, detail) = await session.GetAsync($"/intake-requests/{late.Id}");

        Assert.Equal("Te laat", Text(list, $"#request-{late.Reference} .utrecht-badge-status"));
        Assert.Null(list.QuerySelector($"#request-{onTime.Reference}"));
        Assert.Null(all.QuerySelector($"#request-{onTime.Reference} .utrecht-badge-status"));
        Assert.Equal("Te laat", Text(detail, "h1 .utrecht-badge-status"));
    }

    [Theory, Providers]
    public async Task picks_up_assigns_answers_and_closes_through_the_detail_page_with_history(Db db)
    {
        var app = apps.For(db);
        var user = await app.CreateAdviserAsync("AM14", Roles.AccountManager);
        var session = await app.SignInAsync(user);
        var request = await app.NewRequestAsync();
        var url = $"/intake-requests/{request.Id}";
        var (_, page) = await session.GetAsync(url);
        Assert.Contains(request.Text, Text(page, "#text"), StringComparison.Ordinal);
        Assert.Contains(request.Email, page.Body!.TextContent, StringComparison.Ordinal);

        (_, page) = await session.SubmitAsync(page, "#pick-up-form", []);
        Assert.Equal("In behandeling", Text(page, "#status"));
        Assert.Contains("opgepakt", Text(page, "[role=status]"), StringComparison.Ordinal);

        var teamId = await app.InDbAsync(d => d.Teams.Where(t => t.RegionCode == "AM14").Select(t => t.Id).FirstAsync(Ct));
        (_, page) = await session.SubmitAsync(page, "#assign-form", [("Assign.TeamId", teamId.ToString())]);
        Assert.NotEqual("Geen team", Text(page, "#team"));

        (_, page) = await session.SubmitAsync(page, "#answer-form", [("Answer.Answer", "Gebeld; intakegesprek op dinsdag.")]);
        Assert.Equal("Beantwoord", Text(page, "#status"));
        Assert.Equal("Gebeld; intakegesprek op dinsdag.", Text(page, "#answer"));

        (_, page) = await session.SubmitAsync(page, "#close-form", [("Close.Reason", "Vacature wordt opgepakt door team.")]);
        Assert.Equal("Afgesloten", Text(page, "#status"));
        Assert.Null(page.QuerySelector("#close-form"));
        var steps = page.QuerySelectorAll("#history tbody th").Select(th => th.TextContent.Trim()).ToList();
        Assert.Equal(["Ingediend door de werkgever", "Opgepakt", "Toegewezen", "Beantwoord", "Afgesloten"], steps);
    }

    [Theory, Providers]
    public async Task errors_show_on_the_page_and_save_nothing(Db db)
    {
        var app = apps.For(db);
        var session = await app.SignInAsync(await app.CreateAdviserAsync("AM14", Roles.AccountManager));
        var request = await app.NewRequestAsync(status: IntakeRequestStatus.InProgress);
        var (_, page) = await session.GetAsync($"/intake-requests/{request.Id}");

        var (_, bsn) = await session.SubmitAsync(page, "#answer-form", [("Answer.Answer", "Kandidaat met bsn 111222333.")]);
        Assert.Contains("burgerservicenummer", Text(bsn, "#Answer_Answer-error"), StringComparison.Ordinal);
        Assert.NotNull(bsn.QuerySelector("#error-summary a[href='#Answer_Answer']"));

        var (_, empty) = await session.SubmitAsync(page, "#close-form", [("Close.Reason", "")]);
        Assert.Contains("verplicht", Text(empty, "#Close_Reason-error"), StringComparison.Ordinal);

        // Someone else moves the request on; the form read before that is stale.
        await app.InDbAsync(async d =>
        {
            var stored = await d.IntakeRequests.SingleAsync(r => r.Id == request.Id, Ct);
            stored.Municipality = "Leusden";
            return await d.SaveChangesAsync(Ct);
        });
        var (_, stale) = await session.SubmitAsync(page, "#answer-form", [("Answer.Answer", "Gebeld.")]);
        Assert.Contains("intussen gewijzigd", Text(stale, "#error-summary"), StringComparison.Ordinal);

        var stored = await app.InDbAsync(d => d.IntakeRequests.SingleAsync(r => r.Id == request.Id, Ct));
        Assert.Equal(IntakeRequestStatus.InProgress, stored.Status);
        Assert.Null(stored.Answer);
        Assert.Null(stored.CloseReason);
    }

    [Theory, Providers]
    public async Task a_forbidden_step_posted_anyway_gets_a_specific_message(Db db)
    {
        var app = apps.For(db);
        var session = await app.SignInAsync(await app.CreateAdviserAsync("AM14", Roles.AccountManager));
        var request = await app.NewRequestAsync();
        var (_, page) = await session.GetAsync($"/intake-requests/{request.Id}");
        Assert.Null(page.QuerySelector("#answer-form"));

        // A second tab: the request is picked up and answered by someone else; this one still offers "oppakken".
        var response = await session.Client.PostAsync($"/intake-requests/{request.Id}?handler=Reopen",
            new FormUrlEncodedContent([new("Step.Version", request.Version.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new("__RequestVerificationToken", page.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#pick-up-form input[name=__RequestVerificationToken]")!.Value)]), Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Contains("kan niet naar", html, StringComparison.Ordinal);
        Assert.Equal(IntakeRequestStatus.New, await app.InDbAsync(d => d.IntakeRequests.Where(r => r.Id == request.Id).Select(r => r.Status).SingleAsync(Ct)));
    }

    [Theory, Providers]
    public async Task registers_the_employer_from_the_request_and_then_links_to_it(Db db)
    {
        var app = apps.For(db);
        var session = await app.SignInAsync(await app.CreateAdviserAsync("AM14", Roles.AccountManager));
        var kvk = EmployerPages.NewKvk();
        var request = await app.NewRequestAsync(kvk: kvk);
        var (_, detail) = await session.GetAsync($"/intake-requests/{request.Id}");
        var link = detail.QuerySelector<AngleSharp.Html.Dom.IHtmlAnchorElement>("#employer a")!;
        Assert.Equal($"/employers/new?intakeRequest={request.Id}", link.GetAttribute("href"));

        var (_, form) = await session.GetAsync(link.GetAttribute("href")!);
        Assert.Equal(request.CompanyName, form.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_TradeName")!.Value);
        Assert.Equal(kvk, form.QuerySelector<AngleSharp.Html.Dom.IHtmlInputElement>("#Input_KvkNumber")!.Value);
        Assert.Equal("Amersfoort", form.QuerySelector<AngleSharp.Html.Dom.IHtmlSelectElement>("#Input_MunicipalityName")!.Value);

        var (_, employer) = await session.SubmitAsync(form, "form.wb-form",
            [("Input.SizeClass", "Employees10To49"), ("Input.AddressLine", "Stationsplein 1"), ("Input.Postcode", "3811 AB"), ("Input.ConfirmDuplicate", "true")]);
        Assert.Matches("/employers/[0-9a-f-]{36}$", employer.Url);

        var stored = await app.InDbAsync(d => d.IntakeRequests.SingleAsync(r => r.Id == request.Id, Ct));
        Assert.NotNull(stored.EmployerId);
        Assert.EndsWith(stored.EmployerId.ToString()!, employer.Url, StringComparison.Ordinal);
        (_, detail) = await session.GetAsync($"/intake-requests/{request.Id}");
        Assert.Equal($"/employers/{stored.EmployerId}", detail.QuerySelector("#employer a")!.GetAttribute("href"));
        Assert.Contains("Werkgever geregistreerd", Text(detail, "#history"), StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task a_request_whose_kvk_is_registered_already_links_to_that_employer(Db db)
    {
        var app = apps.For(db);
        var user = await app.CreateAdviserAsync("AM14", Roles.AccountManager);
        var kvk = EmployerPages.NewKvk();
        var employerId = await app.ApiClient(user).RegisterEmployerAsync(kvk: kvk);
        var request = await app.NewRequestAsync(kvk: kvk);

        var (_, detail) = await (await app.SignInAsync(user)).GetAsync($"/intake-requests/{request.Id}");

        Assert.Equal($"/employers/{employerId}", detail.QuerySelector("#employer a")!.GetAttribute("href"));
        Assert.Contains("al geregistreerd", Text(detail, "#employer"), StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task the_overdue_page_is_for_managers_not_for_account_or_case_managers(Db db)
    {
        var app = apps.For(db);
        var late = await app.NewRequestAsync(dueDate: IntakeTestData.LongAgo());
        var manager = await app.SignInAsync(await app.CreateAdviserAsync("AM14", Roles.Manager));
        var coordinator = await app.SignInAsync(await app.CreateAdviserAsync("AM14", Roles.RegionCoordinator));
        var caseManager = await app.SignInAsync(await app.CreateAdviserAsync("AM14", Roles.CaseManager));

        var (status, page) = await manager.GetAsync("/intake-requests/overdue");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotNull(page.QuerySelector($"#overdue-{late.Reference} a[href='/intake-requests/{late.Id}']"));
        Assert.NotNull(page.QuerySelector("nav a[href='/intake-requests/overdue']"));
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync("/intake-requests/overdue")).Status);
        var (_, refused) = await caseManager.GetAsync("/intake-requests/overdue");
        Assert.Contains("/account/access-denied", refused.Url, StringComparison.Ordinal);
        Assert.Null(refused.QuerySelector("nav a[href='/intake-requests']"));
    }

    [Theory, Providers]
    public async Task an_adviser_of_another_region_gets_404_and_never_sees_the_request_listed(Db db)
    {
        var app = apps.For(db);
        var request = await app.NewRequestAsync(dueDate: IntakeTestData.LongAgo());
        var other = await app.SignInAsync(await app.CreateAdviserAsync("AM01", Roles.Manager));

        var (status, _) = await other.GetAsync($"/intake-requests/{request.Id}");
        var (_, list) = await other.GetAsync($"/intake-requests?Overdue=true&Q={request.Reference}");
        var (_, ownList) = await (await app.SignInAsync(await app.CreateAdviserAsync("AM14", Roles.Manager))).GetAsync($"/intake-requests?Overdue=true&Q={request.Reference}");
        Assert.NotNull(ownList.QuerySelector($"#request-{request.Reference}"));
        var (_, overdue) = await other.GetAsync("/intake-requests/overdue");
        var (_, register) = await other.GetAsync($"/employers/new?intakeRequest={request.Id}");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.DoesNotContain(request.Reference, list.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(request.Reference, overdue.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(request.CompanyName, register.Body!.InnerHtml, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task the_detail_names_the_request_fields_for_staff_not_in_the_employers_words(Db db)
    {
        var app = apps.For(db);
        var session = await app.SignInAsync(await app.CreateAdviserAsync("AM14", Roles.AccountManager));
        var request = await app.NewRequestAsync();

        var (_, detail) = await session.GetAsync($"/intake-requests/{request.Id}");

        var labels = detail.QuerySelectorAll("section[aria-labelledby='request-heading'] dt").Select(d => d.TextContent.Trim()).ToList();
        Assert.Contains("Bedrijfsnaam", labels);
        Assert.Contains("Naam contactpersoon", labels);
        Assert.Contains("Bericht van de werkgever", labels);
        Assert.Contains("Soort aanvraag", labels);
        Assert.DoesNotContain(labels, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"\b[Uu]w\b"));
    }

    [Theory, Providers]
    public async Task the_public_status_page_shows_the_answer_but_nothing_else_the_staff_recorded(Db db)
    {
        var app = apps.For(db);
        var adviser = await app.CreateAdviserAsync("AM14", Roles.AccountManager);
        var api = app.ApiClient(adviser);
        var request = await app.NewRequestAsync(status: IntakeRequestStatus.InProgress);
        var answered = await api.PostAsync($"/api/v1/intake-requests/{request.Id}/answer",
            System.Net.Http.Json.JsonContent.Create(new { answer = "Wij bellen u maandag over de proefplaatsing.", version = request.Version }), Ct);
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);

        var response = await AccountPages.SubmitAsync(AccountPages.Browser(app), "/werkgevers/status",
            new Dictionary<string, string> { ["Input.Reference"] = request.Reference, ["Input.Email"] = request.Email });
        var page = await AccountPages.ReadAsync(response);

        Assert.Contains("Beantwoord", Text(page, "#status"), StringComparison.Ordinal);
        Assert.Equal("Wij bellen u maandag over de proefplaatsing.", Text(page, "#answer"));
        Assert.DoesNotContain(adviser.Email!, page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Test ", Text(page, "#status"), StringComparison.Ordinal);
    }
}
