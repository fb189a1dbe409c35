namespace Werkbrug.Domain.Employers;

/// <summary>The Chamber of Commerce (KvK) registration number: exactly eight digits.</summary>
public static class KvkNumber
{
    /// <summary>
    /// Returns the normalised number (spaces and dots removed) when <paramref name="input"/> is eight digits
    /// and not all zeros; otherwise null.
    /// </summary>
    public static string? Normalise(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        var compact = string.Concat(input.Where(c => c is not (' ' or '.')));
        return compact.Length == 8 && compact.All(char.IsAsciiDigit) && compact != "00000000" ? compact : null;
    }
}
