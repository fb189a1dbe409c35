using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Vacancies;
using Werkbrug.Matching.Taxonomy;
using Werkbrug.Web.Features.Matching;
using Engine = Werkbrug.Matching.Engine;
using LanguageLevel = Werkbrug.Domain.JobSeekers.LanguageLevel;

namespace Werkbrug.Web.Tests.Features.Matching;

/// <summary>Issue 15: every criterion the engine knows is filled from a real field of the vacancy or the profile.</summary>
public sealed class MatchingMapTests
{
    private static readonly MatchingMap Map = new(TaxonomyTsv.Starter);
    private static readonly DateOnly Today = new(2026, 6, 1);

    private static JobSeekerProfile Profile() => new()
    {
        RegionCode = "AM11",
        OwnerOrganisationId = Guid.NewGuid(),
        CaseManagerUserId = Guid.NewGuid(),
        Pseudonym = "WZ-1",
        GivenName = "Sanne",
        Surname = "Test",
        BirthDate = new DateOnly(1990, 4, 2),
        Postcode = "3811 AB",
        Pc4 = "3811",
        RegisteredOn = new DateOnly(2026, 1, 1),
    };

    private static Vacancy AVacancy() => new()
    {
        RegionCode = "AM11",
        Title = "Chauffeur",
        Occupation = "Chauffeur",
        Postcode = "3811 AB",
        Pc4 = "3811",
        MunicipalityName = "Amersfoort",
        HoursPerWeekMax = 32,
    };

    [Fact]
    public void the_candidates_dutch_is_the_lowest_known_of_speaking_listening_reading_and_writing()
    {
        var p = Profile();
        p.Languages = [new LanguageSkill("nld", LanguageLevel.Excellent, LanguageLevel.Reasonable, LanguageLevel.Good, LanguageLevel.Excellent)];
        Assert.Equal(Engine.LanguageLevel.A2, Map.Candidate(p, Today).Dutch);
        p.Languages = [new LanguageSkill("nld", LanguageLevel.Good, LanguageLevel.Unknown, LanguageLevel.NotApplicable, LanguageLevel.Excellent)];
        Assert.Equal(Engine.LanguageLevel.B1, Map.Candidate(p, Today).Dutch);
        p.Languages = [new LanguageSkill("eng", LanguageLevel.Excellent, LanguageLevel.Excellent, LanguageLevel.Excellent, LanguageLevel.Excellent)];
        Assert.Equal(Engine.LanguageLevel.None, Map.Candidate(p, Today).Dutch);
    }

    [Fact]
    public void education_counts_completed_educations_at_full_resolution()
    {
        var p = Profile();
        p.WorkAndThinkingLevel = WorkAndThinkingLevel.MboHavoVwo;
        Assert.Equal(Engine.EducationLevel.Mbo2, Map.Candidate(p, Today).Education);
        p.Education = [new EducationRecord("Logistiek", Domain.JobSeekers.EducationLevel.Mbo, EducationStatus.Completed, DiplomaIndicator.Yes, null, 3)];
        Assert.Equal(Engine.EducationLevel.Mbo3, Map.Candidate(p, Today).Education);
        p.Education = [new EducationRecord("Logistiek", Domain.JobSeekers.EducationLevel.Mbo, EducationStatus.Discontinued, DiplomaIndicator.No, null, 4)];
        Assert.Equal(Engine.EducationLevel.Mbo2, Map.Candidate(p, Today).Education);
        p.Education = [new EducationRecord("Bedrijfskunde", Domain.JobSeekers.EducationLevel.HboBachelor, EducationStatus.Completed, DiplomaIndicator.Yes, null)];
        Assert.Equal(Engine.EducationLevel.Hbo, Map.Candidate(p, Today).Education);
    }

    [Fact]
    public void desired_occupations_count_by_their_stored_code_once_each_with_the_willingness_to_retrain()
    {
        var known = TaxonomyTsv.Starter.Occupations[0];
        var other = TaxonomyTsv.Starter.Occupations[1];
        var profile = Profile();
        profile.Preferences.DesiredOccupations =
        [
            new DesiredOccupation("Eerste", known.Uri),
            new DesiredOccupation("Zonder code"),
            new DesiredOccupation("Tweede", other.Uri),
            new DesiredOccupation("Dubbel", known.Uri),
        ];
        profile.Preferences.WillingToRetrain = true;

        var candidate = Map.Candidate(profile, Today);

        Assert.Equal([known.Id, other.Id], candidate.DesiredOccupations);
        Assert.True(candidate.WillingToRetrain);
        Assert.Null(candidate.Occupation);
    }

    [Fact]
    public void a_licence_includes_the_lower_categories()
    {
        var p = Profile();
        p.DrivingLicences = ["CE"];
        var held = Map.Candidate(p, Today).Licences;
        Assert.True(held.HasFlag(Engine.DrivingLicences.C) && held.HasFlag(Engine.DrivingLicences.B) && held.HasFlag(Engine.DrivingLicences.BE));
        Assert.False(held.HasFlag(Engine.DrivingLicences.D));
    }

    [Fact]
    public void the_vacancy_fills_dutch_licence_experience_mbo_level_and_reservation()
    {
        var v = AVacancy();
        v.DutchSpeaking = LanguageLevel.Good;
        v.DutchWriting = LanguageLevel.Reasonable;
        v.DrivingLicence = "C1";
        v.MinExperienceYears = 3;
        v.EducationLevel = Domain.Vacancies.EducationLevel.MboHavoVwo;
        v.MboLevel = 4;
        v.ReservedForJobsAgreement = true;
        v.Tasks.Add(new VacancyTask { Description = "Dozen tillen", SharePercent = 40, Separable = true, Demands = TaskDemands.HeavyLifting });
        var q = Map.Vacancy(v, Today);
        Assert.Equal(Engine.LanguageLevel.B1, q.MinDutch);
        Assert.Equal(Engine.DrivingLicences.C, q.RequiredLicences);
        Assert.Equal(3, q.MinExperienceYears);
        Assert.Equal(Engine.EducationLevel.Mbo4HavoVwo, q.MinEducation);
        Assert.Equal(Engine.TargetGroups.JobAgreement, q.ReservedFor);
        // Task demands are judged per viewer after ranking (TaskFit), never in the engine's score.
        Assert.Empty(q.Tasks);

        var plain = Map.Vacancy(AVacancy(), Today);
        Assert.Equal((Engine.LanguageLevel.None, Engine.DrivingLicences.None, 0, Engine.TargetGroups.None), (plain.MinDutch, plain.RequiredLicences, plain.MinExperienceYears, plain.ReservedFor));
    }
}
