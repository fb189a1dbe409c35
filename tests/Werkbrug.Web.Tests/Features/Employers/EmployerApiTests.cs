using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Employers;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.Employers;

public sealed class EmployerApiTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static object NewEmployer(string kvk, string name, string postcode = "3811 AB", bool confirm = false) => new
    {
        kvkNumber = kvk,
        tradeName = name,
        sbiCodes = new List<string> { "4941", "52.29" },
        sizeClass = "Employees50To99",
        status = "Client",
        addressLine = "Stationsplein 1",
        postcode,
        municipalityName = "Amersfoort",
        confirmDuplicate = confirm,
    };

    [Theory, Providers]
    public async Task registers_an_employer_with_its_sections_and_first_location(Db db)
    {
        var app = apps.For(db);
        Assert.Equal(db == Db.Postgres, await app.InDbAsync(d => Task.FromResult(d.Database.IsNpgsql()))); // the provider under test really is used
        var api = app.ApiClient(await app.CreateAdviserAsync("AM14", Roles.AccountManager));
        var kvk = EmployerPages.NewKvk();

        var response = await api.PostAsJsonAsync("/api/v1/employers", NewEmployer(kvk, EmployerPages.UniqueName("Transport")), Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal($"/api/v1/employers/{body.GetProperty("id").GetGuid()}", response.Headers.Location?.OriginalString);
        Assert.Equal(kvk, body.GetProperty("kvkNumber").GetString());
        Assert.Equal("Client", body.GetProperty("status").GetString());
        Assert.Equal(["4941:H", "5229:H"], body.GetProperty("sbiCodes").EnumerateArray().Select(c => $"{c.GetProperty("code")}:{c.GetProperty("section")}"));
        var location = Assert.Single(body.GetProperty("locations").EnumerateArray());
        Assert.Equal("3811 AB", location.GetProperty("postcode").GetString());
        Assert.Equal("3811", location.GetProperty("pc4").GetString());
        Assert.Equal("AM14", location.GetProperty("regionCode").GetString());
        Assert.False(body.GetProperty("isNational").GetBoolean());
    }

    [Theory, Providers]
    public async Task refuses_an_invalid_kvk_number_and_saves_nothing(Db db)
    {
        var app = apps.For(db);
        var api = app.ApiClient(await app.CreateAdviserAsync("AM14", Roles.AccountManager));
        var name = EmployerPages.UniqueName("Ongeldig");

        var response = await api.PostAsJsonAsync("/api/v1/employers", NewEmployer("1234567", name), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("acht cijfers", Assert.Single((await response.ProblemAsync()).FieldErrors("kvkNumber")), StringComparison.Ordinal);
        Assert.False(await app.InDbAsync(d => d.Employers.AnyAsync(e => e.TradeName == name, Ct)));
    }

    [Theory, Providers]
    public async Task refuses_a_kvk_number_the_region_has_already_even_when_confirmed(Db db)
    {
        var app = apps.For(db);
        var api = app.ApiClient(await app.CreateAdviserAsync("AM14", Roles.AccountManager));
        var kvk = EmployerPages.NewKvk();
        var first = EmployerPages.UniqueName("Eerste");
        await api.RegisterEmployerAsync(first, kvk);

        var response = await api.PostAsJsonAsync("/api/v1/employers", NewEmployer(kvk, EmployerPages.UniqueName("Tweede"), "3812 AA", confirm: true), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(first, Assert.Single((await response.ProblemAsync()).FieldErrors("kvkNumber")), StringComparison.Ordinal);
        Assert.Equal(1, await app.InDbAsync(d => d.Employers.CountAsync(e => e.KvkNumber == kvk, Ct)));
    }

    [Theory, Providers]
    public async Task the_same_kvk_number_may_be_registered_in_another_region(Db db)
    {
        var app = apps.For(db);
        var kvk = EmployerPages.NewKvk();
        await app.ApiClient(await app.CreateAdviserAsync("AM14", Roles.AccountManager)).RegisterEmployerAsync(kvk: kvk);

        var other = app.ApiClient(await app.CreateAdviserAsync("AM01", Roles.AccountManager));
        await other.RegisterEmployerAsync(kvk: kvk, postcode: "9711 AA", municipality: "Groningen");

        Assert.Equal(2, await app.InDbAsync(d => d.Employers.CountAsync(e => e.KvkNumber == kvk, Ct)));
    }

    [Theory, Providers]
    public async Task shows_a_same_name_same_postcode_employer_as_a_possible_duplicate_until_confirmed(Db db)
    {
        var app = apps.For(db);
        var api = app.ApiClient(await app.CreateAdviserAsync("AM14", Roles.AccountManager));
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var existing = await api.RegisterEmployerAsync($"Bakkerij Jansen {suffix} B.V.", postcode: "3811 AB");

        var refused = await api.PostAsJsonAsync("/api/v1/employers", NewEmployer(EmployerPages.NewKvk(), $"bakkerij  jansen {suffix}", "3811 CD"), Ct);
        var elsewhere = await api.PostAsJsonAsync("/api/v1/employers", NewEmployer(EmployerPages.NewKvk(), $"Bakkerij Jansen {suffix}", "3812 AA"), Ct);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = await refused.ProblemAsync();
        Assert.Equal("Employer.PossibleDuplicates", problem.GetProperty("code").GetString());
        Assert.Equal(existing, Assert.Single(problem.GetProperty("duplicates").EnumerateArray()).GetProperty("id").GetGuid());
        Assert.Equal(HttpStatusCode.Created, elsewhere.StatusCode); // another PC4 is not a duplicate
        Assert.Equal(2, await app.InDbAsync(d => d.Employers.CountAsync(e => e.NameKey == EmployerName.Key($"Bakkerij Jansen {suffix}"), Ct)));

        var confirmed = await api.PostAsJsonAsync("/api/v1/employers", NewEmployer(EmployerPages.NewKvk(), $"bakkerij  jansen {suffix}", "3811 CD", confirm: true), Ct);

        Assert.Equal(HttpStatusCode.Created, confirmed.StatusCode);
    }

    [Theory, Providers]
    public async Task names_the_field_of_overlong_and_unknown_input(Db db)
    {
        var app = apps.For(db);
        var api = app.ApiClient(await app.CreateAdviserAsync("AM14", Roles.AccountManager));

        var response = await api.PostAsJsonAsync("/api/v1/employers", new
        {
            kvkNumber = EmployerPages.NewKvk(),
            tradeName = new string('x', 201),
            sbiCodes = new List<string> { "4941", "0510" },
            sizeClass = "Employees10To49",
            addressLine = "Stationsplein 1",
            postcode = "0999 ZZ",
            municipalityName = "Atlantis",
        }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ProblemAsync();
        Assert.Contains("200", Assert.Single(problem.FieldErrors("tradeName")), StringComparison.Ordinal);
        Assert.Contains("0510", Assert.Single(problem.FieldErrors("sbiCodes")), StringComparison.Ordinal);
        Assert.Single(problem.FieldErrors("postcode"));
        Assert.Single(problem.FieldErrors("municipalityName"));
    }

    [Theory, Providers]
    public async Task refuses_an_unknown_enum_value_naming_the_field(Db db)
    {
        var app = apps.For(db);
        var api = app.ApiClient(await app.CreateAdviserAsync("AM14", Roles.AccountManager));

        var text = await api.PostAsJsonAsync("/api/v1/employers", new { kvkNumber = EmployerPages.NewKvk(), tradeName = "X", sizeClass = "Huge" }, Ct);
        var number = await api.PostAsJsonAsync("/api/v1/employers", new { kvkNumber = EmployerPages.NewKvk(), tradeName = "X", sizeClass = 99 }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, text.StatusCode);
        Assert.NotEmpty((await text.ProblemAsync()).FieldErrors("sizeClass"));
        Assert.Equal(HttpStatusCode.BadRequest, number.StatusCode);
        Assert.NotEmpty((await number.ProblemAsync()).FieldErrors("sizeClass"));
    }

    [Theory, Providers]
    public async Task edits_an_employer_and_refuses_a_stale_version(Db db)
    {
        var app = apps.For(db);
        var api = app.ApiClient(await app.CreateAdviserAsync("AM14", Roles.AccountManager));
        var kvk = EmployerPages.NewKvk();
        var id = await api.RegisterEmployerAsync(EmployerPages.UniqueName("Oud"), kvk);
        var version = await app.InDbAsync(d => d.Employers.Where(e => e.Id == id).Select(e => e.Version).FirstAsync(Ct));
        var newName = EmployerPages.UniqueName("Nieuw");

        var edited = await api.PutAsJsonAsync($"/api/v1/employers/{id}", new { kvkNumber = kvk, tradeName = newName, sbiCodes = new List<string> { "8610" }, sizeClass = "Employees1", status = "Dormant", version }, Ct);
        var stale = await api.PutAsJsonAsync($"/api/v1/employers/{id}", new { kvkNumber = kvk, tradeName = "Overschreven", sizeClass = "Employees1", status = "Client", version }, Ct);

        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var body = await edited.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(newName, body.GetProperty("tradeName").GetString());
        Assert.Equal("Q", Assert.Single(body.GetProperty("sbiCodes").EnumerateArray()).GetProperty("section").GetString());
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("Laad de pagina opnieuw", (await stale.ProblemAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        var stored = await app.InDbAsync(d => d.Employers.AsNoTracking().FirstAsync(e => e.Id == id, Ct));
        Assert.Equal(newName, stored.TradeName);
        Assert.Equal(EmployerStatus.Dormant, stored.Status);
        Assert.Equal(version + 1, stored.Version);
    }

    [Theory, Providers]
    public async Task lists_with_search_and_filters(Db db)
    {
        var app = apps.For(db);
        var api = app.ApiClient(await app.CreateAdviserAsync("AM14", Roles.AccountManager));
        var marker = Guid.NewGuid().ToString("N")[..8];
        var kvk = EmployerPages.NewKvk();
        var transport = await api.RegisterEmployerAsync($"Transport {marker}", kvk);
        var care = await api.RegisterEmployerAsync($"Zorg {marker}", postcode: "3812 AA");
        await api.PutAsJsonAsync($"/api/v1/employers/{care}", new { kvkNumber = (await Details(api, care)).GetProperty("kvkNumber").GetString(), tradeName = $"Zorg {marker}", sbiCodes = new List<string> { "8710" }, sizeClass = "Employees1", status = "Client", version = 0 }, Ct);

        async Task<IReadOnlyList<Guid>> Ids(string query) =>
            (await api.GetFromJsonAsync<JsonElement>("/api/v1/employers?" + query, Ct)).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();

        Assert.Equal([transport, care], await Ids($"q={marker}"));
        Assert.Equal([transport], await Ids($"q=TRANSPORT%20{marker}"));
        Assert.Equal([transport], await Ids($"q={kvk}"));
        Assert.Equal([care], await Ids($"q={marker}&section=Q"));
        Assert.Equal([care], await Ids($"q={marker}&status=Client"));
        Assert.Equal([transport, care], await Ids($"q={marker}&municipality=Amersfoort"));
        Assert.Empty(await Ids($"q={marker}&municipality=Baarn"));
        var bad = await api.GetAsync("/api/v1/employers?section=Z", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.NotEmpty((await bad.ProblemAsync()).FieldErrors("section"));
    }

    [Theory, Providers]
    public async Task adds_contact_persons_locations_and_target_group_interests(Db db)
    {
        var app = apps.For(db);
        var api = app.ApiClient(await app.CreateAdviserAsync("AM14", Roles.AccountManager));
        var id = await api.RegisterEmployerAsync();

        var person = await api.PostAsJsonAsync($"/api/v1/employers/{id}/contact-persons", new { name = "Fatima Yilmaz", jobTitle = "HR-adviseur", phone = "033 123 45 67", email = "fatima@example.nl", preferredChannel = "Email" }, Ct);
        var noEmail = await api.PostAsJsonAsync($"/api/v1/employers/{id}/contact-persons", new { name = "Piet", preferredChannel = "Email" }, Ct);
        var location = await api.PostAsJsonAsync($"/api/v1/employers/{id}/locations", new { addressLine = "Grote Markt 1", postcode = "9711AA", municipalityName = "Groningen" }, Ct);
        var interest = await api.PostAsJsonAsync($"/api/v1/employers/{id}/target-group-interests", new { groupCode = "wajong", since = "2025-01-15", source = "Werkgeversontbijt" }, Ct);
        var again = await api.PostAsJsonAsync($"/api/v1/employers/{id}/target-group-interests", new { groupCode = "wajong", since = "2025-02-01" }, Ct);
        var unknownGroup = await api.PostAsJsonAsync($"/api/v1/employers/{id}/target-group-interests", new { groupCode = "gepensioneerden", since = "2025-02-01" }, Ct);

        Assert.Equal(HttpStatusCode.Created, person.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, noEmail.StatusCode);
        Assert.NotEmpty((await noEmail.ProblemAsync()).FieldErrors("email"));
        Assert.Equal(HttpStatusCode.Created, location.StatusCode);
        Assert.Equal(HttpStatusCode.Created, interest.StatusCode);
        Assert.NotEmpty((await again.ProblemAsync()).FieldErrors("groupCode"));
        Assert.NotEmpty((await unknownGroup.ProblemAsync()).FieldErrors("groupCode"));

        var details = await Details(api, id);
        var personId = Assert.Single(details.GetProperty("contactPersons").EnumerateArray()).GetProperty("id").GetGuid();
        Assert.Equal(["AM01", "AM14"], details.GetProperty("locations").EnumerateArray().Select(l => l.GetProperty("regionCode").GetString()).Order());
        Assert.Equal("wajong", Assert.Single(details.GetProperty("targetGroupInterests").EnumerateArray()).GetProperty("groupCode").GetString());

        var version = details.GetProperty("version").GetInt32();
        var changed = await api.PutAsJsonAsync($"/api/v1/employers/{id}/contact-persons/{personId}", new { name = "Fatima Yilmaz", jobTitle = "Manager HR", version }, Ct);
        var stale = await api.PutAsJsonAsync($"/api/v1/employers/{id}/contact-persons/{personId}", new { name = "Iemand anders", version }, Ct);
        var unknown = await api.PutAsJsonAsync($"/api/v1/employers/{id}/contact-persons/{Guid.NewGuid()}", new { name = "X", version }, Ct);

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var persons = await api.GetFromJsonAsync<JsonElement>($"/api/v1/employers/{id}/contact-persons", Ct);
        Assert.Equal("Manager HR", Assert.Single(persons.Items()).GetProperty("jobTitle").GetString());
    }

    [Theory, Providers]
    public async Task an_employer_with_locations_in_four_regions_is_national(Db db)
    {
        var app = apps.For(db);
        var api = app.ApiClient(await app.CreateAdviserAsync("AM14", Roles.AccountManager));
        var id = await api.RegisterEmployerAsync();
        await api.PostAsJsonAsync($"/api/v1/employers/{id}/locations", new { addressLine = "Grote Markt 1", postcode = "9711 AA", municipalityName = "Groningen" }, Ct);
        await api.PostAsJsonAsync($"/api/v1/employers/{id}/locations", new { addressLine = "Nieuwestad 1", postcode = "8911 AA", municipalityName = "Leeuwarden" }, Ct);

        Assert.False((await Details(api, id)).GetProperty("isNational").GetBoolean());

        await api.PostAsJsonAsync($"/api/v1/employers/{id}/locations", new { addressLine = "Coolsingel 1", postcode = "3011 AA", municipalityName = "Rotterdam" }, Ct);

        var details = await Details(api, id);
        Assert.True(details.GetProperty("isNational").GetBoolean());
        Assert.Equal(4, details.GetProperty("regionCount").GetInt32());
    }

    [Theory, Providers]
    public async Task registrations_of_the_same_kvk_number_in_other_regions_count_towards_national_without_showing_them(Db db)
    {
        var app = apps.For(db);
        var kvk = EmployerPages.NewKvk();
        var secret = EmployerPages.UniqueName("Geheim");
        foreach (var (region, postcode, municipality) in new[] { ("AM01", "9711 AA", "Groningen"), ("AM02", "8911 AA", "Leeuwarden"), ("AM05", "7511 AA", "Enschede") })
        {
            await app.ApiClient(await app.CreateAdviserAsync(region, Roles.AccountManager)).RegisterEmployerAsync(secret, kvk, postcode, municipality);
        }

        var api = app.ApiClient(await app.CreateAdviserAsync("AM14", Roles.AccountManager));
        var id = await api.RegisterEmployerAsync(EmployerPages.UniqueName("Eigen"), kvk);

        var response = await api.GetAsync($"/api/v1/employers/{id}", Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        var details = JsonDocument.Parse(body).RootElement;
        Assert.True(details.GetProperty("isNational").GetBoolean());
        Assert.Equal(4, details.GetProperty("regionCount").GetInt32());
        Assert.DoesNotContain(secret, body, StringComparison.Ordinal);
        Assert.DoesNotContain("Groningen", body, StringComparison.Ordinal);
        var listed = await api.GetFromJsonAsync<JsonElement>($"/api/v1/employers?q={kvk}", Ct);
        Assert.True(Assert.Single(listed.GetProperty("items").EnumerateArray()).GetProperty("isNational").GetBoolean());
    }

    [Theory, Providers]
    public async Task another_region_never_sees_an_employer_or_its_contacts(Db db)
    {
        var app = apps.For(db);
        var owner = app.ApiClient(await app.CreateAdviserAsync("AM02", Roles.AccountManager));
        var name = EmployerPages.UniqueName("Fries bedrijf");
        var kvk = EmployerPages.NewKvk();
        var id = await owner.RegisterEmployerAsync(name, kvk, "8911 AA", "Leeuwarden");
        var contact = await owner.LogContactAsync(id, DateTimeOffset.UtcNow.AddDays(-1), "Kennismaking");
        var version = await app.InDbAsync(d => d.Employers.Where(e => e.Id == id).Select(e => e.Version).FirstAsync(Ct));

        var other = app.ApiClient(await app.CreateAdviserAsync("AM01", Roles.AccountManager, Roles.Manager));

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/employers/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/employers/{id}/contact-persons", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/employers/{id}/contact-warnings", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/contact-moments?employerId={id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/api/v1/contact-moments/{contact}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"/api/v1/contact-moments/{contact}/follow-up-done", null, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PutAsJsonAsync($"/api/v1/employers/{id}", new { kvkNumber = kvk, tradeName = "Gekaapt", sizeClass = "Employees1", status = "Client", version }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsJsonAsync($"/api/v1/employers/{id}/locations", new { addressLine = "X 1", postcode = "9711 AA", municipalityName = "Groningen" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PutAsJsonAsync($"/api/v1/employers/{id}/account-manager", new { userId = Guid.NewGuid() }, Ct)).StatusCode);
        var logged = await other.PostAsJsonAsync("/api/v1/contact-moments", new { employerId = id, occurredAt = DateTimeOffset.UtcNow, channel = "Phone", initiator = "ServicePoint", topics = new List<string> { "vacancy" }, acknowledgeWarnings = true }, Ct);
        Assert.Equal(HttpStatusCode.BadRequest, logged.StatusCode);
        Assert.NotEmpty((await logged.ProblemAsync()).FieldErrors("employerId"));
        Assert.DoesNotContain(await other.AllItemsAsync($"/api/v1/employers?q={kvk}"), e => e.GetProperty("id").GetGuid() == id);
        Assert.DoesNotContain(await other.AllItemsAsync($"/api/v1/employers?q={Uri.EscapeDataString(name)}"), e => e.GetRawText().Contains(name, StringComparison.Ordinal));
        Assert.Equal(1, await app.InDbAsync(d => d.ContactMoments.CountAsync(c => c.EmployerId == id, Ct)));
    }

    [Theory, Providers]
    public async Task roles_outside_the_advisers_are_refused(Db db)
    {
        var app = apps.For(db);
        var id = await app.ApiClient(await app.CreateAdviserAsync("AM14", Roles.AccountManager)).RegisterEmployerAsync();
        var analyst = app.ApiClient(await app.CreateAdviserAsync("AM14", Roles.Analyst));
        var caseManager = app.ApiClient(await app.CreateAdviserAsync("AM14", Roles.CaseManager));

        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.GetAsync("/api/v1/employers", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.GetAsync($"/api/v1/employers/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.GetAsync($"/api/v1/contact-moments?employerId={id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.PostAsJsonAsync("/api/v1/employers", NewEmployer(EmployerPages.NewKvk(), "X"), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await analyst.PutAsJsonAsync($"/api/v1/employers/{id}/account-manager", new { userId = Guid.NewGuid() }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await caseManager.GetAsync("/api/v1/employers", Ct)).StatusCode);
    }

    [Theory, Providers]
    public async Task a_manager_assigns_the_account_manager_and_handovers_are_kept(Db db)
    {
        var app = apps.For(db);
        var first = await app.CreateAdviserAsync("AM14", Roles.AccountManager);
        var second = await app.CreateAdviserAsync("AM14", Roles.AccountManager);
        var bystander = app.ApiClient(await app.CreateAdviserAsync("AM14", Roles.AccountManager));
        var manager = app.ApiClient(await app.CreateAdviserAsync("AM14", Roles.Manager));
        var analyst = await app.CreateAdviserAsync("AM14", Roles.Analyst);
        var id = await app.ApiClient(first).RegisterEmployerAsync();

        var notAllowed = await bystander.PutAsJsonAsync($"/api/v1/employers/{id}/account-manager", new { userId = first.Id }, Ct);
        var notAnAccountManager = await manager.PutAsJsonAsync($"/api/v1/employers/{id}/account-manager", new { userId = analyst.Id }, Ct);
        var unknownUser = await manager.PutAsJsonAsync($"/api/v1/employers/{id}/account-manager", new { userId = Guid.NewGuid() }, Ct);
        var unknownTeam = await manager.PutAsJsonAsync($"/api/v1/employers/{id}/account-manager", new { userId = first.Id, teamId = Guid.NewGuid() }, Ct);
        var assigned = await manager.PutAsJsonAsync($"/api/v1/employers/{id}/account-manager", new { userId = first.Id }, Ct);
        var handedOver = await app.ApiClient(first).PutAsJsonAsync($"/api/v1/employers/{id}/account-manager", new { userId = second.Id, reason = "Verlof" }, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, notAllowed.StatusCode);
        Assert.NotEmpty((await notAnAccountManager.ProblemAsync()).FieldErrors("userId"));
        Assert.NotEmpty((await unknownUser.ProblemAsync()).FieldErrors("userId"));
        Assert.NotEmpty((await unknownTeam.ProblemAsync()).FieldErrors("teamId"));
        Assert.Equal(HttpStatusCode.OK, assigned.StatusCode);
        Assert.Equal(HttpStatusCode.OK, handedOver.StatusCode);
        var details = await handedOver.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(second.Id, details.GetProperty("accountManager").GetProperty("userId").GetGuid());
        var history = details.GetProperty("handovers").EnumerateArray().ToList();
        Assert.Equal(2, history.Count);
        Assert.Equal(first.Id, history[0].GetProperty("fromUserId").GetGuid());
        Assert.Equal(first.Id, history[0].GetProperty("byUserId").GetGuid());
        Assert.Equal("Verlof", history[0].GetProperty("reason").GetString());
        Assert.Equal(JsonValueKind.Null, history[1].GetProperty("fromUserId").ValueKind);
    }

    [Theory, Providers]
    public async Task the_api_description_lists_the_employer_endpoints(Db db)
    {
        var document = await apps.For(db).CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json", Ct);

        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/employers", "/employers/{id}", "/employers/{id}/account-manager", "/employers/{id}/contact-warnings", "/contact-moments" })
        {
            Assert.True(paths.TryGetProperty(path, out _), path);
        }
    }

    private static async Task<JsonElement> Details(HttpClient api, Guid id) =>
        await api.GetFromJsonAsync<JsonElement>($"/api/v1/employers/{id}", Ct);
}
