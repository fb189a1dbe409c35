using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Infrastructure.Persistence.Configurations;
using Werkbrug.Web.Tests.Features.JobSeekers;

namespace Werkbrug.Web.Tests.Infrastructure.Persistence;

/// <summary>
/// A profile's lists are JSON columns read and written by <see cref="JsonListColumn"/> (ADR 0054). Profiles stored before
/// were written by EF Core's owned JSON collections; these documents are as such columns hold them: SQLite keeps EF's
/// compact text (non-ASCII escaped), PostgreSQL's jsonb gives them back with its own key order and spacing.
/// </summary>
public sealed class JsonListColumnTests(Apps apps)
{
    private const string Region = "AM11";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string, string> StoredSkills => new()
    {
        { """[{"Label":"financi\u00EBle transacties traceren","TaxonomyCode":"http://data.europa.eu/esco/skill/0295b2a4"}]""", "financiële transacties traceren|http://data.europa.eu/esco/skill/0295b2a4" },
        { """[{"Label": "financiële transacties traceren", "TaxonomyCode": "http://data.europa.eu/esco/skill/0295b2a4"}]""", "financiële transacties traceren|http://data.europa.eu/esco/skill/0295b2a4" },
        { """[{"TaxonomyCode": null, "Label": "Heftruck rijden"}, {"Label": "Xylofoon stemmen", "TaxonomyCode": null}]""", "Heftruck rijden|;Xylofoon stemmen|" },
        { "[]", "" },
        { "", "" },
    };

    [Theory, MemberData(nameof(StoredSkills))]
    public void a_stored_skill_list_reads_as_the_records_it_was_written_from(string stored, string expected)
    {
        var skills = JsonListColumn.Read<Skill>(stored);

        Assert.Equal(expected, string.Join(';', skills.Select(s => $"{s.Label}|{s.TaxonomyCode}")));
    }

    [Fact]
    public void the_other_lists_read_as_the_owned_collections_wrote_them_enums_as_numbers_and_dates_as_days()
    {
        var competences = JsonListColumn.Read<CompetenceRating>("""[{"Code": 24111, "Mastery": 1}, {"Code": 24124, "Mastery": 3}]""");
        var languages = JsonListColumn.Read<LanguageSkill>("""[{"Code": "nld", "Oral": 2, "Reading": 4, "Written": 3, "Listening": 4}]""");
        var education = JsonListColumn.Read<EducationRecord>("""[{"Name": "Vakopleiding", "Level": 5, "Status": 1, "Diploma": 1, "MboLevel": null, "Institution": null}]""");
        var experience = JsonListColumn.Read<WorkExperienceRecord>(
            """[{"From": "2020-12-06", "Until": "2026-06-06", "Occupation": "salarisadministrateur", "Organisation": null, "OccupationCode": "http://data.europa.eu/esco/occupation/ade351da"}]""");

        Assert.Equal([new CompetenceRating((Competence)24111, (Mastery)1), new CompetenceRating((Competence)24124, (Mastery)3)], competences);
        Assert.Equal([new LanguageSkill("nld", (LanguageLevel)2, (LanguageLevel)3, (LanguageLevel)4, (LanguageLevel)4)], languages);
        Assert.Equal([new EducationRecord("Vakopleiding", (EducationLevel)5, (EducationStatus)1, (DiplomaIndicator)1, null)], education);
        Assert.Equal([new WorkExperienceRecord("salarisadministrateur", null, new DateOnly(2020, 12, 6), new DateOnly(2026, 6, 6), "http://data.europa.eu/esco/occupation/ade351da")], experience);
        Assert.Equal(
            """[{"Code":"nld","Oral":2,"Written":3,"Reading":4,"Listening":4}]""",
            JsonListColumn.Write(languages));
    }

    [Theory, Providers]
    public async Task a_profile_stored_by_the_owned_collections_loads_changes_and_saves_its_lists(Db db)
    {
        var app = apps.For(db);
        var seeker = await app.RegisterJobSeekerAsync(await app.CreateUserAsync(Region, Roles.CaseManager));
        // As the owned JSON collections left it, written behind EF's back.
        await app.InDbAsync(d => d.Database.ExecuteSqlRawAsync(
            db == Db.Postgres
                ? """UPDATE "JobSeekers" SET "Skills" = {0}::jsonb, "Languages" = {1}::jsonb WHERE "Id" = {2}"""
                : """UPDATE "JobSeekers" SET "Skills" = {0}, "Languages" = {1} WHERE "Id" = {2}""",
            ["""[{"Label": "Heftruck rijden", "TaxonomyCode": null}]""", "[]", seeker.Id], Ct));

        var loaded = await app.InDbAsync(async d =>
        {
            var p = await d.JobSeekers.SingleAsync(j => j.Id == seeker.Id, Ct);
            var before = (p.Skills.Single().Label, p.Languages.Count);
            p.Skills.Add(new Skill("Xylofoon stemmen", null));
            p.Languages = [new LanguageSkill("eng", LanguageLevel.Good, LanguageLevel.Good, LanguageLevel.Good, LanguageLevel.Good)];
            await d.SaveChangesAsync(Ct);
            return before;
        });
        var saved = await app.InDbAsync(d => d.JobSeekers.AsNoTracking().Where(j => j.Id == seeker.Id).Select(j => new { j.Skills, j.Languages, j.Version }).SingleAsync(Ct));

        Assert.Equal(("Heftruck rijden", 0), loaded);
        // A skill added to the loaded list is a change (compared element by element, not by reference).
        Assert.Equal(["Heftruck rijden", "Xylofoon stemmen"], saved.Skills.Select(s => s.Label));
        Assert.Equal("eng", saved.Languages.Single().Code);
    }
}
