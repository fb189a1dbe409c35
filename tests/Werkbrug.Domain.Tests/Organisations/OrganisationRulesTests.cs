using Werkbrug.Domain.Organisations;

namespace Werkbrug.Domain.Tests.Organisations;

public sealed class OrganisationRulesTests
{
    [Theory]
    [InlineData("AM01", true)]
    [InlineData("AM14", true)]
    [InlineData("AM35", true)]
    [InlineData("AM38", true)]
    [InlineData("AM00", false)]
    [InlineData("AM39", false)]
    [InlineData("am14", false)]
    [InlineData("AM1", false)]
    [InlineData("AM+1", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void region_codes_are_AM01_to_AM38(string? code, bool valid) => Assert.Equal(valid, Region.IsValidCode(code));

    [Theory]
    [InlineData(ServicePointKind.Regional, new ServicePointKind[0], true)]
    [InlineData(ServicePointKind.Regional, new[] { ServicePointKind.SubRegional }, true)]
    [InlineData(ServicePointKind.Regional, new[] { ServicePointKind.Regional }, false)]
    [InlineData(ServicePointKind.SubRegional, new[] { ServicePointKind.Regional, ServicePointKind.SubRegional }, true)]
    public void a_region_has_at_most_one_regional_service_point(ServicePointKind kind, ServicePointKind[] existing, bool allowed) =>
        Assert.Equal(allowed, ServicePoint.CanHaveAnother(kind, existing));

    [Theory]
    [InlineData(TeamKind.Geographic, new[] { "Baarn", "Soest" }, new string[0])]
    [InlineData(TeamKind.Geographic, new[] { "Baarn", "Utrecht" }, new[] { "Utrecht" })]
    [InlineData(TeamKind.Geographic, new[] { "C" }, new[] { "C" })]
    [InlineData(TeamKind.Sector, new[] { "C", "H" }, new string[0])]
    [InlineData(TeamKind.Sector, new[] { "C", "Baarn", "Z" }, new[] { "Baarn", "Z" })]
    public void a_team_focus_fits_its_kind(TeamKind kind, string[] focus, string[] invalid)
    {
        var municipalities = new HashSet<string> { "Amersfoort", "Baarn", "Soest" };
        var sections = new HashSet<string> { "A", "C", "H" };

        Assert.Equal(invalid, Team.InvalidFocus(kind, focus, municipalities, sections));
    }

    [Theory]
    [InlineData("AccountManager", true)]
    [InlineData("Administrator", true)]
    [InlineData("administrator", false)]
    [InlineData("EmployerUser", false)]
    [InlineData(null, false)]
    public void only_the_seven_staff_roles_are_known(string? role, bool known) => Assert.Equal(known, Roles.IsKnown(role));

    [Theory]
    [InlineData(OrganisationType.NationalServicePointMunicipalities, true)]
    [InlineData(OrganisationType.NationalServicePointUwv, true)]
    [InlineData(OrganisationType.Uwv, false)]
    [InlineData(OrganisationType.Municipality, false)]
    public void the_national_service_points_are_national(OrganisationType type, bool national) =>
        Assert.Equal(national, OrganisationTypes.IsNational(type));
}
