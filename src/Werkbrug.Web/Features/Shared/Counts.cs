using Microsoft.Extensions.Localization;

namespace Werkbrug.Web.Features.Shared;

/// <summary>Counted texts in the right number: "&lt;key&gt;.One" ("1 vacature gevonden") for one, "&lt;key&gt;" ("{0} vacatures gevonden") otherwise.</summary>
public static class Counts
{
    public static LocalizedString Count(this IStringLocalizer text, string key, int count, params object[] more) =>
        text[count == 1 ? key + ".One" : key, [count, .. more]];
}
