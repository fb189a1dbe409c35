namespace Werkbrug.Domain.JobSeekers;

/// <summary>
/// The citizen service number (burgerservicenummer, BSN): nine digits that pass the eleven test (elfproef):
/// 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11. All zeros is refused. Spaces and dots that people type
/// are allowed and removed; eight digits are not padded (the register issues nine).
/// </summary>
public static class Bsn
{
    public static bool IsValid(string? input) => Normalise(input) is not null;

    /// <summary>The nine digits when <paramref name="input"/> is a valid BSN; otherwise null.</summary>
    public static string? Normalise(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        var digits = string.Concat(input.Where(c => c is not (' ' or '.')));
        if (digits.Length != 9 || !digits.All(char.IsAsciiDigit) || digits.All(c => c == '0'))
        {
            return null;
        }

        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += (9 - i) * (digits[i] - '0');
        }

        sum -= digits[8] - '0';
        return sum % 11 == 0 ? digits : null;
    }

    /// <summary>The last three digits, for showing the owner which number is on file ("••••••782").</summary>
    public static string Masked(string bsn) => "••••••" + bsn[^3..];
}
