using Werkbrug.Domain.JobSeekers;

namespace Werkbrug.Domain.Tests.JobSeekers;

public sealed class BsnTests
{
    [Theory]
    [InlineData("111222333", "111222333")] // 9+8+7+12+10+8+9+6-3 = 66
    [InlineData("123456782", "123456782")] // 154
    [InlineData("123 456 782", "123456782")]
    [InlineData("123.456.782", "123456782")]
    [InlineData("999999990", "999999990")] // 396
    [InlineData("123456789", null)] // 147: not a multiple of 11
    [InlineData("123456781", null)] // the last digit weighs -1, not +1
    [InlineData("000000000", null)] // passes the sum, but nobody has it
    [InlineData("12345678", null)]
    [InlineData("1234567820", null)]
    [InlineData("12345678a", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void a_bsn_is_nine_digits_that_pass_the_eleven_test(string? input, string? normalised)
    {
        Assert.Equal(normalised, Bsn.Normalise(input));
        Assert.Equal(normalised is not null, Bsn.IsValid(input));
    }

    [Fact]
    public void the_mask_shows_only_the_last_three_digits() => Assert.Equal("••••••782", Bsn.Masked("123456782"));
}
