using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Organisations;
using Werkbrug.Domain.Referrals;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.EmployerLinks;

/// <summary>
/// The instruments on the employer's referral sheet (issue 16 item 3, ADR 0025), page and API: only the employer's size,
/// the vacancy's contract and hours, and a disclosed age count; a fact the employer may not be told (benefit, register,
/// work ability, residence) never reaches the answer, so two candidates who differ only in such facts get the same one.
/// The world is in AM12 (MatchingApiTests only uses it as "another region" for strangers), once per host.
/// </summary>
public sealed class SheetInstrumentTests(Apps apps)
{
    private const string Region = "AM12";

    private static readonly ConcurrentDictionary<WerkbrugAppFactory, Lazy<Task<World>>> Worlds = new();

    private static readonly string[] Undisclosable = ["Benefit", "JobsAgreementTarget", "WerkfitStatus", "NeedsAdaptation", "NeedsSupervision", "Residence"];

    private static readonly string[] Hilversum = ["Hilversum"];

    private static readonly string[] Bijstand = ["Bijstand"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>
    /// The starter set and a Hilversum premium; one regular 24-hour vacancy of a 10–49 employer; candidate A (bijstand, in
    /// the register, needs an adapted workplace) and B (Wajong, not in the register, needs nothing), both born 2 April 1990
    /// and referred with everything disclosed under explicit consent; C (as A) on the anonymous sheet.
    /// </summary>
    private sealed record World(Guid A, Guid B, Guid C, Link Link);

    private static Task<World> WorldAsync(WerkbrugAppFactory app) => Worlds.GetOrAdd(app, a => new Lazy<Task<World>>(() => ArrangeAsync(a))).Value;

    private static async Task<World> ArrangeAsync(WerkbrugAppFactory app)
    {
        var coordinator = app.ApiClient(await app.CreateAdviserAsync(Region, Roles.RegionCoordinator));
        Assert.Equal(HttpStatusCode.OK, (await coordinator.PostAsync("/api/v1/instruments/starter-set", null, Ct)).StatusCode);
        var premium = await coordinator.PostAsJsonAsync("/api/v1/instruments", new
        {
            key = "plaatsingspremie-hilversum",
            name = "Plaatsingspremie Hilversum",
            provider = "Municipality",
            coverage = "Municipalities",
            municipalities = Hilversum,
            provides = "€ 1.500 eenmalig",
            conditions = "Bijstand, minstens 20 uur per week.",
            rules = new object[] { new { fact = "Benefit", values = Bijstand }, new { fact = "HoursPerWeek", min = 20 } },
        }, Ct);
        Assert.True(premium.StatusCode == HttpStatusCode.Created, await premium.Content.ReadAsStringAsync(Ct));

        var setup = await app.OpenVacancyAsync(Region);
        var everything = new Disclosure(DataCategories.ContactDetails | DataCategories.FullProfile | DataCategories.WorkRequirements, ConsentKind.Consent, null, true);
        var (a, _) = await app.ReferAsync(setup, everything);
        var (b, seekerB) = await app.ReferAsync(setup, everything);
        var (c, _) = await app.ReferAsync(setup);
        await app.InDbAsync(async db =>
        {
            var profile = await db.JobSeekers.SingleAsync(j => j.Id == seekerB.Id, Ct);
            profile.Benefit = BenefitType.Wajong;
            profile.JobsAgreementTarget = false;
            return await db.SaveChangesAsync(Ct);
        });
        return new World(a, b, c, await setup.LinkAsync());
    }

    [Theory, Providers]
    public async Task the_api_sheet_answers_on_disclosable_facts_only(Db db)
    {
        var app = apps.For(db);
        var world = await WorldAsync(app);
        var employer = app.EmployerApi(world.Link);

        var a = (await (await employer.GetAsync($"/api/v1/employer-link/referrals/{world.A}", Ct)).JsonAsync(HttpStatusCode.OK)).GetProperty("instruments");
        var b = (await (await employer.GetAsync($"/api/v1/employer-link/referrals/{world.B}", Ct)).JsonAsync(HttpStatusCode.OK)).GetProperty("instruments");
        var c = (await (await employer.GetAsync($"/api/v1/employer-link/referrals/{world.C}", Ct)).JsonAsync(HttpStatusCode.OK)).GetProperty("instruments");

        // Bijstand or Wajong, in the register or not: the same answer, and no rule on such a fact in it.
        Assert.Equal(a.GetRawText(), b.GetRawText());
        Assert.Empty(Facts(a).Intersect(Undisclosable));
        Assert.Empty(Facts(c).Intersect(Undisclosable));
        Assert.True(a.GetProperty("ageUsed").GetBoolean());
        Assert.False(c.GetProperty("ageUsed").GetBoolean());

        var lks = Item(a, "loonkostensubsidie");
        Assert.Equal("MayApply", lks.GetProperty("outcome").GetString());
        Assert.True(lks.GetProperty("askContact").GetBoolean());
        Assert.Equal(["ContractType:Met", "Question:Open"], Reasons(lks));
        var premium = Item(a, "plaatsingspremie-hilversum");
        Assert.True(premium.GetProperty("askContact").GetBoolean());
        Assert.Equal("Hilversum", premium.GetProperty("municipalities")[0].GetString());
        Assert.Equal(["HoursPerWeek:Met"], Reasons(premium));
        var mbo = Item(a, "praktijkroute-mbo");
        Assert.False(mbo.GetProperty("askContact").GetBoolean());
        Assert.Equal(["ContractType:Met", "Question:Open"], Reasons(mbo));
        Assert.DoesNotContain(a.GetProperty("items").EnumerateArray(), i => i.GetProperty("key").GetString() == "lage-inkomensvoordeel"); // ended 2024

        // The disclosed age (36 in 2026) rules out the older worker's LKV; without the full profile it is for the contact person.
        Assert.Equal("DoesNotApply", Item(a, "lkv-oudere-werknemer").GetProperty("outcome").GetString());
        Assert.Equal(AgeBands.AgeOn(new DateOnly(1990, 4, 2), DateOnly.FromDateTime(DateTime.UtcNow)).ToString(System.Globalization.CultureInfo.InvariantCulture), Item(a, "lkv-oudere-werknemer").GetProperty("reasons").EnumerateArray().Single(r => r.GetProperty("fact").GetString() == "Age").GetProperty("actual").GetString());
        Assert.Equal("MayApply", Item(c, "lkv-oudere-werknemer").GetProperty("outcome").GetString());
        Assert.True(Item(c, "lkv-oudere-werknemer").GetProperty("askContact").GetBoolean());
    }

    [Theory, Providers]
    public async Task the_sheet_page_tells_the_employer_to_ask_the_contact_person(Db db)
    {
        var app = apps.For(db);
        var world = await WorldAsync(app);
        var browser = new PageClient(app.CreateClient());
        await browser.GetAsync(world.Link.OpenPath());

        var a = (await browser.GetAsync($"/werkgevers/voordrachten/{world.A}")).Document.QuerySelector("#instruments")!;
        var b = (await browser.GetAsync($"/werkgevers/voordrachten/{world.B}")).Document.QuerySelector("#instruments")!;

        Assert.Equal(a.OuterHtml, b.OuterHtml);
        Assert.Empty(a.QuerySelectorAll("[data-fact]").Select(e => e.GetAttribute("data-fact")!).Intersect(Undisclosable));
        var lks = a.QuerySelector("[data-outcome='MayApply'] [data-key='loonkostensubsidie']")!;
        Assert.Contains("Uw contactpersoon bij het werkgeversservicepunt kan vertellen of Loonkostensubsidie van toepassing is.", lks.TextContent, StringComparison.Ordinal);
        Assert.Contains("Soort contract:", lks.QuerySelector("[data-fact='ContractType']")!.TextContent, StringComparison.Ordinal);
        Assert.Null(a.QuerySelector("[data-key='praktijkroute-mbo'] [data-ask-contact]"));
        Assert.Contains("Hilversum", a.QuerySelector("[data-key='plaatsingspremie-hilversum']")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(a.QuerySelector("details [data-key='lkv-oudere-werknemer']"));
        foreach (var word in new[] { "Bijstand", "Wajong", "doelgroepregister" })
        {
            Assert.DoesNotContain(word, string.Concat(a.QuerySelectorAll("[data-fact]").Select(e => e.TextContent)), StringComparison.OrdinalIgnoreCase);
        }
    }

    private static JsonElement Item(JsonElement guide, string key) =>
        guide.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("key").GetString() == key);

    private static string[] Reasons(JsonElement item) =>
        [.. item.GetProperty("reasons").EnumerateArray().Select(r => $"{r.GetProperty("fact").GetString()}:{r.GetProperty("outcome").GetString()}")];

    private static IEnumerable<string> Facts(JsonElement guide) =>
        guide.GetProperty("items").EnumerateArray().SelectMany(i => i.GetProperty("reasons").EnumerateArray()).SelectMany(Flatten).Select(r => r.GetProperty("fact").GetString()!);

    private static IEnumerable<JsonElement> Flatten(JsonElement reason) =>
        new[] { reason }.Concat(reason.GetProperty("parts").EnumerateArray().SelectMany(Flatten));
}
