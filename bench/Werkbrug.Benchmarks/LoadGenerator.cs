using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Werkbrug.Benchmarks;

/// <summary>What a load request does; the job-seeker list and profile detail and the candidate search write audit records.</summary>
internal enum LoadKind
{
    Candidates,
    JobSeekerList,
    VacancyList,
    EmployerList,
    ProfileDetail,
    ContactMoment,
}

/// <summary>One region's staff tokens and the ids its requests pick from.</summary>
internal sealed record LoadTarget(string Region, string CaseManagerToken, string AdviserToken, IReadOnlyList<string> JobSeekers, IReadOnlyList<string> Vacancies, IReadOnlyList<string> Employers);

/// <summary>One finished request: its kind, latency, and whether it failed (non-2xx) or timed out.</summary>
internal readonly record struct LoadSample(LoadKind Kind, double Milliseconds, bool Failed, bool TimedOut);

/// <summary>
/// A bounded closed-loop load generator: N clients, each sends its next request when the last one answered, round robin
/// over the instances; client i works in region i mod regions. Only requests that end inside the measured window count.
/// </summary>
internal sealed class LoadGenerator(HttpClient http, IReadOnlyList<Uri> instances, IReadOnlyList<LoadTarget> targets)
{
    private static readonly string[] NameParts = ["jan", "de", "bak", "vis", "smit", "berg", "an", "el", "mul", "bos"];
    private static readonly string[] Sections = ["C", "F", "G", "H", "I", "M", "N", "Q"];
    private static readonly string[] Topics = ["vacancy"];
    private long _next;

    public static HttpClient Client(int clients, TimeSpan timeout) =>
        new(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = clients + 4,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectTimeout = TimeSpan.FromSeconds(5),
            UseCookies = false,
            AllowAutoRedirect = false,
        })
        { Timeout = timeout };

    /// <summary>Reads, per region, the ids the mix uses (first pages of the lists) with the region's tokens.</summary>
    public static async Task<List<LoadTarget>> DiscoverAsync(HttpClient http, Uri instance, IEnumerable<(string Region, string CaseManager, string Adviser)> regions)
    {
        var targets = new List<LoadTarget>();
        foreach (var (region, caseManager, adviser) in regions)
        {
            var jobSeekers = await IdsAsync(http, new Uri(instance, "/api/v1/job-seekers?pageSize=100"), caseManager);
            var vacancies = await IdsAsync(http, new Uri(instance, "/api/v1/vacancies?status=Open&pageSize=100"), adviser);
            var employers = await IdsAsync(http, new Uri(instance, "/api/v1/employers?pageSize=100"), adviser);
            if (jobSeekers.Count > 0 && vacancies.Count > 0 && employers.Count > 0)
            {
                targets.Add(new LoadTarget(region, caseManager, adviser, jobSeekers, vacancies, employers));
            }
        }

        return targets;
    }

    /// <summary>The mix: every tenth request sent is a write; the rest 4:4:4:3:3 candidates, job seekers, vacancies, employers, profile.</summary>
    public static LoadKind Mix(Random random, long number) =>
        number % 10 == 9 ? LoadKind.ContactMoment : random.Next(18) switch
        {
            < 4 => LoadKind.Candidates,
            < 8 => LoadKind.JobSeekerList,
            < 12 => LoadKind.VacancyList,
            < 15 => LoadKind.EmployerList,
            _ => LoadKind.ProfileDetail,
        };

    /// <summary>Runs <paramref name="clients"/> clients for warm-up plus the measured time; returns the samples of the measured window.</summary>
    public async Task<(List<LoadSample> Samples, TimeSpan Window)> RunAsync(int clients, TimeSpan warmUp, TimeSpan measured, Func<Random, long, LoadKind> pick, bool filtered = true)
    {
        var clock = Stopwatch.StartNew();
        var end = warmUp + measured;
        var sent = 0L;
        var perClient = await Task.WhenAll(Enumerable.Range(0, clients).Select(async client =>
        {
            var random = new Random(client + 1);
            var target = targets[client % targets.Count];
            var samples = new List<LoadSample>();
            while (clock.Elapsed < end)
            {
                // Counted over all clients: on a slow server a client sends only a few requests in the window.
                var kind = pick(random, Interlocked.Increment(ref sent) - 1);
                var started = clock.Elapsed;
                var (failed, timedOut) = await SendAsync(kind, target, random, filtered);
                var done = clock.Elapsed;
                if (done >= warmUp && done <= end)
                {
                    samples.Add(new LoadSample(kind, (done - started).TotalMilliseconds, failed, timedOut));
                }
            }

            return samples;
        }));
        return ([.. perClient.SelectMany(s => s)], measured);
    }

    private async Task<(bool Failed, bool TimedOut)> SendAsync(LoadKind kind, LoadTarget target, Random random, bool filtered)
    {
        var instance = instances[(int)(Interlocked.Increment(ref _next) % instances.Count)];
        using var request = Request(kind, target, random, filtered, instance);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead);
            return (!response.IsSuccessStatusCode, false);
        }
        catch (TaskCanceledException)
        {
            return (true, true);
        }
        catch (HttpRequestException)
        {
            return (true, false);
        }
    }

    private static HttpRequestMessage Request(LoadKind kind, LoadTarget target, Random random, bool filtered, Uri instance)
    {
        string Pick(IReadOnlyList<string> ids) => ids[random.Next(ids.Count)];
        string Section() => Sections[random.Next(Sections.Length)];
        var (method, path, token) = kind switch
        {
            LoadKind.Candidates => (HttpMethod.Get, $"/api/v1/vacancies/{Pick(target.Vacancies)}/candidates?pageSize=20", target.AdviserToken),
            LoadKind.JobSeekerList => (HttpMethod.Get, filtered ? $"/api/v1/job-seekers?q={NameParts[random.Next(NameParts.Length)]}&pageSize=50" : "/api/v1/job-seekers?pageSize=50", target.CaseManagerToken),
            LoadKind.VacancyList => (HttpMethod.Get, filtered ? $"/api/v1/vacancies?status=Open&section={Section()}&pageSize=50" : "/api/v1/vacancies?pageSize=50", target.AdviserToken),
            LoadKind.EmployerList => (HttpMethod.Get, random.Next(2) == 0 ? $"/api/v1/employers?status=Client&section={Section()}&pageSize=50" : "/api/v1/employers?q=bouw&pageSize=50", target.AdviserToken),
            LoadKind.ProfileDetail => (HttpMethod.Get, $"/api/v1/job-seekers/{Pick(target.JobSeekers)}", target.CaseManagerToken),
            _ => (HttpMethod.Post, "/api/v1/contact-moments", target.AdviserToken),
        };
        var request = new HttpRequestMessage(method, new Uri(instance, path));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (kind == LoadKind.ContactMoment)
        {
            request.Content = JsonContent.Create(new
            {
                employerId = Pick(target.Employers),
                occurredAt = DateTimeOffset.UtcNow.AddMinutes(-5),
                channel = "Phone",
                initiator = "ServicePoint",
                topics = Topics,
                note = "Belafspraak over de openstaande vacatures (load benchmark).",
                acknowledgeWarnings = true,
            });
        }

        return request;
    }

    private static async Task<List<string>> IdsAsync(HttpClient http, Uri uri, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"GET {uri.PathAndQuery} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        using var body = JsonDocument.Parse(await response.Content.ReadAsStreamAsync());
        return [.. body.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!)];
    }
}

/// <summary>Percentiles and rates of a set of samples.</summary>
internal static class LoadFigures
{
    public static string Line(IReadOnlyCollection<LoadSample> samples, TimeSpan window)
    {
        var sorted = samples.Select(s => s.Milliseconds).Order().ToArray();
        return string.Create(CultureInfo.InvariantCulture,
            $"p50_ms={P(sorted, 0.50):0} p95_ms={P(sorted, 0.95):0} p99_ms={P(sorted, 0.99):0} rps={samples.Count / window.TotalSeconds:0.0} errors={samples.Count(s => s.Failed)}");
    }

    public static double P(IReadOnlyCollection<LoadSample> samples, double quantile) => P(samples.Select(s => s.Milliseconds).Order().ToArray(), quantile);

    public static void Table(IReadOnlyCollection<LoadSample> samples, TimeSpan window)
    {
        Console.WriteLine($"{"kind",-15} {"n",7} {"p50_ms",8} {"p95_ms",8} {"p99_ms",8} {"rps",8} {"errors",7} {"timeouts",8}");
        foreach (var group in samples.GroupBy(s => s.Kind).OrderBy(g => g.Key))
        {
            var sorted = group.Select(s => s.Milliseconds).Order().ToArray();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{group.Key,-15} {sorted.Length,7} {P(sorted, 0.50),8:0} {P(sorted, 0.95),8:0} {P(sorted, 0.99),8:0} {sorted.Length / window.TotalSeconds,8:0.0} {group.Count(s => s.Failed),7} {group.Count(s => s.TimedOut),8}"));
        }
    }

    private static double P(double[] sorted, double quantile) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(quantile * sorted.Length) - 1)];
}
