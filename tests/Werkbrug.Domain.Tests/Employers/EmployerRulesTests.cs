using Werkbrug.Domain.Employers;

namespace Werkbrug.Domain.Tests.Employers;

public sealed class EmployerRulesTests
{
    [Fact]
    public void sbi_codes_bring_their_sections()
    {
        var employer = new Employer { RegionCode = "AM14", KvkNumber = "12345678" };

        employer.SetSbiCodes(["4941", "4942", "4711", "4941"]);

        Assert.Equal(["4941", "4942", "4711"], employer.SbiCodes);
        Assert.Equal(["G", "H"], employer.SbiSections);
    }

    [Fact]
    public void a_handover_is_recorded_and_a_repeat_is_not()
    {
        var employer = new Employer { RegionCode = "AM14", KvkNumber = "12345678" };
        var (first, second, by) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var at = new DateTime(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc);

        Assert.True(employer.HandOver(first, null, at, by, null));
        Assert.False(employer.HandOver(first, null, at.AddDays(1), by, "nogmaals"));
        Assert.True(employer.HandOver(second, null, at.AddDays(2), by, "  verlof  "));

        Assert.Equal(second, employer.AccountManagerUserId);
        Assert.Equal(2, employer.Handovers.Count);
        Assert.Null(employer.Handovers[0].FromUserId);
        Assert.Equal(first, employer.Handovers[1].FromUserId);
        Assert.Equal("verlof", employer.Handovers[1].Reason);
    }

    [Fact]
    public void a_target_group_is_registered_once()
    {
        var employer = new Employer { RegionCode = "AM14", KvkNumber = "12345678" };

        Assert.True(employer.RegisterInterest(new TargetGroupInterest { GroupCode = TargetGroups.Wajong }));
        Assert.False(employer.RegisterInterest(new TargetGroupInterest { GroupCode = TargetGroups.Wajong }));
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(3, false)]
    [InlineData(4, true)]
    [InlineData(12, true)]
    public void four_regions_make_a_national_account(int regions, bool national) => Assert.Equal(national, NationalAccounts.IsNational(regions));

    [Theory]
    [InlineData("3811ab", "3811 AB")]
    [InlineData("3811 AB", "3811 AB")]
    [InlineData("3811", "3811")]
    public void postcodes_are_stored_in_one_format(string input, string stored) => Assert.Equal(stored, EmployerLocation.FormatPostcode(input));

    [Theory]
    [InlineData(0, 13, true)]   // another adviser, 13 days ago, window 14
    [InlineData(0, 15, false)]  // 15 days ago: outside the window
    [InlineData(1, 3, false)]   // myself
    [InlineData(0, -5, true)]   // someone else's planned contact
    public void a_contact_by_someone_else_within_the_window_is_recent(int self, int daysAgo, bool recent)
    {
        var me = Guid.NewGuid();
        var adviser = self == 1 ? me : Guid.NewGuid();
        var now = new DateTime(2026, 6, 1, 12, 0, 0, DateTimeKind.Utc);

        Assert.Equal(recent, ContactWarnings.IsRecentByOther(me, adviser, now.AddDays(-daysAgo), now, 14));
    }

    [Fact]
    public void an_account_manager_of_another_organisation_is_a_warning()
    {
        var mine = Guid.NewGuid();

        Assert.True(ContactWarnings.IsAccountManagerElsewhere(mine, Guid.NewGuid()));
        Assert.False(ContactWarnings.IsAccountManagerElsewhere(mine, mine));
        Assert.False(ContactWarnings.IsAccountManagerElsewhere(mine, null));
    }
}
