using Werkbrug.Domain.Employers;

namespace Werkbrug.Domain.Tests.Employers;

public sealed class KvkNumberTests
{
    [Theory]
    [InlineData("12345678", "12345678")]
    [InlineData("1234 5678", "12345678")]
    [InlineData("12.34.56.78", "12345678")]
    [InlineData("01234567", "01234567")]
    [InlineData("1234567", null)]
    [InlineData("123456789", null)]
    [InlineData("1234567a", null)]
    [InlineData("00000000", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void a_kvk_number_is_eight_digits(string? input, string? normalised) => Assert.Equal(normalised, KvkNumber.Normalise(input));
}
