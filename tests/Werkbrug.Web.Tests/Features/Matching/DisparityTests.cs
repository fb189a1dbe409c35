using System.Net;
using System.Text.Json;
using Werkbrug.Web.Tests.Features.Indicators;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.Matching;

/// <summary>
/// Gelijke kansen in de matching: the referral funnel per age band, benefit and organisation, on the small region of
/// <see cref="IndicatorWorld"/> (AM23). Its Q2 referrals: A's 12 of its own candidate on bijstand (6 hired), B's 10 of
/// its own candidate on WW (5 hired), all sent to the employer; both candidates born in 1990. Q1: one of A's, not hired.
/// </summary>
public sealed class DisparityTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<JsonElement> ReportAsync(HttpClient api, string query)
    {
        var response = await api.GetAsync($"/api/v1/matching/disparity?{query}", Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>A breakdown's rows as "label|referred|sent %|hired %" ("x" for a hidden figure), the total last.</summary>
    private static string[] Rows(JsonElement report, string dimension)
    {
        static string Shown(JsonElement figure) => figure.GetProperty("suppressed").GetBoolean() ? "x" : figure.GetProperty("value").GetDouble().ToString(System.Globalization.CultureInfo.InvariantCulture);
        static string Row(JsonElement r) => string.Join('|', r.GetProperty("label").GetString(), Shown(r.GetProperty("referred")), Shown(r.GetProperty("sentToEmployer")), Shown(r.GetProperty("hired")));
        var breakdown = report.GetProperty("breakdowns").EnumerateArray().Single(b => b.GetProperty("dimension").GetString() == dimension);
        return [.. breakdown.GetProperty("rows").EnumerateArray().Select(Row), Row(breakdown.GetProperty("total"))];
    }

    [Theory, Providers]
    public async Task an_analyst_sees_referrals_sent_and_hired_per_age_band_benefit_and_organisation(Db db)
    {
        var app = apps.For(db);
        var world = await IndicatorWorld.OnceAsync(app);

        var report = await ReportAsync(app.ApiClient(world.Analyst), IndicatorWorld.Q2);

        Assert.Equal("2026-04-01", report.GetProperty("period").GetProperty("from").GetString());
        Assert.Equal(["27 tot en met 49|22|100|50", "Totaal|22|100|50"], Rows(report, "age-band"));
        Assert.Equal(["WW|10|100|50", "Bijstand (Participatiewet)|12|100|50", "Totaal|22|100|50"], Rows(report, "benefit"));
        Assert.Equal(["Kandidaat van de eigen organisatie|22|100|50", "Totaal|22|100|50"], Rows(report, "organisation"));
    }

    [Theory, Providers]
    public async Task small_groups_are_hidden_and_other_regions_and_other_roles_see_nothing_of_the_region(Db db)
    {
        var app = apps.For(db);
        var world = await IndicatorWorld.OnceAsync(app);

        // Q1 holds one referral: every figure of it is hidden, the total too.
        var q1 = await ReportAsync(app.ApiClient(world.Manager), "from=2026-01-01&to=2026-03-31");
        Assert.Equal(["Bijstand (Participatiewet)|x|x|x", "Totaal|x|x|x"], Rows(q1, "benefit"));
        Assert.Equal(5, q1.GetProperty("threshold").GetInt32());

        // Another region's manager counts their own region: none of AM23's referrals.
        var elsewhere = await ReportAsync(app.ApiClient(await app.CreateAdviserAsync("AM35", Werkbrug.Domain.Organisations.Roles.Manager)), IndicatorWorld.Q2);
        Assert.DoesNotContain(elsewhere.GetProperty("breakdowns").EnumerateArray(), b => b.GetProperty("rows").EnumerateArray().Any(r => r.GetProperty("label").GetString()!.StartsWith("Bijstand", StringComparison.Ordinal)));

        // A case manager sees people, not the region's aggregates; a bad period is a problem per field.
        Assert.Equal(HttpStatusCode.Forbidden, (await app.ApiClient(world.CaseManagerB).GetAsync($"/api/v1/matching/disparity?{IndicatorWorld.Q2}", Ct)).StatusCode);
        var bad = await app.ApiClient(world.Analyst).GetAsync("/api/v1/matching/disparity?from=2026-06-30&to=2026-04-01", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
        Assert.True(JsonDocument.Parse(await bad.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("errors").TryGetProperty("to", out _));
    }
}
