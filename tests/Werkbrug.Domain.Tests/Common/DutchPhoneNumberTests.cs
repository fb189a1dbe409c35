using Werkbrug.Domain.Common;

namespace Werkbrug.Domain.Tests.Common;

public sealed class DutchPhoneNumberTests
{
    [Theory]
    [InlineData("033 123 45 67")]
    [InlineData("0331234567")]
    [InlineData("033-1234567")]
    [InlineData("020 - 123 45 67")]
    [InlineData("06 12345678")]
    [InlineData("06-1234 5678")]
    [InlineData("+31 6 1234 5678")]
    [InlineData("+31612345678")]
    [InlineData("0031 33 123 45 67")]
    [InlineData("+31 (0)33 123 4567")]
    [InlineData("(033) 123 45 67")]
    [InlineData("085.123.45.67")]
    [InlineData("0800 1234")]
    [InlineData("0900-1234567")]
    public void accepts_dutch_numbers(string input) => Assert.True(DutchPhoneNumber.IsValid(input));

    [Theory]
    [InlineData("12")]
    [InlineData("033 123 45 6")]       // nine digits
    [InlineData("033 123 45 678")]     // eleven digits
    [InlineData("0612345678x")]
    [InlineData("6 12345678")]         // no leading 0
    [InlineData("00 12345678")]
    [InlineData("+32 2 123 45 67")]    // Belgium
    [InlineData("+31 6 1234 567")]
    [InlineData("0800 12345")]
    [InlineData("bel mij maar")]
    [InlineData("")]
    public void refuses_other_text(string input) => Assert.False(DutchPhoneNumber.IsValid(input));

    [Theory]
    [InlineData(null, true)]
    [InlineData(" ", true)]
    [InlineData("06 12345678", true)]
    [InlineData("0612", false)]
    public void the_attribute_leaves_empty_values_to_required(string? input, bool valid) =>
        Assert.Equal(valid, new DutchPhoneNumberAttribute().IsValid(input));
}
