namespace Werkbrug.Domain.Common;

/// <summary>Free text as stored: trimmed, and null when empty.</summary>
public static class InputText
{
    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
