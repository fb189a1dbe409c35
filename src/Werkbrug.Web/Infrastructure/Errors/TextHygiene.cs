namespace Werkbrug.Web.Infrastructure.Errors;

/// <summary>
/// Characters that no person means to type in a form or a partner's system means to send, but that hide or reorder text:
/// control characters (C0 except tab and line breaks, DEL, C1) and the bidirectional embedding, override and isolate
/// controls (U+202A–U+202E, U+2066–U+2069), refused in every text. Names and identifiers (a field whose name ends in
/// Name, Id, Number, Code, Email, Phone, Postcode, Bsn or Key) are one line: there tab, line breaks, the zero-width
/// characters (U+200B–U+200D, U+2060, U+FEFF) and the direction marks (U+200E, U+200F, U+061C) are refused as well.
/// Texts inside Werkbrug's own input types (a list of skills or work experiences) are checked by the same rules.
/// </summary>
public static class TextHygiene
{
    private static readonly string[] NameOrIdentifierEndings = ["Name", "Id", "Number", "Code", "Email", "Phone", "Postcode", "Bsn", "Key"];

    public static bool IsNameOrIdentifier(string fieldName) =>
        NameOrIdentifierEndings.Any(e => fieldName.EndsWith(e, StringComparison.Ordinal));

    /// <summary>
    /// Whether a property of this type holds text to check: a string, a list of strings, or one of Werkbrug's own input
    /// types (or a list of them), whose texts are checked in turn (a skill's label, a work experience's employer).
    /// </summary>
    public static bool HoldsText(Type type) =>
        type == typeof(string) || typeof(IEnumerable<string>).IsAssignableFrom(type) || IsOwnType(type) || (ItemType(type) is { } item && IsOwnType(item));

    /// <summary>Whether <paramref name="value"/> (a string, a list of strings, an own input type or a list of them; anything else passes) is clean.</summary>
    public static bool IsClean(object? value, bool singleLine, int depth = 0) => value switch
    {
        null => true,
        string text => IsClean(text, singleLine),
        IEnumerable<string?> texts => texts.All(t => t is null || IsClean(t, singleLine)),
        System.Collections.IEnumerable items => items.Cast<object?>().All(i => IsClean(i, singleLine, depth + 1)),
        _ when depth < 4 && IsOwnType(value.GetType()) => TextProperties.GetOrAdd(value.GetType(), Describe)
            .All(p => IsClean(p.GetValue(value), IsNameOrIdentifier(p.Name), depth + 1)),
        _ => true,
    };

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, System.Reflection.PropertyInfo[]> TextProperties = new();

    private static System.Reflection.PropertyInfo[] Describe(Type type) =>
        [.. type.GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && HoldsText(p.PropertyType))];

    private static bool IsOwnType(Type type) => type.IsClass && type.Namespace?.StartsWith("Werkbrug.", StringComparison.Ordinal) == true;

    private static Type? ItemType(Type type) =>
        type.IsArray ? type.GetElementType() : type.GetInterfaces().Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];

    public static bool IsClean(string text, bool singleLine)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var c in text)
        {
            var forbidden = c switch
            {
                '\t' or '\n' or '\r' => singleLine,
                < ' ' or (>= '\u007f' and <= '\u009f') => true,
                (>= '\u202a' and <= '\u202e') or (>= '\u2066' and <= '\u2069') => true,
                (>= '\u200b' and <= '\u200f') or '\u2060' or '\ufeff' or '\u061c' => singleLine,
                _ => false,
            };
            if (forbidden)
            {
                return false;
            }
        }

        return true;
    }
}
