using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Operability;

/// <summary>Hidden characters and ambiguous JSON are refused with a clear error and change nothing.</summary>
public sealed class TextHygieneTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("Bakkerij De Eik", true, true)]
    [InlineData("Zoë Ĳzerman-Çelik", true, true)]
    [InlineData("Regel 1\nRegel 2\tmet tab", false, true)]
    [InlineData("Regel 1\nRegel 2", true, false)]
    [InlineData("Naam\u0000", false, false)]
    [InlineData("Naam\u001b[31m", false, false)]
    [InlineData("Naam\u007f", false, false)]
    [InlineData("Naam\u0085", false, false)]
    [InlineData("evil\u202Etxt.exe", false, false)]
    [InlineData("a\u2066b\u2069", false, false)]
    [InlineData("Jan\u200BJansen", false, true)]
    [InlineData("Jan\u200BJansen", true, false)]
    [InlineData("\uFEFFJansen", true, false)]
    [InlineData("Jansen\u200F", true, false)]
    public void text_is_clean_unless_it_holds_a_control_or_hidden_character(string text, bool singleLine, bool clean) =>
        Assert.Equal(clean, TextHygiene.IsClean(text, singleLine));

    [Theory, Providers]
    public async Task a_name_with_a_hidden_character_is_refused_naming_the_field_and_nothing_is_stored(Db db)
    {
        var app = apps.For(db);
        var user = await app.CreateAdviserAsync("AM14", Roles.AccountManager);
        var api = app.ApiClient(user);

        foreach (var name in new[] { "Bakkerij\u202E De Eik", "Bakkerij\u0000 De Eik", "Bakkerij\u200B De Eik", "Bakkerij\nDe Eik" })
        {
            var kvk = EmployerPages.NewKvk();
            var response = await api.PostAsJsonAsync("/api/v1/employers", Employer(kvk, name), Ct);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
            var message = Assert.Single(problem.GetProperty("errors").GetProperty("tradeName").EnumerateArray()).GetString();
            Assert.Contains("onzichtbaar teken of stuurteken", message, StringComparison.Ordinal);
            Assert.Equal(0, await app.InDbAsync(d => d.Employers.CountAsync(e => e.KvkNumber == kvk, Ct)));
        }

        // The same request with a clean name is accepted (so the refusals above were about the name).
        var created = await api.PostAsJsonAsync("/api/v1/employers", Employer(EmployerPages.NewKvk(), EmployerPages.UniqueName("Bakkerij")), Ct);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
    }

    [Theory, Providers]
    public async Task a_hidden_character_inside_a_list_of_records_is_refused_naming_the_list(Db db)
    {
        var app = apps.For(db);
        var caseManager = await app.CreateUserAsync("AM14", Roles.CaseManager);
        var api = app.ApiClient(caseManager);
        var json = JsonSerializer.SerializeToNode(Features.JobSeekers.JobSeekerTestData.AProfile(Features.JobSeekers.JobSeekerTestData.NewBsn(), Features.JobSeekers.JobSeekerTestData.NewMarker()))!;
        json["skills"]![0]!["label"] = "Heftruck\u202E rijden";
        json["surname"] = "Verborgen-" + Guid.NewGuid().ToString("N")[..8];

        var response = await api.PostAsync("/api/v1/job-seekers", new StringContent(json.ToJsonString(), Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.True(problem.GetProperty("errors").TryGetProperty("skills", out _), problem.GetRawText());
        var surname = json["surname"]!.GetValue<string>();
        Assert.Equal(0, await app.InDbAsync(d => d.JobSeekers.CountAsync(j => j.Surname == surname, Ct)));
    }

    [Theory, Providers]
    public async Task json_with_a_key_twice_even_in_another_case_is_refused_and_nothing_is_stored(Db db)
    {
        var app = apps.For(db);
        var user = await app.CreateAdviserAsync("AM14", Roles.AccountManager);
        var api = app.ApiClient(user);

        foreach (var second in new[] { "tradeName", "TradeName" })
        {
            var kvk = EmployerPages.NewKvk();
            var json = JsonSerializer.Serialize(Employer(kvk, EmployerPages.UniqueName("Eerste")));
            json = json.Insert(json.Length - 1, $",\"{second}\":\"Tweede naam\"");
            var response = await api.PostAsync("/api/v1/employers", new StringContent(json, Encoding.UTF8, "application/json"), Ct);

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(0, await app.InDbAsync(d => d.Employers.CountAsync(e => e.KvkNumber == kvk, Ct)));
        }
    }

    private static Dictionary<string, object> Employer(string kvk, string tradeName) => new()
    {
        ["kvkNumber"] = kvk,
        ["tradeName"] = tradeName,
        ["sbiCodes"] = new List<string> { "4941" },
        ["sizeClass"] = "Employees10To49",
        ["addressLine"] = "Stationsplein 1",
        ["postcode"] = "3811 AB",
        ["municipalityName"] = "Amersfoort",
        ["confirmDuplicate"] = true,
    };
}
