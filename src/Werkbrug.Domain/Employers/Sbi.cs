namespace Werkbrug.Domain.Employers;

/// <summary>
/// Codes of the Dutch standard industry classification SBI 2008 (CBS). A code has two to five digits;
/// its first two digits are the division (afdeling), and every division belongs to one section (letter A–U).
/// SBI 2008 follows NACE Rev. 2 at division level, but lists only the divisions that occur in the
/// Netherlands: there is no 04, 05, 07 (coal, metal ores) and the gaps of NACE (34, 40, 44, 48, 54, 57,
/// 67, 76, 83, 89) stay empty.
/// </summary>
public static class Sbi
{
    // Division ranges per section, from the SBI 2008 structure.
    private static readonly (string Section, int[] Divisions)[] Sections =
    [
        ("A", [1, 2, 3]),
        ("B", [6, 8, 9]),
        ("C", Range(10, 33)),
        ("D", [35]),
        ("E", Range(36, 39)),
        ("F", Range(41, 43)),
        ("G", Range(45, 47)),
        ("H", Range(49, 53)),
        ("I", [55, 56]),
        ("J", Range(58, 63)),
        ("K", Range(64, 66)),
        ("L", [68]),
        ("M", Range(69, 75)),
        ("N", Range(77, 82)),
        ("O", [84]),
        ("P", [85]),
        ("Q", Range(86, 88)),
        ("R", Range(90, 93)),
        ("S", Range(94, 96)),
        ("T", [97, 98]),
        ("U", [99]),
    ];

    private static readonly Dictionary<int, string> SectionByDivision =
        Sections.SelectMany(s => s.Divisions.Select(d => (d, s.Section))).ToDictionary(x => x.d, x => x.Section);

    /// <summary>The section letters A to U.</summary>
    public static IReadOnlyList<string> SectionLetters { get; } = Sections.Select(s => s.Section).ToList();

    /// <summary>
    /// The code without dots or spaces ("49.41" → "4941") when it has two to five digits and its division
    /// exists; otherwise null.
    /// </summary>
    public static string? Normalise(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var compact = string.Concat(code.Where(c => c is not (' ' or '.')));
        return compact.Length is >= 2 and <= 5 && compact.All(char.IsAsciiDigit) && SectionOf(compact) is not null ? compact : null;
    }

    /// <summary>The section letter of a code, from its first two digits ("4941" → "H"); null for an unknown division.</summary>
    public static string? SectionOf(string? code) =>
        code is { Length: >= 2 } && char.IsAsciiDigit(code[0]) && char.IsAsciiDigit(code[1])
            && SectionByDivision.TryGetValue(((code[0] - '0') * 10) + (code[1] - '0'), out var section)
            ? section
            : null;

    /// <summary>The section of the main activity: that of the first code (the KvK lists the main activity first); null without codes.</summary>
    public static string? MainSection(IEnumerable<string> codes) => SectionOf(codes.FirstOrDefault());

    private static int[] Range(int from, int to) => Enumerable.Range(from, to - from + 1).ToArray();
}
