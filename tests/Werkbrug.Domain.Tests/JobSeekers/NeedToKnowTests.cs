using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Organisations;
using static Werkbrug.Domain.JobSeekers.DisclosureLevel;

namespace Werkbrug.Domain.Tests.JobSeekers;

public sealed class NeedToKnowTests
{
    /// <summary>The need-to-know table of docs/architecture.md: what each role sees of an active profile, per relation.</summary>
    private static readonly Dictionary<string, (DisclosureLevel Owner, DisclosureLevel OtherOrganisation, DisclosureLevel OtherRegion)> Table = new()
    {
        [Roles.CaseManager] = (Full, Pseudonymised, None),
        [Roles.Manager] = (Supervision, Pseudonymised, None),
        [Roles.AccountManager] = (Pseudonymised, Pseudonymised, None),
        [Roles.RegionCoordinator] = (Pseudonymised, Pseudonymised, None),
        [Roles.NationalAccountManager] = (Pseudonymised, Pseudonymised, None),
        [Roles.Analyst] = (None, None, None),
        [Roles.Administrator] = (None, None, None),
    };

    public static TheoryData<string, ProfileRelation> EveryRoleAndRelation()
    {
        var data = new TheoryData<string, ProfileRelation>();
        foreach (var role in Roles.All)
        {
            foreach (var relation in Enum.GetValues<ProfileRelation>())
            {
                data.Add(role, relation);
            }
        }

        return data;
    }

    private static DisclosureLevel Expected(string role, ProfileRelation relation) => relation switch
    {
        ProfileRelation.OwnerOrganisation => Table[role].Owner,
        ProfileRelation.OtherOrganisationInRegion => Table[role].OtherOrganisation,
        _ => Table[role].OtherRegion,
    };

    [Theory]
    [MemberData(nameof(EveryRoleAndRelation))]
    public void each_role_sees_an_active_profile_as_the_table_says(string role, ProfileRelation relation) =>
        Assert.Equal(Expected(role, relation), NeedToKnow.For(role, relation, active: true));

    [Theory]
    [MemberData(nameof(EveryRoleAndRelation))]
    public void a_deregistered_profile_leaves_the_pool_but_stays_with_the_owners_case_manager_and_manager(string role, ProfileRelation relation)
    {
        var active = Expected(role, relation);
        Assert.Equal(active == Pseudonymised ? None : active, NeedToKnow.For(role, relation, active: false));
    }

    [Theory]
    [InlineData(new[] { Roles.AccountManager, Roles.Manager }, Supervision)]
    [InlineData(new[] { Roles.Manager, Roles.CaseManager }, Full)]
    [InlineData(new[] { Roles.Analyst, Roles.AccountManager }, Pseudonymised)]
    [InlineData(new[] { Roles.Analyst, Roles.Administrator }, None)]
    [InlineData(new string[0], None)]
    [InlineData(new[] { "Unknown" }, None)]
    public void several_roles_see_the_most_any_of_them_allows(string[] roles, DisclosureLevel expected) =>
        Assert.Equal(expected, NeedToKnow.For(roles, ProfileRelation.OwnerOrganisation, active: true));

    [Theory]
    [InlineData(None, false, false)]
    [InlineData(Pseudonymised, false, false)]
    [InlineData(Supervision, true, false)]
    [InlineData(Full, true, true)]
    public void only_the_case_manager_sees_the_sealed_fields_and_the_manager_the_identity(DisclosureLevel level, bool identity, bool sealedFields)
    {
        Assert.Equal(identity, level.ShowsIdentity());
        Assert.Equal(sealedFields, level.ShowsSealedFields());
    }
}
