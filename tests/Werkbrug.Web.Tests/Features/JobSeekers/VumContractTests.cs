using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Werkbrug.Domain.Organisations;
using Werkbrug.Tests;
using Werkbrug.Web.Tests.Infrastructure;
using YamlDotNet.Serialization;

namespace Werkbrug.Web.Tests.Features.JobSeekers;

/// <summary>
/// The VUM export validated against the contract file in the shared data, and the round trip export → VUM import
/// into a fresh organisation. Region AM34 is this class's.
/// </summary>
public sealed class VumContractTests(Apps apps)
{
    private const string Region = "AM34";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, Providers]
    public async Task every_exported_profile_validates_against_the_contract_and_holds_no_bsn_or_adjustments(Db db)
    {
        var app = apps.For(db);
        var owner = await app.CreateUserAsync(Region, Roles.CaseManager);
        var full = await app.RegisterJobSeekerAsync(owner);
        var api = app.ApiClient(owner);
        var minimal = await api.PostAsJsonAsync("/api/v1/job-seekers", new
        {
            givenName = "Kees",
            surname = "Minimaal",
            birthDate = "1980-01-01",
            postcode = "3811 AB",
            werkfitStatus = "WorkReadyLater",
            benefit = "None",
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, minimal.StatusCode);

        var all = await api.GetStringAsync("/api/v1/job-seekers/export-vum", Ct);
        var one = await api.GetStringAsync($"/api/v1/job-seekers/{full.Id}/vum", Ct);

        var contract = VumContract.Load();
        using var list = JsonDocument.Parse(all);
        // The contract's list has no envelope or paging: the profiles travel as the items of the API's collection.
        Assert.Equal(2, list.RootElement.GetProperty("total").GetInt32());
        var errors = list.RootElement.Items().SelectMany((p, i) => contract.Validate(p, "Werkzoekende", $"items[{i}]")).ToList();
        using var single = JsonDocument.Parse(one);
        errors.AddRange(contract.Validate(single.RootElement, "Werkzoekende", "one"));
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        // Every field the export can fill is filled for the full profile.
        var q = single.RootElement.GetProperty("arbeidsmarktkwalificatie");
        foreach (var name in new[] { "vakvaardigheid", "taalbeheersing", "gedragscompetentie", "interesse", "rijbewijs", "opleiding", "werkervaring" })
        {
            Assert.True(q.GetProperty(name).GetArrayLength() > 0, name);
        }

        Assert.Equal(1, single.RootElement.GetProperty("eisAanWerk").GetProperty("indicatieAanpassingWerkomgeving").GetInt32());
        foreach (var body in new[] { all, one })
        {
            Assert.DoesNotContain(full.Bsn, body, StringComparison.Ordinal);
            Assert.DoesNotContain(full.Marker, body, StringComparison.Ordinal);
        }

        Assert.True(await app.ProcessingRecordsAsync(full.Pseudonym) >= 3);
    }

    [Fact]
    public void the_checker_refuses_what_the_contract_forbids()
    {
        var contract = VumContract.Load();
        using var bad = JsonDocument.Parse("""{"idWerkzoekende":"x","mobiliteit":{"bemiddelingspostcode":"0123AB"},"arbeidsmarktkwalificatie":{"rijbewijs":[{"codeSoortRijbewijs":"Z"}],"opleiding":[{"opleidingsnaam":{"naamOpleidingOngecodeerd":5}}]},"telefoonnummer":["12"],"onbekend":1}""");
        using var missing = JsonDocument.Parse("""{"indicatieLdrRegistratie":3}""");

        Assert.Equal(5, contract.Validate(bad.RootElement, "Werkzoekende", "bad").Count);
        Assert.Equal(2, contract.Validate(missing.RootElement, "Werkzoekende", "missing").Count);
    }

    [Theory, Providers]
    public async Task an_exported_profile_imported_into_a_fresh_organisation_is_the_same_profile(Db db)
    {
        var app = apps.For(db);
        var owner = await app.CreateUserAsync(Region, Roles.CaseManager);
        var other = await app.CreateUserAsync(Region, Roles.CaseManager);
        var seeker = await app.RegisterJobSeekerAsync(owner);
        var exported = await app.ApiClient(owner).GetStringAsync($"/api/v1/job-seekers/{seeker.Id}/vum", Ct);

        using var body = new StringContent($"[{exported}]", System.Text.Encoding.UTF8, "application/json");
        var response = await app.ApiClient(other).PostAsync("/api/v1/job-seekers/import-vum", body, Ct);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        using var again = new StringContent($"[{exported}]", System.Text.Encoding.UTF8, "application/json");
        var second = await (await app.ApiClient(other).PostAsync("/api/v1/job-seekers/import-vum", again, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);

        Assert.True(response.StatusCode == HttpStatusCode.OK, report.GetRawText());
        Assert.Equal((1, 0, 0, 0), JobSeekerImportTests.Counts(report));
        Assert.Equal((0, 0, 1, 0), JobSeekerImportTests.Counts(second));
        var copyId = await app.InDbAsync(d => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            d.JobSeekers.Where(j => j.OwnerOrganisationId == other.OrganisationId).Select(j => j.Id), Ct));
        using var original = JsonDocument.Parse(await app.ApiClient(owner).GetStringAsync($"/api/v1/job-seekers/{seeker.Id}", Ct));
        using var copy = JsonDocument.Parse(await app.ApiClient(other).GetStringAsync($"/api/v1/job-seekers/{copyId}", Ct));
        // What differs by design: identity of the record, owner, BSN (never exported), the adjustments in words (no place in the contract).
        string[] different = ["id", "pseudonym", "externalId", "ownerOrganisationId", "caseManagerUserId", "hasBsn", "bsnMasked", "caseManager", "ownerOrganisation", "werkfitAssessedBy", "workRequirements", "version", "createdAtUtc", "updatedAtUtc"];
        var diffs = original.RootElement.EnumerateObject().Where(p => !different.Contains(p.Name))
            .Where(p => !copy.RootElement.TryGetProperty(p.Name, out var c) || c.GetRawText() != p.Value.GetRawText())
            .Select(p => $"{p.Name}: {p.Value.GetRawText()} became {(copy.RootElement.TryGetProperty(p.Name, out var c) ? c.GetRawText() : "(absent)")}").ToList();
        Assert.True(diffs.Count == 0, string.Join("\n", diffs));
        var requirements = copy.RootElement.GetProperty("workRequirements");
        Assert.Equal("Yes", requirements.GetProperty("adaptation").GetString());
    }
}

/// <summary>
/// A small checker for the contract's schemas (OpenAPI 3.0 style): type, required, properties (no others, except the
/// "werkbrug" extension at the top), items, $ref, enum, minimum/maximum, minLength/maxLength, pattern, format date.
/// Two places where the contract cannot be read as plain JSON Schema are read as its authors meant them: oneOf
/// alternatives that include their parent through allOf (the parent is skipped inside its own alternative, and
/// "one of" means at least one, since the alternatives have no required fields to tell them apart), and a pattern
/// written as a JavaScript literal with a trailing "/i" (the flag becomes case-insensitive matching).
/// </summary>
public sealed class VumContract(Dictionary<object, object> schemas)
{
    public static VumContract Load(string file = "UM-Gemeente-WerkzoekendenProfielen-0.8.7.yaml")
    {
        var text = File.ReadAllText(SharedData.PathOf("vum", file));
        var root = (Dictionary<object, object>)new DeserializerBuilder().Build().Deserialize<object>(text)!;
        var components = (Dictionary<object, object>)root["components"];
        return new VumContract((Dictionary<object, object>)components["schemas"]);
    }

    public List<string> Validate(JsonElement value, string schemaName, string path)
    {
        var errors = new List<string>();
        Check(value, (Dictionary<object, object>)schemas[schemaName], path, errors, [schemaName], topLevel: true);
        return errors;
    }

    private static string? Str(Dictionary<object, object> schema, string key) => schema.TryGetValue(key, out var v) ? v as string : null;

    private Dictionary<object, object> Resolve(string reference) => (Dictionary<object, object>)schemas[reference.Split('/')[^1]];

    private void Check(JsonElement value, Dictionary<object, object> schema, string path, List<string> errors, List<string> stack, bool topLevel = false)
    {
        if (Str(schema, "$ref") is { } reference)
        {
            var name = reference.Split('/')[^1];
            Check(value, Resolve(reference), path, errors, [.. stack, name]);
            return;
        }

        if (schema.TryGetValue("allOf", out var allOf))
        {
            foreach (Dictionary<object, object> part in (List<object>)allOf)
            {
                if (Str(part, "$ref") is { } r && stack.Contains(r.Split('/')[^1]))
                {
                    continue;
                }

                Check(value, part, path, errors, stack);
            }
        }

        if (schema.TryGetValue("oneOf", out var oneOf))
        {
            var matches = ((List<object>)oneOf).Cast<Dictionary<object, object>>().Count(alternative =>
            {
                var trial = new List<string>();
                Check(value, alternative, path, trial, stack);
                return trial.Count == 0;
            });
            if (matches == 0)
            {
                errors.Add($"{path}: matches none of the alternatives");
            }

            return;
        }

        switch (Str(schema, "type"))
        {
            case "object" when value.ValueKind != JsonValueKind.Object:
            case "array" when value.ValueKind != JsonValueKind.Array:
            case "string" when value.ValueKind != JsonValueKind.String:
            case "integer" when value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out _):
                errors.Add($"{path}: is {value.ValueKind}, not {Str(schema, "type")}");
                return;
        }

        if (schema.TryGetValue("enum", out var choices))
        {
            var text = value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText();
            if (!((List<object>)choices).Cast<string>().Contains(text))
            {
                errors.Add($"{path}: {text} is not in the code list");
            }
        }

        if (value.ValueKind == JsonValueKind.Number)
        {
            var number = value.GetDecimal();
            if (Str(schema, "minimum") is { } min && number < decimal.Parse(min, CultureInfo.InvariantCulture))
            {
                errors.Add($"{path}: {number} is below {min}");
            }

            if (Str(schema, "maximum") is { } max && number > decimal.Parse(max, CultureInfo.InvariantCulture))
            {
                errors.Add($"{path}: {number} is above {max}");
            }
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            var text = value.GetString()!;
            if (Str(schema, "maxLength") is { } maxLength && text.Length > int.Parse(maxLength, CultureInfo.InvariantCulture))
            {
                errors.Add($"{path}: longer than {maxLength}");
            }

            if (Str(schema, "pattern") is { } pattern)
            {
                var options = RegexOptions.None;
                if (pattern.EndsWith("/i", StringComparison.Ordinal))
                {
                    (pattern, options) = (pattern[..^2], RegexOptions.IgnoreCase);
                }

                if (!Regex.IsMatch(text, pattern, options, TimeSpan.FromSeconds(1)))
                {
                    errors.Add($"{path}: '{text}' does not match {pattern}");
                }
            }

            if (Str(schema, "format") == "date" && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                errors.Add($"{path}: '{text}' is not a date");
            }
        }

        if (value.ValueKind == JsonValueKind.Array && schema.TryGetValue("items", out var items))
        {
            var i = 0;
            foreach (var item in value.EnumerateArray())
            {
                Check(item, (Dictionary<object, object>)items, $"{path}[{i++}]", errors, stack);
            }
        }

        if (value.ValueKind == JsonValueKind.Object && (schema.ContainsKey("properties") || schema.ContainsKey("required")))
        {
            var properties = schema.TryGetValue("properties", out var p) ? (Dictionary<object, object>)p : [];
            foreach (var required in schema.TryGetValue("required", out var r) ? ((List<object>)r).Cast<string>() : [])
            {
                if (!value.TryGetProperty(required, out _))
                {
                    errors.Add($"{path}: {required} is required");
                }
            }

            foreach (var property in value.EnumerateObject())
            {
                if (properties.TryGetValue(property.Name, out var propertySchema))
                {
                    Check(property.Value, (Dictionary<object, object>)propertySchema, $"{path}.{property.Name}", errors, stack);
                }
                else if (!(topLevel && property.Name == "werkbrug") && !schema.ContainsKey("allOf"))
                {
                    errors.Add($"{path}: {property.Name} is not in the contract");
                }
            }
        }
    }
}
