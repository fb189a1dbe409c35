using Werkbrug.Matching.Taxonomy;

namespace Werkbrug.Matching.Tests.Taxonomy;

public sealed class StarterTaxonomyTests
{
    [Fact]
    public void ships_at_least_150_occupations_with_dutch_labels_and_skills()
    {
        var starter = TaxonomyTsv.Starter;
        Assert.True(starter.Occupations.Count >= 150, $"{starter.Occupations.Count} occupations");
        Assert.All(starter.Occupations, o =>
        {
            Assert.StartsWith("http://data.europa.eu/esco/occupation/", o.Uri, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(o.LabelNl));
            Assert.NotEmpty(o.EssentialSkills.Concat(o.OptionalSkills));
        });
        Assert.All(starter.Skills.Where(s => s.Kind != SkillKind.Group), s =>
        {
            Assert.StartsWith("http://data.europa.eu/esco/skill/", s.Uri, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(s.LabelNl));
        });
    }

    [Theory]
    [InlineData("productie")]
    [InlineData("logistiek")]
    [InlineData("schoonmaak")]
    [InlineData("zorg")]
    [InlineData("detailhandel")]
    [InlineData("horeca")]
    [InlineData("bouw")]
    [InlineData("groen")]
    [InlineData("kantoor")]
    [InlineData("techniek")]
    public void covers_every_employer_service_sector(string sector) =>
        Assert.True(TaxonomyTsv.Starter.Occupations.Count(o => o.Sector == sector) >= 10);

    [Fact]
    public void round_trips_through_the_tsv_format()
    {
        var starter = TaxonomyTsv.Starter;
        var writer = new StringWriter();
        TaxonomyTsv.Write(writer, starter, starter.Occupations, starter.Skills, s => s.LabelNl);
        var builder = new TaxonomyBuilder();
        TaxonomyTsv.Read(new StringReader(writer.ToString()), builder);
        var again = builder.Build();
        Assert.Equal(starter.Occupations.Select(o => (o.Uri, o.LabelNl, o.EssentialSkills.Count, o.OptionalSkills.Count)),
            again.Occupations.Select(o => (o.Uri, o.LabelNl, o.EssentialSkills.Count, o.OptionalSkills.Count)));
        Assert.Equal(starter.Skills.Sum(s => s.Broader.Count), again.Skills.Sum(s => s.Broader.Count));
    }
}
