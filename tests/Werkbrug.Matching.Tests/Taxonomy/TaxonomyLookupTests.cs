using Werkbrug.Matching.Taxonomy;

namespace Werkbrug.Matching.Tests.Taxonomy;

public sealed class TaxonomyLookupTests
{
    private static readonly TaxonomyLookup Lookup = new(TaxonomyTsv.Starter);

    [Theory]
    [InlineData("heftruckchauffeur", ConceptKind.Occupation, "heftruckchauffeur")]
    [InlineData("Heftruckchauffeurs", ConceptKind.Occupation, "heftruckchauffeur")]
    [InlineData("heftruckchaufeur", ConceptKind.Occupation, "heftruckchauffeur")]
    [InlineData("heftruckbestuurder", ConceptKind.Occupation, "heftruckchauffeur")]
    [InlineData("reachtruckchauffeur", ConceptKind.Occupation, "heftruckchauffeur")]
    [InlineData("schoonmaker", ConceptKind.Occupation, "schoonmaker gebouwen")]
    [InlineData("schoonmakers", ConceptKind.Occupation, "schoonmaker gebouwen")]
    [InlineData("kassamedewerkers", ConceptKind.Occupation, "kassamedewerker")]
    [InlineData("kasamedewerker", ConceptKind.Occupation, "kassamedewerker")]
    [InlineData("orderpickers", ConceptKind.Occupation, "orderpicker")]
    [InlineData("verpleeghulpen", ConceptKind.Occupation, "verpleeghulp")]
    [InlineData("koks", ConceptKind.Occupation, "kok")]
    [InlineData("Kok", ConceptKind.Occupation, "kok")]
    [InlineData("timmerlieden", ConceptKind.Occupation, "timmerman")]
    [InlineData("hoveniers", ConceptKind.Occupation, "hovenier")]
    [InlineData("kassa bedienen", ConceptKind.Skill, "kassa bedienen")]
    [InlineData("zonnepanelen monteren", ConceptKind.Skill, "zonnepanelen monteren")]
    [InlineData("zonepanelen monteren", ConceptKind.Skill, "zonnepanelen monteren")]
    [InlineData("lading lossen", ConceptKind.Skill, "lading lossen")]
    [InlineData("operate cash register", ConceptKind.Skill, "kassa bedienen")]
    public void finds_the_concept_for_dutch_free_text(string text, ConceptKind kind, string expectedLabel)
    {
        var hits = Lookup.Find(text, 5, kind);
        Assert.NotEmpty(hits);
        Assert.Equal(expectedLabel, hits[0].Label);
    }

    [Theory]
    [InlineData("")]
    [InlineData("x")]
    [InlineData("qqqqqqqqqq")]
    public void finds_nothing_for_noise(string text) => Assert.Empty(Lookup.Find(text));

    [Theory]
    [InlineData("Heftruck-chauffeur", "heftruck chauffeur")]
    [InlineData("Crèche-leidster", "creche leidster")]
    [InlineData("auto's", "autos")]
    public void normalises_case_accents_and_punctuation(string text, string expected) => Assert.Equal(expected, TaxonomyLookup.Normalise(text));

    [Theory]
    [InlineData("schoonmaker", "schoonmaker", 0)]
    [InlineData("schoonmaker", "schonmaker", 1)]
    [InlineData("schoonmaker", "schoonmakre", 1)]
    [InlineData("schoonmaker", "schoonmaak", 3)]
    [InlineData("kok", "bakker", 4)]
    public void measures_typos_with_a_bounded_distance(string a, string b, int expected) =>
        Assert.Equal(expected, TaxonomyLookup.Distance(a, b, 3));

    [Theory]
    [InlineData("heftruckchauffeur", "heftruckchauffeur")]
    [InlineData("Heftruckchauffeurs", "heftruckchauffeur")]
    [InlineData("heftruckchaufeur", "heftruckchauffeur")]
    [InlineData("kassamedewerkr", "kassamedewerker")]
    [InlineData("timmerlieden", "timmerman")]
    [InlineData("hoveniers", "hovenier")]
    [InlineData("Schoonmaker", "schoonmaker gebouwen")]
    [InlineData("Bakker", "bakker")]
    public void resolves_a_clear_title_confidently(string text, string expectedLabel)
    {
        var resolution = Lookup.Resolve(text, ConceptKind.Occupation);
        Assert.Equal(LookupConfidence.Confident, resolution.Confidence);
        Assert.Equal(expectedLabel, resolution.Resolved!.Label);
        Assert.True(resolution.Certainty >= TaxonomyLookup.ConfidentScore, $"certainty {resolution.Certainty}");
    }

    [Theory]
    [InlineData("medewerker")]
    [InlineData("chauffeur")]
    [InlineData("monteur")]
    [InlineData("kasamedewerker")] // one typo from both "kassamedewerker" and "kasmedewerker"
    public void asks_the_adviser_to_choose_when_several_titles_fit(string text)
    {
        var resolution = Lookup.Resolve(text, ConceptKind.Occupation);
        Assert.Equal(LookupConfidence.Uncertain, resolution.Confidence);
        Assert.Null(resolution.Resolved);
        Assert.InRange(resolution.Choices.Count, 2, 5);
        Assert.Equal(resolution.Best, resolution.Choices[0]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("qqqqqqqqqq")]
    public void resolves_nothing_without_a_close_title(string? text)
    {
        var resolution = Lookup.Resolve(text, ConceptKind.Occupation);
        Assert.Equal(LookupConfidence.None, resolution.Confidence);
        Assert.Empty(resolution.Choices);
    }

    [Fact]
    public void the_index_finds_what_a_scan_over_every_label_finds()
    {
        // The same scoring over every entry (the old scan) must agree with the indexed candidates on typo'd input.
        string[] texts = ["heftruckchauffer", "schoonmakre", "verpleghulp", "orderpikker", "kassa bedinen", "timmerman bouw", "bakker brood", "lasser"];
        foreach (var text in texts)
        {
            var indexed = Lookup.Find(text, 50);
            var scanned = Lookup.FindByScan(text, 50);
            Assert.Equal(scanned.Select(h => (h.Uri, h.Score)), indexed.Select(h => (h.Uri, h.Score)));
        }
    }
}
