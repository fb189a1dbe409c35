namespace Werkbrug.Domain.Organisations;

/// <summary>One of the 35 labour-market regions (arbeidsmarktregio), keyed by its CBS code (AM01–AM38, with gaps: AM04, AM16 and AM31 are not used).</summary>
public sealed class Region
{
    public required string Code { get; init; }

    public required string Name { get; set; }

    public List<Municipality> Municipalities { get; init; } = [];

    /// <summary>True when <paramref name="code"/> has the shape of a CBS labour-market region code, AM01 to AM38 (whether the region exists is the region table's answer).</summary>
    public static bool IsValidCode(string? code) =>
        code is { Length: 4 } &&
        code.StartsWith("AM", StringComparison.Ordinal) &&
        int.TryParse(code.AsSpan(2), System.Globalization.NumberStyles.None, null, out var n) &&
        n is >= 1 and <= 38;
}

/// <summary>A municipality (gemeente) and the labour-market region it belongs to.</summary>
public sealed class Municipality
{
    public required string Name { get; init; }

    public required string RegionCode { get; init; }
}
