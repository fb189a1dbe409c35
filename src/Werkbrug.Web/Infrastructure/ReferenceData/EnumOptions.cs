using Microsoft.Extensions.Localization;

namespace Werkbrug.Web.Infrastructure.ReferenceData;

/// <summary>
/// Localised option lists for forms and filters, in one place: each value of an enum (or each code of a code list)
/// with its label, the resource "&lt;prefix&gt;.&lt;value&gt;"; the prefix is the enum's name unless given
/// (<c>text.Options&lt;IntakeRequestStatus&gt;("IntakeStatus")</c>).
/// </summary>
public static class EnumOptions
{
    /// <summary>Every value of <typeparamref name="TEnum"/> in declaration order, as (name, label).</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Options<TEnum>(this IStringLocalizer text, string? prefix = null)
        where TEnum : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(text);
        return Enum.GetValues<TEnum>().Select(v => KeyValuePair.Create(v.ToString(), text.Label(v, prefix))).ToList();
    }

    /// <summary>The label of one value: the resource "&lt;prefix&gt;.&lt;value&gt;".</summary>
    public static string Label<TEnum>(this IStringLocalizer text, TEnum value, string? prefix = null)
        where TEnum : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[(prefix ?? typeof(TEnum).Name) + "." + value].Value;
    }

    /// <summary>The codes of a code list in their order, as (code, label of "&lt;prefix&gt;.&lt;code&gt;").</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Options(this IStringLocalizer text, IEnumerable<string> codes, string prefix)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(codes);
        return codes.Select(c => KeyValuePair.Create(c, text[prefix + "." + c].Value)).ToList();
    }
}
