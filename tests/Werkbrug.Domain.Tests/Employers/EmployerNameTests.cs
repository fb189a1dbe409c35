using Werkbrug.Domain.Employers;

namespace Werkbrug.Domain.Tests.Employers;

public sealed class EmployerNameTests
{
    [Theory]
    [InlineData("Bakkerij Jansen B.V.", "bakkerijjansen")]
    [InlineData("bakkerij jansen", "bakkerijjansen")]
    [InlineData("BAKKERIJ  JANSEN bv", "bakkerijjansen")]
    [InlineData("Café 't Hoekje V.O.F.", "cafethoekje")]
    [InlineData("Stichting De Boog", "deboog")]
    [InlineData("Jansen & Zn. N.V.", "jansenzn")]
    [InlineData("Hoveniersbedrijf Groen-Rijk", "hoveniersbedrijfgroenrijk")]
    [InlineData("B.V.", "bv")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void names_compare_without_case_accents_punctuation_or_legal_form(string? name, string key) =>
        Assert.Equal(key, EmployerName.Key(name));
}
