using Werkbrug.Domain.Employers;

namespace Werkbrug.Domain.Tests.Employers;

public sealed class PersonalDataDetectorTests
{
    [Theory]
    [InlineData("111222333", true)]
    [InlineData("123456782", true)]
    [InlineData("999999990", true)]
    [InlineData("123456789", false)] // fails the eleven test
    [InlineData("111222334", false)]
    [InlineData("000000000", false)]
    public void the_eleven_test(string digits, bool passes) => Assert.Equal(passes, PersonalDataDetector.PassesElevenTest(digits));

    [Theory]
    [InlineData("Kandidaat 123456782 voorgesteld", true)]
    [InlineData("bsn: 123 456 782", true)]
    [InlineData("bsn 123.456.782.", true)]
    [InlineData("1234 56782", true)]
    [InlineData("(111222333)", true)]
    [InlineData("Kandidaat 123456789 voorgesteld", false)] // nine digits, but no valid BSN
    [InlineData("Bel 033 123 45 67 terug", false)] // ten digits
    [InlineData("Bel 0612345678", false)] // ten digits
    [InlineData("1234567820", false)] // a valid BSN inside a longer number
    [InlineData("KvK 12345678, 8 vacatures", false)]
    [InlineData("Afspraak op 12.03.2026 om 10.00 uur", false)]
    [InlineData("Loonkosten 1.234.567,89 euro", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void a_note_looks_like_it_holds_a_bsn(string? text, bool looksLikeBsn) =>
        Assert.Equal(looksLikeBsn, PersonalDataDetector.LooksLikeBsn(text));
}
