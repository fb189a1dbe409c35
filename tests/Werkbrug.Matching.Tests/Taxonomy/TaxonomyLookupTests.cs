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
}
