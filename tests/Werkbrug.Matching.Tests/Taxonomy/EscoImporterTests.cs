using Werkbrug.Matching.Taxonomy;
using Werkbrug.Tests;

namespace Werkbrug.Matching.Tests.Taxonomy;

public sealed class EscoImporterTests
{
    private const string Forklift = "http://data.europa.eu/esco/occupation/eeac6251-1974-42f5-91ed-513c6c883755";

    private static readonly Lazy<SkillTaxonomy> Real = new(() =>
    {
        var builder = new TaxonomyBuilder();
        var importer = new EscoImporter(builder);
        importer.ImportDirectory(SharedData.PathOf("esco-sample-en"), "en");
        importer.ImportFile(SharedData.PathOf("esco-occupations-nl", "occupations_nl.csv"), "nl");
        return builder.Build();
    });

    [Fact]
    public void imports_the_real_esco_sample_with_dutch_occupation_labels()
    {
        var taxonomy = Real.Value;
        Assert.Equal(3007, taxonomy.Occupations.Count);
        Assert.Equal(1000, taxonomy.Skills.Count(s => s.Kind != SkillKind.Group));
        Assert.Equal(8674, taxonomy.Occupations.Sum(o => o.EssentialSkills.Count + o.OptionalSkills.Count));
        Assert.All(taxonomy.Occupations, o => Assert.NotNull(o.LabelNl));
        Assert.All(taxonomy.Occupations, o => Assert.NotNull(o.LabelEn));
    }

    [Fact]
    public void reads_multi_line_alternative_labels_in_both_languages()
    {
        var forklift = Real.Value.FindOccupation(Forklift)!;
        Assert.Equal("heftruckchauffeur", forklift.LabelNl);
        Assert.Equal("forklift operator", forklift.LabelEn);
        Assert.Equal("8344", forklift.IscoGroup);
        Assert.Contains("heftruckbestuurder", forklift.AltLabelsNl);
        Assert.True(forklift.AltLabelsNl.Count > 10);
        Assert.DoesNotContain(forklift.AltLabelsNl, l => l.Contains('\n', StringComparison.Ordinal));
    }

    [Fact]
    public void keeps_the_skill_hierarchy_and_skill_types()
    {
        var taxonomy = Real.Value;
        var skills = taxonomy.Skills.Where(s => s.Kind != SkillKind.Group).ToList();
        Assert.True(skills.Count(s => s.Broader.Count > 0) > 900);
        Assert.Contains(skills, s => s.Kind == SkillKind.Knowledge);
        Assert.Contains(skills, s => s.ReuseLevel == "transversal" && !s.Trainable);
        Assert.All(taxonomy.Skills.Where(s => s.Broader.Count > 0).Take(50), s => Assert.All(s.Broader, p => Assert.Contains(s.Id, taxonomy[p].Narrower)));
    }

    public static TheoryData<string, EscoImporter.FileKind> Headers => new()
    {
        { "conceptType,conceptUri,iscoGroup,preferredLabel,altLabels,hiddenLabels,status", EscoImporter.FileKind.Occupations },
        { "conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels", EscoImporter.FileKind.Skills },
        { "conceptType,conceptUri,preferredLabel,altLabels,hiddenLabels,status,modifiedDate", EscoImporter.FileKind.SkillGroups },
        { "occupationUri,occupationLabel,relationType,skillType,skillUri,skillLabel", EscoImporter.FileKind.OccupationSkillRelations },
        { "conceptType,conceptUri,conceptLabel,broaderType,broaderUri,broaderLabel", EscoImporter.FileKind.SkillHierarchy },
        { "ESCOURI,ID,UUIDHISTORY,ISCOGROUPCODE,CODE,PREFERREDLABEL,ALTLABELS,DESCRIPTION", EscoImporter.FileKind.Occupations },
        { "OCCUPATIONTYPE,OCCUPATIONID,RELATIONTYPE,SKILLID", EscoImporter.FileKind.OccupationSkillRelations },
        { "PARENTOBJECTTYPE,PARENTID,CHILDID,CHILDOBJECTTYPE", EscoImporter.FileKind.SkillHierarchy },
        { "pc4,lat,lon", EscoImporter.FileKind.Unknown },
    };

    [Theory]
    [MemberData(nameof(Headers))]
    public void recognises_files_by_their_header(string header, EscoImporter.FileKind expected) =>
        Assert.Equal(expected, EscoImporter.Classify(new Werkbrug.Domain.Common.CsvHeader(header.Split(','))));

    [Fact]
    public void imports_the_official_download_layout()
    {
        var builder = new TaxonomyBuilder();
        var importer = new EscoImporter(builder);
        importer.Import(new StringReader("conceptType,conceptUri,iscoGroup,preferredLabel,altLabels\nOccupation,urn:o1,9112,schoonmaker,\"poetser\nschoonmaakster\"\n"), "nl");
        importer.Import(new StringReader("conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels\nKnowledgeSkillCompetence,urn:s1,skill/competence,http://data.europa.eu/esco/skill-reuse-level/transversal,samenwerken,\nKnowledgeSkillCompetence,urn:s2,knowledge,sector-specific,schoonmaakmiddelen,\n"), "nl");
        importer.Import(new StringReader("conceptType,conceptUri,preferredLabel\nSkillGroup,urn:g1,schoonmaken\n"), "nl");
        importer.Import(new StringReader("occupationUri,relationType,skillType,skillUri\nurn:o1,essential,skill/competence,urn:s1\nurn:o1,optional,knowledge,urn:s2\nurn:o1,essential,knowledge,urn:unknown\n"), "nl");
        importer.Import(new StringReader("conceptType,conceptUri,broaderType,broaderUri\nKnowledgeSkillCompetence,urn:s2,SkillGroup,urn:g1\nOccupation,urn:o1,ISCOGroup,urn:isco\n"), "nl");
        var t = builder.Build();
        var o = t.FindOccupation("urn:o1")!;
        Assert.Equal(["poetser", "schoonmaakster"], o.AltLabelsNl);
        Assert.Equal([t.FindSkill("urn:s1")!.Id], o.EssentialSkills);
        Assert.Equal([t.FindSkill("urn:s2")!.Id], o.OptionalSkills);
        Assert.Equal(SkillKind.Knowledge, t.FindSkill("urn:s2")!.Kind);
        Assert.False(t.FindSkill("urn:s1")!.Trainable);
        Assert.Equal([t.FindSkill("urn:g1")!.Id], t.FindSkill("urn:s2")!.Broader);
    }

    [Fact]
    public void the_whole_taxonomy_written_as_tsv_reads_back_as_it_was()
    {
        var taxonomy = Real.Value;
        using var text = new StringWriter();
        TaxonomyTsv.Write(text, taxonomy);
        var builder = new TaxonomyBuilder();
        TaxonomyTsv.Read(new StringReader(text.ToString()), builder);
        var copy = builder.Build();

        Assert.Equal(Occupations(taxonomy), Occupations(copy));
        Assert.Equal(Skills(taxonomy), Skills(copy));

        static List<string> Occupations(SkillTaxonomy t) => [.. t.Occupations.Select(o => string.Join('/', o.Uri, o.IscoGroup, o.LabelNl, o.LabelEn,
            string.Join('|', o.AltLabelsNl), string.Join('|', o.AltLabelsEn), Uris(t, o.EssentialSkills), Uris(t, o.OptionalSkills)))];
        static List<string> Skills(SkillTaxonomy t) => [.. t.Skills.Select(s => string.Join('/', s.Uri, s.Kind, s.ReuseLevel, s.LabelNl, s.LabelEn,
            string.Join('|', s.AltLabelsNl), string.Join('|', s.AltLabelsEn), Uris(t, s.Broader)))];
        static string Uris(SkillTaxonomy t, IEnumerable<SkillId> ids) => string.Join(' ', ids.Select(id => t[id].Uri).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("occupations_nl.csv", "nl")]
    [InlineData("/data/esco/skills_de.csv", "de")]
    [InlineData("skills.csv", "en")]
    [InlineData("occupation_skill_relations.csv", "en")]
    [InlineData("skills_NL.csv", "en")]
    [InlineData("_nl.csv", "en")]
    public void a_file_name_ending_in_a_language_code_gives_its_language(string path, string language) =>
        Assert.Equal(language, EscoImporter.LanguageOf(path, "en"));

    [Fact]
    public void a_lookup_shows_the_dutch_label_and_marks_an_english_only_one()
    {
        var lookup = new TaxonomyLookup(Real.Value);

        Assert.Equal("heftruckchauffeur", lookup.Resolve("forklift operator", ConceptKind.Occupation).Resolved!.Label);
        Assert.Equal("manage musical staff (Engels)", lookup.Resolve("manage musical staff", ConceptKind.Skill).Resolved!.Label);
    }
}
