using System.Globalization;
using System.Text;

namespace Werkbrug.Domain.Employers;

/// <summary>Trade names as the duplicate check and the search compare them.</summary>
public static class EmployerName
{
    // Legal forms that do not tell two businesses apart: "Bakkerij Jansen B.V." is "Bakkerij Jansen".
    private static readonly HashSet<string> LegalForms = new(StringComparer.Ordinal)
    {
        "bv", "nv", "vof", "cv", "bvba", "stichting", "vereniging", "coop", "ua", "ba", "wa", "eenmanszaak",
    };

    /// <summary>
    /// The comparison key of a name: lower case, accents removed, legal forms (B.V., N.V., v.o.f., stichting, ...)
    /// and everything that is not a letter or digit dropped. "Bakkerij Café Jansen B.V." → "bakkerijcafejansen".
    /// </summary>
    public static string Key(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return string.Empty;
        }

        var decomposed = name.Normalize(NormalizationForm.FormD);
        var plain = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            // Dots and apostrophes join letters ("B.V.", "Hof's"); everything else separates words.
            if (c is '.' or '\'' or '’')
            {
                continue;
            }

            plain.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        var words = plain.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kept = words.Where(w => !LegalForms.Contains(w)).ToList();
        return string.Concat(kept.Count > 0 ? kept : words);
    }
}
