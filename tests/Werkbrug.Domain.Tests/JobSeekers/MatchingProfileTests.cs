using System.Text.Json;
using Werkbrug.Domain.JobSeekers;

namespace Werkbrug.Domain.Tests.JobSeekers;

public sealed class MatchingProfileTests
{
    private const string Marker = "MARKER-7731";
    private static readonly DateOnly Today = new(2026, 5, 1);

    public static JobSeekerProfile AProfile() => new()
    {
        RegionCode = "AM14",
        OwnerOrganisationId = Guid.NewGuid(),
        CaseManagerUserId = Guid.NewGuid(),
        ExternalId = "ext-" + Marker,
        Pseudonym = "WZ-7K3M9QXA2B",
        GivenName = "Given" + Marker,
        Surname = "Surname" + Marker,
        BirthDate = new DateOnly(1990, 4, 2),
        Email = Marker + "@example.nl",
        Phone = "0612" + Marker,
        AddressLine = "Street " + Marker,
        Postcode = "3811 AB",
        Pc4 = "3811",
        SealedBsn = "sealed-" + Marker,
        BsnHash = "hash-" + Marker,
        SealedWorkRequirements = "sealed-" + Marker,
        Benefit = BenefitType.Bijstand,
        JobsAgreementTarget = true,
        WorkAndThinkingLevel = WorkAndThinkingLevel.Vmbo,
        Competences = [new(Competence.CooperatingAndConsulting, Mastery.Good)],
        Languages = [new("nld", LanguageLevel.Good, LanguageLevel.Reasonable, LanguageLevel.Good, LanguageLevel.Excellent)],
        DrivingLicences = ["B"],
        Education = [new("Logistiek", EducationLevel.Mbo, EducationStatus.Completed, DiplomaIndicator.Yes, "Institute " + Marker)],
        WorkExperience = [new("Magazijnmedewerker", "Employer " + Marker, new DateOnly(2015, 1, 1), new DateOnly(2019, 1, 1))],
        Skills = [new("Heftruck rijden", null)],
        Traits = ["Punctueel"],
        Interests = ["Techniek"],
        TrainingNeeds = ["Training " + Marker],
        Preferences = new WorkPreferences { MinHoursPerWeek = 24, MaxHoursPerWeek = 32, MaxTravelKm = 25, MaxTravelMinutes = 45, Branches = ["H"], ContractDurations = [ContractDuration.Permanent] },
        AvailableFrom = new DateOnly(2026, 6, 1),
        LastContactOn = new DateOnly(2026, 4, 20),
        RegisteredOn = new DateOnly(2026, 1, 5),
    };

    [Fact]
    public void the_projection_leaks_no_name_contact_data_bsn_birth_date_address_benefit_or_limitations()
    {
        var profile = AProfile();
        profile.AssessWerkfit(WerkfitStatus.WorkReady, new DateOnly(2026, 3, 1), Guid.NewGuid());

        var json = JsonSerializer.Serialize(MatchingProfile.From(profile, Today));

        Assert.DoesNotContain(Marker, json, StringComparison.Ordinal);
        Assert.DoesNotContain("1990", json, StringComparison.Ordinal);
        Assert.DoesNotContain("3811 AB", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Bijstand", json, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(new string[0], false)]
    [InlineData(new[] { "Orderpicker" }, true)]
    [InlineData(new[] { "Kok", "Schilder", "Lasser" }, false)]
    public void the_projection_shows_the_desired_occupations_as_typed_and_the_willingness_to_retrain(string[] labels, bool retrain)
    {
        var profile = AProfile();
        profile.Preferences.DesiredOccupations = [.. labels.Select(l => new DesiredOccupation(l, "http://data.europa.eu/esco/occupation/x"))];
        profile.Preferences.WillingToRetrain = retrain;

        var projection = MatchingProfile.From(profile, Today);

        Assert.Equal(labels, projection.DesiredOccupations);
        Assert.Equal(retrain, projection.WillingToRetrain);
    }

    [Fact]
    public void the_projection_has_exactly_the_allowed_fields()
    {
        var names = typeof(MatchingProfile).GetProperties().Select(p => p.Name).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(
            [
                "AgeBand", "AgreementTypes", "AvailableFrom", "Branches", "Competences", "ContractDurations", "DesiredOccupations", "DrivingLicences", "EducationLevels",
                "Interests", "Languages", "MaxHoursPerWeek", "MaxTravelKm", "MaxTravelMinutes", "MinHoursPerWeek", "Occupations", "Pc4", "Pseudonym",
                "Skills", "Traits", "WerkfitStatus", "WillingToRetrain", "WorkAndThinkingLevel",
            ],
            names);
    }

    [Fact]
    public void the_projection_carries_what_matching_needs()
    {
        var profile = AProfile();
        profile.AssessWerkfit(WerkfitStatus.WorkReadyLater, new DateOnly(2026, 3, 1), Guid.NewGuid());

        var matching = MatchingProfile.From(profile, Today);

        Assert.Equal(("WZ-7K3M9QXA2B", AgeBand.From27To49, "3811", WerkfitStatus.WorkReadyLater), (matching.Pseudonym, matching.AgeBand, matching.Pc4, matching.WerkfitStatus));
        Assert.Equal([EducationLevel.Mbo], matching.EducationLevels);
        Assert.Equal(["Magazijnmedewerker"], matching.Occupations);
        Assert.Equal((24, 32, 25, 45), (matching.MinHoursPerWeek, matching.MaxHoursPerWeek, matching.MaxTravelKm, matching.MaxTravelMinutes));
        Assert.Equal(new DateOnly(2026, 6, 1), matching.AvailableFrom);
    }

    [Theory]
    [InlineData("1990-01-01", 24, 32, true)]
    [InlineData("2015-01-01", null, null, false)] // eleven years old
    [InlineData("1990-01-01", 32, 24, false)]
    public void profile_rules_check_birth_date_and_hours(string birth, int? min, int? max, bool valid) =>
        Assert.Equal(valid, !ProfileRules.Check(DateOnly.Parse(birth, System.Globalization.CultureInfo.InvariantCulture), min, max, [], Today).Any());

    [Fact]
    public void a_work_period_may_not_end_before_it_starts() =>
        Assert.Equal("JobSeeker.PeriodEndsBeforeStart", Assert.Single(ProfileRules.Check(new DateOnly(1990, 1, 1), null, null,
            [new WorkExperienceRecord("Kok", null, new DateOnly(2020, 1, 1), new DateOnly(2019, 1, 1))], Today)).Code);

    [Fact]
    public void a_werkfit_assessment_records_date_and_assessor()
    {
        var profile = AProfile();
        var assessor = Guid.NewGuid();

        Assert.True(profile.AssessWerkfit(WerkfitStatus.NotWorkReady, new DateOnly(2026, 2, 1), assessor));
        Assert.False(profile.AssessWerkfit(WerkfitStatus.NotWorkReady, new DateOnly(2026, 2, 1), Guid.NewGuid()));
        Assert.Equal((WerkfitStatus.NotWorkReady, new DateOnly(2026, 2, 1), assessor), (profile.WerkfitStatus, profile.WerkfitAssessedOn, profile.WerkfitAssessedByUserId));
    }
}
