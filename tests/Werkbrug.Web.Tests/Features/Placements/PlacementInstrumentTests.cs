using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Instruments;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.Placements;

/// <summary>
/// The instruments applied to a placement (issue 16), in AM13 (the contract walk's region: this class adds its own organisations, placement and an instrument of its own key): the placing organisation
/// records loonkostensubsidie with dates and an amount, changes and removes it; the owner organisation reads it; bad
/// input (end before start, a negative amount, an instrument not in the catalogue) is a Dutch problem and saves nothing.
/// One world and one placement per host.
/// </summary>
public sealed class PlacementInstrumentTests(Apps apps)
{
    private const string Region = "AM13";

    private static readonly ConcurrentDictionary<WerkbrugAppFactory, Lazy<Task<(PlacementWorld World, Guid Placement, Guid Instrument)>>> Worlds = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(WerkbrugAppFactory App, PlacementWorld World, Guid Placement, Guid Instrument)> ArrangedAsync(Db db)
    {
        var app = apps.For(db);
        var (world, placement, instrument) = await Worlds.GetOrAdd(app, a => new Lazy<Task<(PlacementWorld, Guid, Guid)>>(async () =>
        {
            var world = await a.WorldAsync(Region);
            var placement = await a.HireAsync(world, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-30));
            var document = StarterSet.National.Single(d => d.Key == "loonkostensubsidie");
            var instrument = new Instrument
            {
                RegionCode = Region,
                Key = "loonkostensubsidie-proef",
                Name = "Loonkostensubsidie (proef)",
                Provider = document.Provider!.Value,
                Coverage = document.Coverage!.Value,
                Provides = document.Provides!,
                Conditions = document.Conditions!,
                Rules = [.. document.Rules!],
                RuleVersion = 2,
            };
            await a.InDbAsync(d =>
            {
                d.Instruments.Add(instrument);
                return d.SaveChangesAsync(Ct);
            });
            return (world, placement.Id, instrument.Id);
        })).Value;
        return (app, world, placement, instrument);
    }

    private static async Task<JsonElement> OkAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    [Theory, Providers]
    public async Task the_placing_organisation_records_changes_and_removes_an_applied_instrument(Db db)
    {
        var (app, world, placement, instrument) = await ArrangedAsync(db);
        var api = app.ApiClient(world.Adviser);
        var url = $"/api/v1/placements/{placement}/instruments";

        var created = await OkAsync(await api.PostAsJsonAsync(url, new { instrumentId = instrument, startsOn = "2026-11-01", endsOn = "2027-10-31", amount = 1250.50m, note = "Per maand" }, Ct), HttpStatusCode.Created);
        Assert.Equal(("loonkostensubsidie-proef", "Loonkostensubsidie (proef)", 2), (created.GetProperty("key").GetString(), created.GetProperty("name").GetString(), created.GetProperty("ruleVersion").GetInt32()));
        Assert.Equal(1250.50m, created.GetProperty("amount").GetDecimal());
        var id = created.GetProperty("id").GetGuid();

        // The owner organisation reads it, but only the placing organisation changes it; another organisation sees nothing.
        var owner = app.ApiClient(world.OwnerCaseManager);
        Assert.Contains((await OkAsync(await owner.GetAsync(url, Ct))).GetProperty("items").EnumerateArray(), i => i.GetProperty("id").GetGuid() == id);
        Assert.Equal(HttpStatusCode.Forbidden, (await owner.PostAsJsonAsync(url, new { instrumentId = instrument, startsOn = "2026-11-01" }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.ApiClient(world.Outsider).GetAsync($"{url}/{id}", Ct)).StatusCode);

        var changed = await OkAsync(await api.PutAsJsonAsync($"{url}/{id}", new { instrumentId = instrument, startsOn = "2026-11-01", endsOn = (string?)null, amount = 1300m, version = created.GetProperty("version").GetInt32() }, Ct));
        Assert.Equal((1300m, JsonValueKind.Null), (changed.GetProperty("amount").GetDecimal(), changed.GetProperty("endsOn").ValueKind));
        Assert.Equal(HttpStatusCode.Conflict, (await api.PutAsJsonAsync($"{url}/{id}", new { instrumentId = instrument, startsOn = "2026-11-01", amount = 1m, version = created.GetProperty("version").GetInt32() }, Ct)).StatusCode);

        // The placement page shows it with its dates and amount.
        var page = await (await PageClient.LoginAsync(app, world.Adviser)).GetAsync($"/placements/{placement}");
        var row = page.Document.QuerySelector("#instruments-table tr[data-key='loonkostensubsidie-proef']")!;
        Assert.Contains("1.300,00", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("nov 2026", row.TextContent, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"{url}/{id}", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"{url}/{id}", Ct)).StatusCode);
    }

    [Theory, Providers]
    public async Task bad_input_is_a_dutch_problem_and_saves_nothing(Db db)
    {
        var (app, world, placement, instrument) = await ArrangedAsync(db);
        var api = app.ApiClient(world.Adviser);
        var url = $"/api/v1/placements/{placement}/instruments";
        object[] bad =
        [
            new { instrumentId = instrument, startsOn = "2026-11-01", endsOn = "2026-10-01", amount = 100m },
            new { instrumentId = instrument, startsOn = "2026-11-01", amount = -5m },
            new { instrumentId = instrument, startsOn = "2026-11-01", amount = 10.555m },
            new { instrumentId = Guid.NewGuid(), startsOn = "2026-11-01" },
            new { instrumentId = instrument },
        ];
        string[] expected = ["vóór de begindatum", "niet negatief", "twee decimalen", "menukaart van de regio", "Begindatum"];
        var before = await app.InDbAsync(d => d.PlacementInstruments.CountAsync(a => a.PlacementId == placement, Ct));
        foreach (var (body, text) in bad.Zip(expected))
        {
            var response = await api.PostAsJsonAsync(url, body, Ct);
            var problem = await response.Content.ReadAsStringAsync(Ct);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, problem);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.Contains(text, JsonDocument.Parse(problem).RootElement.ToString(), StringComparison.Ordinal);
        }

        Assert.Equal(before, await app.InDbAsync(d => d.PlacementInstruments.CountAsync(a => a.PlacementId == placement, Ct)));
    }
}
