using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Werkbrug.Web.Tests.Features.JobSeekers;
using Werkbrug.Web.Tests.Features.Vacancies;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.Matching;

/// <summary>What the matching test classes share: an open vacancy to search candidates for, and a read that must succeed.</summary>
public static class MatchingTestData
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A new employer's open vacancy for a warehouse worker ("Magazijnmedewerker") who must drive a forklift.</summary>
    public static async Task<Guid> OpenWarehouseVacancyAsync(this HttpClient api)
    {
        var vacancy = await api.CreateVacancyAsync(await api.RegisterEmployerAsync(), "Magazijnmedewerker", b =>
        {
            b["occupation"] = "Magazijnmedewerker";
            b["skills"] = new object[] { new { label = "Heftruck rijden", kind = "Required", importance = "Must" } };
        });
        var opened = await api.MoveAsync(vacancy.Id(), "Open", vacancy.Version());
        Assert.True(opened.IsSuccessStatusCode, await opened.Content.ReadAsStringAsync(Ct));
        return vacancy.Id();
    }

    /// <summary>The test profile (<see cref="JobSeekerTestData.AProfile"/>, a fresh BSN and marker) as fields to change.</summary>
    public static Dictionary<string, object?> AProfile(Action<Dictionary<string, object?>> change)
    {
        var profile = JsonSerializer.SerializeToElement(JobSeekerTestData.AProfile(JobSeekerTestData.NewBsn(), JobSeekerTestData.NewMarker()))
            .EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
        change(profile);
        return profile;
    }

    /// <summary>Registers <paramref name="profile"/> through the API, which must accept it.</summary>
    public static async Task<(Guid Id, string Pseudonym)> RegisterAsync(this HttpClient api, Dictionary<string, object?> profile)
    {
        var response = await api.PostAsJsonAsync("/api/v1/job-seekers", profile, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.IsSuccessStatusCode, body);
        var root = JsonDocument.Parse(body).RootElement;
        return (root.GetProperty("id").GetGuid(), root.GetProperty("pseudonym").GetString()!);
    }

    /// <summary>GET <paramref name="url"/>, which must answer 200, as JSON.</summary>
    public static async Task<JsonElement> GetJsonAsync(this HttpClient api, string url)
    {
        var response = await api.GetAsync(url, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
