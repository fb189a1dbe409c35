using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Werkbrug.Benchmarks;

/// <summary>
/// How soon a written profile is searchable, on the instance that took the write and on the others. A case manager
/// registers a profile that passes one vacancy's hard filters (its postcode, werkfit, available by its start date, every
/// contract, in the jobs-agreement target group), then changes it to niet werkfit. After each acknowledged write every
/// instance's candidate count for that vacancy (<c>/candidates/counts</c>: no personal data, no audit record) is read every
/// 50 ms until it shows the write; the time is from the write's answer to the first count that shows it. The instance
/// taking the writes alternates per round. Beside the mix, an instance's own writes (every tenth request) wake its feed
/// often, so it also sees the other's changes early; idle, the other instance finds a change only on its next poll.
/// </summary>
internal sealed class FreshnessProbe(HttpClient http, IReadOnlyList<Uri> instances, LoadTarget target)
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(50);

    /// <summary>Per write (a registration, then a change), the milliseconds until each instance found it; a missed limit counts as a timeout.</summary>
    public sealed record Figures(int Writes, List<double> Same, List<double> Other, int TimedOut);

    public async Task<Figures> RunAsync(int rounds, TimeSpan limit)
    {
        var same = new List<double>();
        var other = new List<double>();
        var timedOut = 0;
        for (var round = 0; round < rounds; round++)
        {
            var writer = instances[round % instances.Count];
            var vacancy = target.Vacancies[round % target.Vacancies.Count];
            var before = await CountAsync(writer, vacancy);
            var (id, version, profile) = await RegisterAsync(writer, vacancy);
            timedOut += await TimeAsync(writer, vacancy, before + 1, same, other, limit);
            using var _ = await SendAsync(HttpMethod.Put, new Uri(writer, $"/api/v1/job-seekers/{id}"), target.CaseManagerToken,
                JsonContent.Create(profile with { WerkfitStatus = "NotWorkReady", Version = version }));
            timedOut += await TimeAsync(writer, vacancy, before, same, other, limit);
        }

        return new Figures(rounds * 2, same, other, timedOut);
    }

    public static string Line(string when, Figures figures)
    {
        static string Of(List<double> ms) => ms.Count == 0 ? "n/a" : string.Create(CultureInfo.InvariantCulture, $"{ms.Order().ElementAt((ms.Count - 1) / 2):0}/{ms.Max():0}");
        return $"fresh: {when} writes={figures.Writes} same_instance_ms_p50/max={Of(figures.Same)} other_instance_ms_p50/max={Of(figures.Other)} timeouts={figures.TimedOut}";
    }

    /// <summary>Polls every instance at once until its count is <paramref name="expected"/>; adds each time to its list; returns the number that missed the limit.</summary>
    private async Task<int> TimeAsync(Uri writer, string vacancy, int expected, List<double> same, List<double> other, TimeSpan limit)
    {
        var clock = Stopwatch.StartNew();
        var times = await Task.WhenAll(instances.Select(async instance =>
        {
            while (clock.Elapsed < limit)
            {
                if (await CountAsync(instance, vacancy) == expected)
                {
                    return clock.Elapsed.TotalMilliseconds;
                }

                await Task.Delay(Poll);
            }

            return (double?)null;
        }));
        foreach (var (time, instance) in times.Zip(instances))
        {
            if (time is { } ms)
            {
                (instance == writer ? same : other).Add(ms);
            }
        }

        return times.Count(t => t is null);
    }

    private async Task<int> CountAsync(Uri instance, string vacancy)
    {
        using var body = await SendAsync(HttpMethod.Get, new Uri(instance, $"/api/v1/vacancies/{vacancy}/candidates/counts"), target.AdviserToken, null);
        return body.RootElement.GetProperty("eligible").GetInt32() + body.RootElement.GetProperty("withoutPostcode").GetInt32();
    }

    /// <summary>Registers a profile that passes the vacancy's hard filters; returns its id, version and what was sent.</summary>
    private async Task<(string Id, int Version, Profile Sent)> RegisterAsync(Uri instance, string vacancy)
    {
        using var details = await SendAsync(HttpMethod.Get, new Uri(instance, $"/api/v1/vacancies/{vacancy}"), target.AdviserToken, null);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var starts = details.RootElement.GetProperty("startDate") is { ValueKind: JsonValueKind.String } start ? DateOnly.Parse(start.GetString()!, CultureInfo.InvariantCulture) : today;
        var profile = new Profile(details.RootElement.GetProperty("postcode").GetString()!, starts < today ? starts : today, "WorkReady", null);
        using var created = await SendAsync(HttpMethod.Post, new Uri(instance, "/api/v1/job-seekers"), target.CaseManagerToken, JsonContent.Create(profile));
        return (created.RootElement.GetProperty("id").GetString()!, created.RootElement.GetProperty("version").GetInt32(), profile);
    }

    /// <summary>The API's profile input, as far as the probe fills it (names are fixed: the probe's rows are recognisable).</summary>
    private sealed record Profile(string Postcode, DateOnly AvailableFrom, string WerkfitStatus, int? Version)
    {
        public string GivenName { get; init; } = "Meting";

        public string Surname { get; init; } = "Versheid";

        public DateOnly BirthDate { get; init; } = new(1990, 5, 17);

        public string Benefit { get; init; } = "None";

        public bool JobsAgreementTarget { get; init; } = true;

        public int MaxTravelKm { get; init; } = 50;
    }

    private async Task<JsonDocument> SendAsync(HttpMethod method, Uri uri, string token, HttpContent? content)
    {
        using var request = new HttpRequestMessage(method, uri) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return response.IsSuccessStatusCode ? JsonDocument.Parse(text)
            : throw new InvalidOperationException($"{method} {uri.PathAndQuery} answered {(int)response.StatusCode}: {text}");
    }
}
