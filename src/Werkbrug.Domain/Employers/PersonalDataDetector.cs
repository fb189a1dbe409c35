using System.Text.RegularExpressions;

namespace Werkbrug.Domain.Employers;

/// <summary>
/// Recognises personal data that must not end up in free text about employers. Only the citizen service
/// number (BSN) is recognised: a run of exactly nine digits, possibly grouped with single spaces or dots
/// ("123456782", "123 456 782", "123.456.782"), that passes the BSN eleven test (elfproef).
/// </summary>
public static partial class PersonalDataDetector
{
    // Nine digits with an optional single space or dot between any two of them, not part of a longer run
    // (so a ten-digit phone number "033 123 45 67" is not nine digits of it).
    [GeneratedRegex(@"(?<!\d[ .]?)\d(?:[ .]?\d){8}(?![ .]?\d)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NineDigitRun();

    public static bool LooksLikeBsn(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        foreach (Match match in NineDigitRun().Matches(text))
        {
            var digits = string.Concat(match.Value.Where(char.IsAsciiDigit));
            if (PassesElevenTest(digits))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The BSN eleven test: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11. All zeros is not a number anyone has.
    /// </summary>
    public static bool PassesElevenTest(string nineDigits)
    {
        if (nineDigits.Length != 9 || !nineDigits.All(char.IsAsciiDigit) || nineDigits.All(c => c == '0'))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += (9 - i) * (nineDigits[i] - '0');
        }

        sum -= nineDigits[8] - '0';
        return sum % 11 == 0;
    }
}
