using Werkbrug.Domain.Common;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Web.Features.JobSeekers;

namespace Werkbrug.Web.Tests.Features.JobSeekers;

/// <summary>The benefit column of an import: each Dutch name is its own benefit (an IOAW is not an IOW).</summary>
public sealed class BenefitNameTests
{
    [Theory]
    [InlineData("geen", BenefitType.None)]
    [InlineData("WW", BenefitType.Ww)]
    [InlineData("bijstand", BenefitType.Bijstand)]
    [InlineData("Participatiewet", BenefitType.Bijstand)]
    [InlineData("wajong", BenefitType.Wajong)]
    [InlineData("wia", BenefitType.WiaWga)]
    [InlineData("WIA/WGA", BenefitType.WiaWga)]
    [InlineData("iow", BenefitType.Iow)]
    [InlineData("ioaw", BenefitType.Ioaw)]
    [InlineData("IOAZ", BenefitType.Ioaz)]
    public void reads_each_benefit_by_its_dutch_name(string text, BenefitType expected)
    {
        var errors = new List<Error>();

        Assert.Equal(expected, ImportJobSeekers.Code(text, "Benefit", ImportJobSeekers.BenefitNames, errors));
        Assert.Empty(errors);
    }
}
