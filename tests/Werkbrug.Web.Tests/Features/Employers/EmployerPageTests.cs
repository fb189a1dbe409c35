using System.Net;
using System.Net.Http.Json;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.Employers;

public sealed class EmployerPageTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Text(IDocument page, string selector) => page.QuerySelector(selector)?.TextContent ?? string.Empty;

    [Theory, Providers]
    public async Task the_municipality_list_offers_todays_municipalities_only(Db db)
    {
        var app = apps.For(db);
        var session = await app.SignInAsync(await app.CreateAdviserAsync("AM14", Roles.AccountManager));

        var (_, form) = await session.GetAsync("/employers/new");

        var options = form.QuerySelectorAll("#Input_MunicipalityName option").Select(o => o.TextContent.Trim()).ToList();
        Assert.Contains("Amersfoort", options);
        Assert.Contains("Eemsdelta", options);
        Assert.Contains("Dijk en Waard", options);
        Assert.Contains("Land van Cuijk", options);
        Assert.Contains("Hengelo", options);
        Assert.DoesNotContain("Delfzijl", options);
        Assert.DoesNotContain("Weesp", options);
        Assert.DoesNotContain("Grootegast", options);
        Assert.DoesNotContain("Hengelo (O)", options);
    }

    [Theory, Providers]
    public async Task registers_an_employer_after_showing_a_possible_duplicate(Db db)
    {
        var app = apps.For(db);
        var user = await app.CreateAdviserAsync("AM14", Roles.AccountManager);
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var existing = await app.ApiClient(user).RegisterEmployerAsync($"Groenteboer {suffix}", postcode: "3811 AB");
        var session = await app.SignInAsync(user);
        var (_, form) = await session.GetAsync("/employers/new");
        (string, string?)[] values =
        [
            ("Input.KvkNumber", EmployerPages.NewKvk()), ("Input.TradeName", $"groenteboer {suffix} B.V."), ("Input.SbiCodes", "4721, 4631"),
            ("Input.SizeClass", "Employees2To4"), ("Input.AddressLine", "Langestraat 10"), ("Input.Postcode", "3811cd"), ("Input.MunicipalityName", "Amersfoort"),
        ];

        var (status, warned) = await session.SubmitAsync(form, "form.wb-form", values);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotNull(warned.QuerySelector($"#duplicates a[href='/employers/{existing}']"));
        Assert.Equal(1, await app.InDbAsync(d => d.Employers.CountAsync(e => e.TradeName.Contains(suffix), Ct)));

        var (_, details) = await session.SubmitAsync(warned, "form.wb-form", [], button: "button[name='Input.ConfirmDuplicate']");

        Assert.Matches("/employers/[0-9a-f-]{36}$", details.Url);
        Assert.Contains("is geregistreerd", Text(details, "[role=status]"), StringComparison.Ordinal);
        Assert.Contains("4721 (G)", details.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, await app.InDbAsync(d => d.Employers.CountAsync(e => e.TradeName.Contains(suffix), Ct)));
    }

    [Theory, Providers]
    public async Task shows_field_errors_for_an_invalid_kvk_number_and_saves_nothing(Db db)
    {
        var app = apps.For(db);
        var session = await app.SignInAsync(await app.CreateAdviserAsync("AM14", Roles.AccountManager));
        var name = EmployerPages.UniqueName("Fout");
        var (_, form) = await session.GetAsync("/employers/new");

        var (_, page) = await session.SubmitAsync(form, "form.wb-form",
            [("Input.KvkNumber", "1234"), ("Input.TradeName", name), ("Input.SizeClass", "Employees1"), ("Input.AddressLine", "Plein 1"), ("Input.Postcode", "3811 AB"), ("Input.MunicipalityName", "Amersfoort")]);

        Assert.Contains("acht cijfers", Text(page, "#Input_KvkNumber-error"), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#error-summary a[href='#Input_KvkNumber']"));
        Assert.Equal("true", page.QuerySelector("#Input_KvkNumber")!.GetAttribute("aria-invalid"));
        Assert.False(await app.InDbAsync(d => d.Employers.AnyAsync(e => e.TradeName == name, Ct)));
    }

    [Theory, Providers]
    public async Task logging_a_contact_warns_about_a_colleagues_recent_contact_first(Db db)
    {
        var app = apps.For(db);
        var colleague = await app.CreateAdviserAsync("AM14", Roles.AccountManager);
        var id = await app.ApiClient(colleague).RegisterEmployerAsync();
        await app.ApiClient(colleague).LogContactAsync(id, DateTimeOffset.UtcNow.AddDays(-2), "Eerder bezoek");
        var session = await app.SignInAsync(await app.CreateAdviserAsync("AM14", Roles.AccountManager));

        var (_, form) = await session.GetAsync($"/employers/{id}/contacts/new");

        Assert.Contains("Eerder bezoek", (await session.GetAsync($"/employers/{id}")).Document.QuerySelector("#timeline")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("minder dan 14 dagen", Text(form, "#contact-warnings"), StringComparison.Ordinal);

        (string, string?)[] values = [("Input.Channel", "Phone"), ("Input.Topics", "vacancy"), ("Input.Topics", "instruments"), ("Input.Note", "Nabellen over proefplaatsing")];
        var (_, warned) = await session.SubmitAsync(form, "form.wb-form", values);

        Assert.Equal("alert", warned.QuerySelector("#contact-warnings")!.GetAttribute("role"));
        Assert.NotNull(warned.QuerySelector("input[name='Input.AcknowledgeWarnings']"));
        Assert.Equal(1, await app.InDbAsync(d => d.ContactMoments.CountAsync(c => c.EmployerId == id, Ct)));

        var (_, details) = await session.SubmitAsync(warned, "form.wb-form", [.. values, ("Input.AcknowledgeWarnings", "true")]);

        Assert.EndsWith($"/employers/{id}", details.Url, StringComparison.Ordinal);
        var newest = details.QuerySelector("#timeline tbody tr")!.TextContent;
        Assert.Contains("Nabellen over proefplaatsing", newest, StringComparison.Ordinal);
        Assert.Contains("Instrumenten en voorzieningen", newest, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task a_note_with_a_bsn_is_refused_with_the_explanation(Db db)
    {
        var app = apps.For(db);
        var user = await app.CreateAdviserAsync("AM14", Roles.AccountManager);
        var id = await app.ApiClient(user).RegisterEmployerAsync();
        var session = await app.SignInAsync(user);
        var (_, form) = await session.GetAsync($"/employers/{id}/contacts/new");

        var (_, page) = await session.SubmitAsync(form, "form.wb-form", [("Input.Channel", "Visit"), ("Input.Topics", "other"), ("Input.Note", "Kandidaat 111222333 past goed")]);

        Assert.Contains("burgerservicenummer", Text(page, "#Input_Note-error"), StringComparison.Ordinal);
        Assert.Equal("Kandidaat 111222333 past goed", page.QuerySelector("#Input_Note")!.TextContent);
        Assert.Equal(0, await app.InDbAsync(d => d.ContactMoments.CountAsync(c => c.EmployerId == id, Ct)));
    }

    [Theory, Providers]
    public async Task an_adviser_of_another_region_gets_not_found_and_never_sees_the_employer_listed(Db db)
    {
        var app = apps.For(db);
        var owner = app.ApiClient(await app.CreateAdviserAsync("AM02", Roles.AccountManager));
        var name = EmployerPages.UniqueName("Friese zuivel");
        var id = await owner.RegisterEmployerAsync(name, postcode: "8911 AA", municipality: "Leeuwarden");
        await owner.LogContactAsync(id, DateTimeOffset.UtcNow.AddHours(-1), "Geheim gesprek");
        var session = await app.SignInAsync(await app.CreateAdviserAsync("AM01", Roles.AccountManager, Roles.Manager));

        Assert.Equal(HttpStatusCode.NotFound, (await session.GetAsync($"/employers/{id}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await session.GetAsync($"/employers/{id}/edit")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await session.GetAsync($"/employers/{id}/contacts/new")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await session.GetAsync($"/employers/{id}/account-manager")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await session.GetAsync($"/employers/{id}/contact-persons")).Status);
        var (_, search) = await session.GetAsync("/employers?Q=" + Uri.EscapeDataString(name));
        var (_, all) = await session.GetAsync("/employers?Municipality=Leeuwarden");
        Assert.Contains("0 werkgevers", search.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain(name, all.Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task the_pages_are_refused_to_roles_without_the_adviser_policy(Db db)
    {
        var app = apps.For(db);
        var id = await app.ApiClient(await app.CreateAdviserAsync("AM14", Roles.AccountManager)).RegisterEmployerAsync();
        var session = await app.SignInAsync(await app.CreateAdviserAsync("AM14", Roles.Analyst));

        foreach (var url in new[] { "/employers", "/employers/new", $"/employers/{id}", $"/employers/{id}/contacts/new" })
        {
            var (_, page) = await session.GetAsync(url);
            Assert.Contains("/account/access-denied", page.Url, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await session.GetAsync($"/employers/{id}/account-manager")).Status);
        Assert.Null((await session.GetAsync("/")).Document.QuerySelector("nav a[href='/employers']"));
    }

    [Theory, Providers]
    public async Task the_start_page_and_navigation_lead_an_account_manager_to_the_employers(Db db)
    {
        var app = apps.For(db);
        var session = await app.SignInAsync(await app.CreateAdviserAsync("AM14", Roles.AccountManager));

        var (_, home) = await session.GetAsync("/");

        Assert.NotNull(home.QuerySelector("nav a[href='/employers']"));
        Assert.NotNull(home.QuerySelector("main a[href='/employers/new']"));
    }

    [Theory, Providers]
    public async Task editing_from_a_stale_version_shows_the_message_and_keeps_the_other_change(Db db)
    {
        var app = apps.For(db);
        var user = await app.CreateAdviserAsync("AM14", Roles.AccountManager);
        var api = app.ApiClient(user);
        var kvk = EmployerPages.NewKvk();
        var id = await api.RegisterEmployerAsync(EmployerPages.UniqueName("Origineel"), kvk);
        var session = await app.SignInAsync(user);
        var (_, form) = await session.GetAsync($"/employers/{id}/edit");
        var theirs = EmployerPages.UniqueName("Collega");
        (await api.PutAsJsonAsync($"/api/v1/employers/{id}", new { kvkNumber = kvk, tradeName = theirs, sizeClass = "Employees1", status = "Client", version = 0 }, Ct)).EnsureSuccessStatusCode();

        var (_, page) = await session.SubmitAsync(form, "form.wb-form", [("Input.TradeName", "Mijn wijziging")]);

        Assert.Contains("Laad de pagina opnieuw", Text(page, "#error-summary"), StringComparison.Ordinal);
        Assert.Equal(theirs, await app.InDbAsync(d => d.Employers.Where(e => e.Id == id).Select(e => e.TradeName).FirstAsync(Ct)));

        var (_, fresh) = await session.GetAsync($"/employers/{id}/edit");
        var (_, saved) = await session.SubmitAsync(fresh, "form.wb-form", [("Input.TradeName", "Mijn wijziging"), ("Input.Status", "Dormant")]);

        Assert.Contains("Mijn wijziging", Text(saved, "h1"), StringComparison.Ordinal);
        Assert.Contains("Slapend", saved.Body!.TextContent, StringComparison.Ordinal);
    }

    [Theory, Providers]
    public async Task adds_people_locations_interests_and_hands_over_through_the_pages(Db db)
    {
        var app = apps.For(db);
        var accountManager = await app.CreateAdviserAsync("AM14", Roles.AccountManager);
        var manager = await app.CreateAdviserAsync("AM14", Roles.Manager);
        var id = await app.ApiClient(accountManager).RegisterEmployerAsync();
        var session = await app.SignInAsync(manager);

        var (_, personForm) = await session.GetAsync($"/employers/{id}/contact-persons");
        var (_, afterPerson) = await session.SubmitAsync(personForm, "form.wb-form", [("Input.Name", "Sanne de Boer"), ("Input.JobTitle", "Bedrijfsleider"), ("Input.Phone", "033 765 43 21"), ("Input.PreferredChannel", "Phone")]);
        var (_, locationForm) = await session.GetAsync($"/employers/{id}/locations/new");
        var (_, badLocation) = await session.SubmitAsync(locationForm, "form.wb-form", [("Input.AddressLine", "Markt 2"), ("Input.Postcode", "ABCD"), ("Input.MunicipalityName", "Baarn")]);
        var (_, afterLocation) = await session.SubmitAsync(badLocation, "form.wb-form", [("Input.Postcode", "3741 AA")]);
        var (_, interestForm) = await session.GetAsync($"/employers/{id}/target-group-interests/new");
        var (_, afterInterest) = await session.SubmitAsync(interestForm, "form.wb-form", [("Input.GroupCode", "statushouders"), ("Input.Since", "2025-03-01"), ("Input.Source", "Gesprek")]);
        var (_, handoverForm) = await session.GetAsync($"/employers/{id}/account-manager");
        var (_, afterHandover) = await session.SubmitAsync(handoverForm, "form.wb-form", [("Input.UserId", accountManager.Id.ToString()), ("Input.Reason", "Nieuwe klant")]);

        Assert.Contains("Sanne de Boer", Text(afterPerson, "#contact-persons"), StringComparison.Ordinal);
        Assert.Contains("geen Nederlandse postcode", Text(badLocation, "#Input_Postcode-error"), StringComparison.Ordinal);
        Assert.Contains("Baarn", Text(afterLocation, "#locations"), StringComparison.Ordinal);
        Assert.Contains("Statushouders", Text(afterInterest, "#interests"), StringComparison.Ordinal);
        Assert.Contains(accountManager.Email.Replace("user-", "Test ", StringComparison.Ordinal).Split('@')[0], Text(afterHandover, "#account-manager"), StringComparison.Ordinal);
        Assert.Contains("Nieuwe klant", afterHandover.Body!.TextContent, StringComparison.Ordinal);

        var bystander = await app.SignInAsync(await app.CreateAdviserAsync("AM14", Roles.AccountManager));
        Assert.Equal(HttpStatusCode.Forbidden, (await bystander.GetAsync($"/employers/{id}/account-manager")).Status);
    }

    [Theory, Providers]
    public async Task a_follow_up_is_marked_done_from_the_employer_page(Db db)
    {
        var app = apps.For(db);
        var user = await app.CreateAdviserAsync("AM14", Roles.AccountManager);
        var api = app.ApiClient(user);
        var id = await api.RegisterEmployerAsync();
        var contact = await api.PostAsJsonAsync("/api/v1/contact-moments", new
        {
            employerId = id,
            occurredAt = DateTimeOffset.UtcNow.AddDays(-10),
            channel = "Phone",
            initiator = "ServicePoint",
            topics = new List<string> { "vacancy" },
            followUp = "Offerte jobcoaching sturen",
            followUpDue = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-3)),
            acknowledgeWarnings = true,
        }, Ct);
        contact.EnsureSuccessStatusCode();
        var session = await app.SignInAsync(user);
        var (_, page) = await session.GetAsync($"/employers/{id}");

        Assert.Contains("Te laat", Text(page, "#follow-ups"), StringComparison.Ordinal);

        var (_, after) = await session.SubmitAsync(page, "#follow-ups form", []);

        Assert.Null(after.QuerySelector("#follow-ups"));
        Assert.Contains("afgerond", Text(after, "[role=status]"), StringComparison.Ordinal);
    }
}
