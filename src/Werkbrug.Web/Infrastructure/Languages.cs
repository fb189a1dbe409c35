using System.Globalization;

namespace Werkbrug.Web.Infrastructure;

/// <summary>The languages of the UI: Dutch first (the default), English second.</summary>
public static class Languages
{
    public static readonly CultureInfo[] Supported = [new("nl-NL"), new("en-GB")];
}
