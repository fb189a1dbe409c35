using System.Globalization;
using Werkbrug.Domain.JobSeekers;

namespace Werkbrug.Domain.Tests.JobSeekers;

public sealed class ConsentTests
{
    private static readonly Guid Partner = Guid.NewGuid();

    private static DateOnly D(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);

    private static Consent A(
        ConsentKind kind = ConsentKind.Consent, DataCategories categories = DataCategories.ContactDetails, bool isExplicit = false,
        string from = "2026-01-01", string? until = "2026-12-31") => new()
        {
            RegionCode = "AM01",
            JobSeekerId = Guid.NewGuid(),
            Kind = kind,
            LegalBasis = kind == ConsentKind.LegalBasis ? LegalBasisCode.Participatiewet : null,
            Categories = categories,
            RecipientOrganisationId = Partner,
            Purpose = ConsentPurpose.Matching,
            Explicit = isExplicit,
            ValidFrom = D(from),
            ValidUntil = until is null ? null : D(until),
            RecordedByUserId = Guid.NewGuid(),
        };

    [Theory]
    [InlineData(ConsentKind.Consent, null, DataCategories.ContactDetails, true, null, ConsentPurpose.Matching, false, "2026-01-01", "2026-01-01", null)]
    [InlineData(ConsentKind.Consent, null, DataCategories.ContactDetails, true, null, ConsentPurpose.Matching, false, "2026-01-02", "2026-01-01", "Consent.UntilBeforeFrom")]
    [InlineData(ConsentKind.Consent, null, DataCategories.None, true, null, ConsentPurpose.Matching, false, "2026-01-01", null, "Validation.Required")]
    [InlineData(ConsentKind.LegalBasis, null, DataCategories.ContactDetails, true, null, ConsentPurpose.Matching, false, "2026-01-01", null, "Consent.LegalBasisRequired")]
    [InlineData(ConsentKind.Consent, LegalBasisCode.WetSuwi, DataCategories.ContactDetails, true, null, ConsentPurpose.Matching, false, "2026-01-01", null, "Consent.LegalBasisOnlyForBasis")]
    [InlineData(ConsentKind.LegalBasis, LegalBasisCode.WetSuwi, DataCategories.FullProfile, true, null, ConsentPurpose.Referral, false, "2026-01-01", null, null)]
    [InlineData(ConsentKind.Consent, null, DataCategories.WorkRequirements, true, null, ConsentPurpose.Matching, false, "2026-01-01", null, "Consent.SpecialCategoryNeedsExplicitConsent")]
    [InlineData(ConsentKind.LegalBasis, LegalBasisCode.Participatiewet, DataCategories.WorkRequirements, true, null, ConsentPurpose.Matching, true, "2026-01-01", null, "Consent.SpecialCategoryNeedsExplicitConsent")]
    [InlineData(ConsentKind.Consent, null, DataCategories.WorkRequirements, true, null, ConsentPurpose.Matching, true, "2026-01-01", null, null)]
    [InlineData(ConsentKind.Consent, null, DataCategories.ContactDetails, false, null, ConsentPurpose.Exchange, false, "2026-01-01", null, "Consent.RecipientRequired")]
    [InlineData(ConsentKind.Consent, null, DataCategories.ContactDetails, true, "UWV Utrecht", ConsentPurpose.Matching, false, "2026-01-01", null, "Consent.OneRecipient")]
    [InlineData(ConsentKind.Consent, null, DataCategories.ContactDetails, false, "Werkgeversservicepunt Rijnmond", ConsentPurpose.Matching, false, "2026-01-01", null, "Consent.OutsideRegionNeedsExchangeConsent")]
    [InlineData(ConsentKind.LegalBasis, LegalBasisCode.WetSuwi, DataCategories.ContactDetails, false, "Werkgeversservicepunt Rijnmond", ConsentPurpose.Exchange, false, "2026-01-01", null, "Consent.OutsideRegionNeedsExchangeConsent")]
    [InlineData(ConsentKind.Consent, null, DataCategories.ContactDetails, false, "Werkgeversservicepunt Rijnmond", ConsentPurpose.Exchange, false, "2026-01-01", null, null)]
    public void the_rules_of_a_new_record(
        ConsentKind kind, LegalBasisCode? basis, DataCategories categories, bool inRegion, string? outside, ConsentPurpose purpose, bool isExplicit,
        string from, string? until, string? expected)
    {
        var errors = Consent.Check(kind, basis, categories, inRegion ? Partner : null, outside, purpose, isExplicit, D(from), until is null ? null : D(until)).ToList();
        if (expected is null)
        {
            Assert.Empty(errors);
        }
        else
        {
            Assert.Contains(errors, e => e.Code == expected);
        }
    }

    [Theory]
    [InlineData("2025-12-31", false)]
    [InlineData("2026-01-01", true)]
    [InlineData("2026-12-31", true)]
    [InlineData("2027-01-01", false)]
    public void active_from_the_first_to_the_last_day(string day, bool active) =>
        Assert.Equal(active, A().IsActiveOn(D(day)));

    [Fact]
    public void without_an_end_date_it_stays_active() => Assert.True(A(until: null).IsActiveOn(D("2040-01-01")));

    [Fact]
    public void withdrawal_takes_effect_on_its_day_and_is_final()
    {
        var consent = A();
        Assert.True(consent.Withdraw(D("2026-03-10"), Guid.NewGuid(), "Wil niet meer").IsSuccess);

        Assert.True(consent.IsActiveOn(D("2026-03-09")));
        Assert.False(consent.IsActiveOn(D("2026-03-10")));
        Assert.Equal(DataCategories.None, consent.GrantsOn(D("2026-03-10")));
        var again = consent.Withdraw(D("2026-03-11"), Guid.NewGuid(), null);
        Assert.Equal("Consent.AlreadyWithdrawn", Assert.Single(again.Errors).Code);
        Assert.Equal(D("2026-03-10"), consent.WithdrawnOn);
    }

    [Theory]
    [InlineData(ConsentKind.Consent, true, DataCategories.ContactDetails | DataCategories.WorkRequirements, DataCategories.ContactDetails | DataCategories.WorkRequirements)]
    [InlineData(ConsentKind.Consent, false, DataCategories.ContactDetails | DataCategories.WorkRequirements, DataCategories.ContactDetails)]
    [InlineData(ConsentKind.LegalBasis, true, DataCategories.FullProfile | DataCategories.WorkRequirements, DataCategories.FullProfile)]
    public void the_special_category_is_granted_only_by_explicit_consent(ConsentKind kind, bool isExplicit, DataCategories recorded, DataCategories granted) =>
        Assert.Equal(granted, A(kind, recorded, isExplicit).GrantsOn(D("2026-06-01")));

    [Theory]
    [InlineData(null, 24, "2040-01-01", false)]
    [InlineData("2024-03-15", 24, "2026-03-14", false)]
    [InlineData("2024-03-15", 24, "2026-03-15", true)]
    [InlineData("2024-03-15", 0, "2024-03-15", true)]
    public void a_profile_is_due_for_erasure_when_the_term_after_deregistration_ran_out(string? deregistered, int months, string today, bool due) =>
        Assert.Equal(due, ErasedJobSeeker.IsDue(deregistered is null ? null : D(deregistered), months, D(today)));

    [Fact]
    public void the_placeholder_keeps_months_and_the_pseudonym_only()
    {
        var profile = new JobSeekerProfile
        {
            RegionCode = "AM01",
            OwnerOrganisationId = Guid.NewGuid(),
            CaseManagerUserId = Guid.NewGuid(),
            Pseudonym = "WZ-0123456789",
            GivenName = "Sanne",
            Surname = "Jansen",
            BirthDate = D("1990-01-01"),
            Postcode = "3811 AB",
            Pc4 = "3811",
            RegisteredOn = D("2024-05-17"),
            DeregisteredOn = D("2025-02-03"),
        };
        var placeholder = ErasedJobSeeker.Of(profile, D("2027-02-03"), ErasureReason.RetentionExpired);

        Assert.Equal((profile.Id, "WZ-0123456789", D("2024-05-01"), D("2025-02-01")), (placeholder.Id, placeholder.Pseudonym, placeholder.RegisteredMonth, placeholder.DeregisteredMonth));
    }
}
