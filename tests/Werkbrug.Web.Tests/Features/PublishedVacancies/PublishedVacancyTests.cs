using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Tests.Features.Vacancies;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.PublishedVacancies;

/// <summary>
/// Published vacancies: the JobPosting JSON-LD of the public page and of the feed against the schema.org vocabulary
/// (<see cref="JobPostingVocabulary"/>), what is shown to whom, no personal data, and who may mark a vacancy public.
/// The front door of the test host speaks for AM14; the other region is AM06.
/// </summary>
public sealed class PublishedVacancyTests(Apps apps)
{
    private const string Region = "AM14";
    private const string OtherRegion = "AM06";
    private const string Feed = "/api/v1/public/vacancies";

    /// <summary>A Werkbrug vacancy has no salary field, so a posting never has the recommended baseSalary.</summary>
    private static readonly string[] NoSalaryField = ["baseSalary"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed record Published(Guid Id, string Title, string EmployerName, JsonElement Vacancy);

    /// <summary>An open vacancy of a new employer (with a contact person) of <paramref name="adviser"/>'s region, marked public unless told otherwise.</summary>
    private static async Task<Published> PublishAsync(WerkbrugAppFactory app, TestUser adviser, bool open = true, bool makePublic = true, Action<Dictionary<string, object?>>? change = null)
    {
        var api = app.ApiClient(adviser);
        var employerName = EmployerPages.UniqueName("Bakkerij");
        var employer = adviser.RegionCode == Region ? await api.RegisterEmployerAsync(employerName) : await api.RegisterEmployerAsync(employerName, postcode: "7511 AA", municipality: "Enschede");
        var person = await api.PostAsJsonAsync($"/api/v1/employers/{employer}/contact-persons",
            new { name = "Fatima Yilmaz", jobTitle = "HR-adviseur", phone = "033 765 43 21", email = "fatima.yilmaz@bakkerij.example", preferredChannel = "Email" }, Ct);
        Assert.Equal(HttpStatusCode.Created, person.StatusCode);
        var vacancy = await api.CreateVacancyAsync(employer, EmployerPages.UniqueName("Broodbakker"), b =>
        {
            if (adviser.RegionCode != Region)
            {
                b["postcode"] = "7511 AA";
                b["municipalityName"] = "Enschede";
            }

            change?.Invoke(b);
        });
        if (open)
        {
            vacancy = await ReadAsync(await api.MoveAsync(vacancy.Id(), "Open", vacancy.Version(), "Notitie van de adviseur"));
        }

        if (makePublic)
        {
            vacancy = await ReadAsync(await api.PutAsJsonAsync($"/api/v1/vacancies/{vacancy.Id()}/publication", new { isPublic = true, version = vacancy.Version() }, Ct));
        }

        return new Published(vacancy.Id(), vacancy.GetProperty("title").GetString()!, employerName, vacancy);
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>The public page of a vacancy (anonymous) with its status and the JSON-LD of its script element.</summary>
    private static async Task<(HttpStatusCode Status, IHtmlDocument Page, string Html, JsonElement? JsonLd)> PageAsync(WerkbrugAppFactory app, Guid id)
    {
        var response = await AccountPages.Browser(app).GetAsync($"/vacatures/{id}", Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);
        var page = await AccountPages.ReadAsync(new HttpResponseMessage { Content = new StringContent(html) });
        var script = page.QuerySelector("script[type='application/ld+json']");
        return (response.StatusCode, page, html, script is null ? null : JsonDocument.Parse(script.TextContent).RootElement.Clone());
    }

    /// <summary>Every item of the feed (every page, anonymous), and the raw bodies.</summary>
    private static async Task<(List<JsonElement> Items, string Raw)> FeedAsync(WerkbrugAppFactory app)
    {
        var client = app.CreateClient();
        var items = new List<JsonElement>();
        var raw = new System.Text.StringBuilder();
        string? next = $"{Feed}?pageSize=100";
        while (next is not null)
        {
            var body = await ReadAsync(await client.GetAsync(next, Ct));
            raw.Append(body.GetRawText());
            items.AddRange(body.GetProperty("items").EnumerateArray());
            next = body.GetProperty("links").TryGetProperty("next", out var link) ? link.GetString() : null;
        }

        return (items, raw.ToString());
    }

    private static string IdOf(JsonElement posting) => posting.GetProperty("identifier").GetProperty("value").GetString()!;

    [Theory, Providers]
    public async Task the_json_ld_of_the_public_page_and_of_every_feed_item_validates_against_the_jobposting_vocabulary(Db db)
    {
        var app = apps.For(db);
        var adviser = await app.CreateAdviserAsync(Region, Roles.AccountManager);
        var vacancy = await PublishAsync(app, adviser);
        var vocabulary = JobPostingVocabulary.Load();

        var (status, page, _, jsonLd) = await PageAsync(app, vacancy.Id);
        var (items, _) = await FeedAsync(app);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotNull(jsonLd);
        var posting = jsonLd.Value;
        Assert.Empty(vocabulary.Check(posting, NoSalaryField));
        var item = Assert.Single(items, i => IdOf(i) == vacancy.Id.ToString());
        Assert.True(JsonElement.DeepEquals(posting, item), $"page {posting.GetRawText()}\nfeed {item.GetRawText()}");
        Assert.All(items, i => Assert.Empty(vocabulary.Check(i, NoSalaryField)));

        // The values, not only their types: what the vacancy says, the employer by trade name, the work's place in NL.
        Assert.Equal(vacancy.Title, posting.GetProperty("title").GetString());
        Assert.Equal("Orders verzamelen in het magazijn.", posting.GetProperty("description").GetString());
        Assert.Equal(vacancy.EmployerName, posting.GetProperty("hiringOrganization").GetProperty("name").GetString());
        var address = posting.GetProperty("jobLocation").GetProperty("address");
        Assert.Equal(("Amersfoort", "3811", "Amersfoort", "NL"), (address.GetProperty("addressLocality").GetString(), address.GetProperty("postalCode").GetString(),
            address.GetProperty("addressRegion").GetString(), address.GetProperty("addressCountry").GetString()));
        Assert.Equal(["PART_TIME"], posting.GetProperty("employmentType").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(VacancyTestData.Day(30) + "T23:59:59", posting.GetProperty("validThrough").GetString()![..19]);
        Assert.Equal(VacancyTestData.Day(0), posting.GetProperty("datePosted").GetString());
        Assert.Equal(VacancyTestData.Day(60), posting.GetProperty("jobStartDate").GetString());
        Assert.False(posting.GetProperty("directApply").GetBoolean());
        Assert.Equal($"http://localhost/vacatures/{vacancy.Id}", posting.GetProperty("url").GetString());
        Assert.Equal(vacancy.Vacancy.GetProperty("occupationCode").GetString(), posting.GetProperty("occupationalCategory").GetProperty("codeValue").GetString());
        Assert.Equal(vacancy.Title, page.QuerySelector("h1")!.TextContent.Trim());
    }

    [Fact]
    public void the_vocabulary_check_finds_a_missing_required_property_a_wrong_type_an_unknown_name_and_a_missing_recommended_one()
    {
        var vocabulary = JobPostingVocabulary.Load();
        var posting = JsonDocument.Parse("""
            {"@context":"https://schema.org","@type":"JobPosting","title":"Bakker","datePosted":"gisteren",
             "hiringOrganization":{"@type":"Organization","name":"Bakkerij"},"jobLocation":{"@type":"Place","address":{"@type":"PostalAddress","addressLocality":"Amersfoort","addressRegion":"Amersfoort","addressCountry":"NL","postalCode":"3811"}},
             "employmentType":["FULL_TIME","FULLTIME"],"identifier":{"@type":"PropertyValue","name":"Werkbrug","value":"1"},"directApply":"nee","url":"/vacatures/1",
             "occupationalCategory":"Bakker","salaris":2500}
            """).RootElement;

        var problems = vocabulary.Check(posting, NoSalaryField);

        Assert.Equal(
        [
            "$.datePosted: \"gisteren\" is not a Date or DateTime",
            "$.employmentType: \"FULLTIME\" is not one of FULL_TIME, PART_TIME, CONTRACTOR, TEMPORARY, INTERN, VOLUNTEER, PER_DIEM, OTHER",
            "$.directApply: \"nee\" is not a Boolean",
            "$.url: \"/vacatures/1\" is not a URL",
            "$.salaris: not a property of JobPosting in the vocabulary",
            "$.description: required property of JobPosting missing",
            "$.validThrough: recommended property of JobPosting missing",
        ], problems);
        Assert.Contains("$.baseSalary: recommended property of JobPosting missing", vocabulary.Check(posting));
        Assert.Equal(["title", "description", "datePosted", "hiringOrganization", "jobLocation"], vocabulary.Properties("JobPosting", "required"));
    }

    [Theory, Providers]
    public async Task no_personal_data_reaches_the_page_the_feed_or_the_json_ld(Db db)
    {
        var app = apps.For(db);
        var adviser = await app.CreateAdviserAsync(Region, Roles.AccountManager);
        var vacancy = await PublishAsync(app, adviser);
        var adviserName = await app.InDbAsync(d => d.Users.Where(u => u.Id == adviser.Id).Select(u => u.DisplayName).SingleAsync(Ct));

        var (_, _, html, jsonLd) = await PageAsync(app, vacancy.Id);
        var (_, feed) = await FeedAsync(app);

        Assert.Contains(vacancy.Title, html, StringComparison.Ordinal);
        Assert.Contains(vacancy.Id.ToString(), feed, StringComparison.Ordinal);
        // The employer's contact person, the vacancy's contact person (VacancyTestData), the adviser, the status note, the street.
        string[] personal =
        [
            "Fatima", "Yilmaz", "033 765 43 21", "fatima.yilmaz@bakkerij.example", "Anna de Vries", "033 123 45 67", "anna.devries@example.nl",
            adviserName!, adviser.Email, "Notitie van de adviseur", "Stationsplein", "3811 AB",
        ];
        foreach (var text in new[] { html, feed, jsonLd!.Value.GetRawText() })
        {
            Assert.All(personal, p => Assert.DoesNotContain(p, text, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Theory, Providers]
    public async Task only_public_open_vacancies_of_the_front_doors_region_are_shown_and_every_other_is_a_404_like_a_missing_one(Db db)
    {
        var app = apps.For(db);
        var adviser = await app.CreateAdviserAsync(Region, Roles.AccountManager);
        var elsewhere = await app.CreateAdviserAsync(OtherRegion, Roles.AccountManager);
        var api = app.ApiClient(adviser);
        var shown = await PublishAsync(app, adviser);
        var notPublic = await PublishAsync(app, adviser, makePublic: false);
        var draft = await PublishAsync(app, adviser, open: false);
        var withdrawn = await PublishAsync(app, adviser);
        Assert.Equal(HttpStatusCode.OK, (await api.MoveAsync(withdrawn.Id, "Withdrawn", withdrawn.Vacancy.Version())).StatusCode);
        var closed = await PublishAsync(app, adviser);
        await app.InDbAsync(async d =>
        {
            (await d.Vacancies.IgnoreQueryFilters().SingleAsync(v => v.Id == closed.Id, Ct)).ClosingDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-2);
            return await d.SaveChangesAsync(Ct);
        });
        var takenOff = await PublishAsync(app, adviser);
        var off = await ReadAsync(await api.PutAsJsonAsync($"/api/v1/vacancies/{takenOff.Id}/publication", new { isPublic = false, version = takenOff.Vacancy.Version() }, Ct));
        var otherRegion = await PublishAsync(app, elsewhere);
        var missing = await PageAsync(app, Guid.NewGuid());

        var (items, _) = await FeedAsync(app);
        var listed = items.Select(IdOf).ToHashSet();
        var list = await AccountPages.GetAsync(AccountPages.Browser(app), "/vacatures?page=1");

        Assert.True(shown.Vacancy.GetProperty("isShownPublicly").GetBoolean());
        Assert.Contains(shown.Id.ToString(), listed);
        Assert.Equal(HttpStatusCode.OK, (await PageAsync(app, shown.Id)).Status);
        Assert.False(off.GetProperty("isPublic").GetBoolean());
        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
        foreach (var hidden in new[] { notPublic, draft, withdrawn, closed, takenOff, otherRegion })
        {
            var page = await PageAsync(app, hidden.Id);
            Assert.DoesNotContain(hidden.Id.ToString(), listed);
            Assert.Equal(HttpStatusCode.NotFound, page.Status);
            Assert.Equal(missing.Page.QuerySelector("main h1")!.TextContent, page.Page.QuerySelector("main h1")!.TextContent);
            Assert.DoesNotContain(hidden.Title, page.Html, StringComparison.Ordinal);
            Assert.Null(page.JsonLd);
        }

        Assert.False(draft.Vacancy.GetProperty("isShownPublicly").GetBoolean());
        Assert.True(draft.Vacancy.GetProperty("isPublic").GetBoolean());
        Assert.NotNull(list.QuerySelector($"#public-vacancies a[href='/vacatures/{shown.Id}']"));
        Assert.Null(list.QuerySelector($"a[href='/vacatures/{notPublic.Id}']"));
    }

    [Theory, Providers]
    public async Task only_advisers_of_the_owner_organisation_mark_a_vacancy_public_within_the_region(Db db)
    {
        var app = apps.For(db);
        var owner = await app.CreateAdviserAsync(Region, Roles.AccountManager);
        var vacancy = await PublishAsync(app, owner, makePublic: false);
        var url = $"/api/v1/vacancies/{vacancy.Id}/publication";
        var body = new { isPublic = true, version = vacancy.Vacancy.Version() };
        var colleague = await app.CreateUserInOrganisationAsync(owner, Roles.Manager);
        var otherOrganisation = await app.CreateAdviserAsync(Region, Roles.AccountManager);
        var otherRegion = await app.CreateAdviserAsync(OtherRegion, Roles.AccountManager);
        var caseManager = await app.CreateUserInOrganisationAsync(owner, Roles.CaseManager);

        var byOtherOrganisation = await app.ApiClient(otherOrganisation).PutAsJsonAsync(url, body, Ct);
        var byOtherRegion = await app.ApiClient(otherRegion).PutAsJsonAsync(url, body, Ct);
        var byCaseManager = await app.ApiClient(caseManager).PutAsJsonAsync(url, body, Ct);
        var anonymous = await app.CreateClient().PutAsJsonAsync(url, body, Ct);
        var withoutFlag = await app.ApiClient(owner).PutAsJsonAsync(url, new { version = vacancy.Vacancy.Version() }, Ct);
        var stale = await app.ApiClient(owner).PutAsJsonAsync(url, new { isPublic = true, version = vacancy.Vacancy.Version() - 1 }, Ct);
        var unchanged = await app.InDbAsync(d => d.Vacancies.IgnoreQueryFilters().Where(v => v.Id == vacancy.Id).Select(v => v.IsPublic).SingleAsync(Ct));
        var byColleague = await ReadAsync(await app.ApiClient(colleague).PutAsJsonAsync(url, body, Ct));

        Assert.Equal(HttpStatusCode.Forbidden, byOtherOrganisation.StatusCode);
        Assert.Equal("application/problem+json", byOtherOrganisation.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Vacancy.PublishNotOwner", (await byOtherOrganisation.ProblemAsync()).GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.NotFound, byOtherRegion.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byCaseManager.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, withoutFlag.StatusCode);
        Assert.NotEmpty((await withoutFlag.ProblemAsync()).FieldErrors("isPublic"));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.False(unchanged);
        Assert.True(byColleague.GetProperty("isPublic").GetBoolean());
        Assert.True(byColleague.GetProperty("isShownPublicly").GetBoolean());

        // The detail page offers the publication block to the owner organisation only.
        var (_, ownPage) = await (await app.SignInAsync(owner)).GetAsync($"/vacancies/{vacancy.Id}");
        var (_, othersPage) = await (await app.SignInAsync(otherOrganisation)).GetAsync($"/vacancies/{vacancy.Id}");
        Assert.NotNull(ownPage.QuerySelector("#publication #public-page"));
        Assert.Null(othersPage.QuerySelector("#publication"));

        var withdrawn = await ReadAsync(await app.ApiClient(owner).MoveAsync(vacancy.Id, "Withdrawn", byColleague.Version()));
        var offAgain = await ReadAsync(await app.ApiClient(owner).PutAsJsonAsync(url, new { isPublic = false, version = withdrawn.Version() }, Ct));
        var ended = await app.ApiClient(owner).PutAsJsonAsync(url, new { isPublic = true, version = offAgain.Version() }, Ct);
        Assert.False(withdrawn.GetProperty("isShownPublicly").GetBoolean());
        Assert.Equal(HttpStatusCode.BadRequest, ended.StatusCode);
        Assert.NotEmpty((await ended.ProblemAsync()).FieldErrors("isPublic"));
    }

    [Theory, Providers]
    public async Task the_feed_is_cacheable_answers_304_to_its_etag_and_a_new_one_after_a_change(Db db)
    {
        var app = apps.For(db);
        var adviser = await app.CreateAdviserAsync(Region, Roles.AccountManager);
        await PublishAsync(app, adviser);
        var client = app.CreateClient();

        var first = await client.GetAsync($"{Feed}?pageSize=100", Ct);
        var tag = first.Headers.ETag;
        using var again = new HttpRequestMessage(HttpMethod.Get, $"{Feed}?pageSize=100");
        again.Headers.IfNoneMatch.Add(tag!);
        var notModified = await client.SendAsync(again, Ct);
        await PublishAsync(app, adviser);
        using var afterChange = new HttpRequestMessage(HttpMethod.Get, $"{Feed}?pageSize=100");
        afterChange.Headers.IfNoneMatch.Add(tag!);
        var changed = await client.SendAsync(afterChange, Ct);
        var badPaging = await client.GetAsync($"{Feed}?pageSize=1000", Ct);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotNull(tag);
        Assert.Equal("public, max-age=300", first.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(tag, changed.Headers.ETag);
        Assert.Equal(HttpStatusCode.BadRequest, badPaging.StatusCode);
        Assert.NotEmpty((await badPaging.ProblemAsync()).FieldErrors("pageSize"));
        Assert.Equal("no-store", badPaging.Headers.CacheControl?.ToString());
    }
}
