using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Werkbrug.Domain.Common;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.Vacancies;

/// <summary>Builders for the vacancy tests.</summary>
public static class VacancyTestData
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A day relative to today, as the API takes it.</summary>
    public static string Day(int fromToday) => DutchTime.Today(TimeProvider.System).AddDays(fromToday).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// A complete, valid vacancy body that can be published (applications close in a month, the job starts in two);
    /// <paramref name="change"/> replaces or adds fields.
    /// </summary>
    public static Dictionary<string, object?> Body(Guid employerId, string? title = null, Action<Dictionary<string, object?>>? change = null)
    {
        var body = new Dictionary<string, object?>
        {
            ["employerId"] = employerId,
            ["title"] = title ?? EmployerPages.UniqueName("Orderpicker"),
            ["occupation"] = "Orderpicker",
            ["description"] = "Orders verzamelen in het magazijn.",
            ["tasks"] = new object[]
            {
                new { description = "Orders verzamelen", sharePercent = 60, separable = false },
                new { description = "Pallets inpakken", sharePercent = 30, separable = true },
            },
            ["skills"] = new object[] { new { label = "Heftruck rijden", kind = "Trainable", importance = "Nice" } },
            ["competences"] = new object[] { new { code = 24121, importance = "Must" } },
            ["educationLevel"] = "Vmbo",
            ["hoursPerWeekMin"] = 24,
            ["hoursPerWeekMax"] = 32,
            ["schedule"] = "Dagdienst",
            ["contractType"] = "Regular",
            ["addressLine"] = "Stationsplein 1",
            ["postcode"] = "3811 AB",
            ["municipalityName"] = "Amersfoort",
            ["positions"] = 2,
            ["contactName"] = "Anna de Vries",
            ["contactPhone"] = "033 123 45 67",
            ["contactEmail"] = "anna.devries@example.nl",
            ["startDate"] = Day(60),
            ["closingDate"] = Day(30),
            ["openToAdaptingJob"] = true,
            ["hardToFill"] = false,
        };
        change?.Invoke(body);
        return body;
    }

    public static async Task<JsonElement> CreateVacancyAsync(this HttpClient api, Guid employerId, string? title = null, Action<Dictionary<string, object?>>? change = null)
    {
        var response = await api.PostAsJsonAsync("/api/v1/vacancies", Body(employerId, title, change), Ct);
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"Creating failed: {response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
        }

        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    public static async Task<JsonElement> GetVacancyAsync(this HttpClient api, Guid id) =>
        await (await api.GetAsync($"/api/v1/vacancies/{id}", Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);

    public static Task<HttpResponseMessage> MoveAsync(this HttpClient api, Guid id, string status, int version, string? note = null) =>
        api.PostAsJsonAsync($"/api/v1/vacancies/{id}/status", new { status, note, version }, Ct);

    public static Task<HttpResponseMessage> EscalateAsync(this HttpClient api, Guid id, string reason, int version) =>
        api.PostAsJsonAsync($"/api/v1/vacancies/{id}/escalate", new { reason, version }, Ct);

    /// <summary>The ids of the vacancies the list answers for <paramref name="query"/>.</summary>
    public static async Task<List<Guid>> ListIdsAsync(this HttpClient api, string query)
    {
        var body = await api.GetFromJsonAsync<JsonElement>("/api/v1/vacancies?" + query, Ct);
        return body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ToList();
    }

    public static Guid Id(this JsonElement element) => element.GetProperty("id").GetGuid();

    public static int Version(this JsonElement element) => element.GetProperty("version").GetInt32();
}
