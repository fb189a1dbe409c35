using System.Globalization;
using Werkbrug.Domain.Common;

namespace Werkbrug.Web.Infrastructure.Imports;

/// <summary>Cell values as every import reads them: whole numbers, dates (ISO or Dutch day-month-year) and yes/no flags; a bad cell adds an error for its field.</summary>
public static class ImportValues
{
    public static int? Number(string? text, string field, List<Error> errors)
    {
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.Add(Error.Validation(field, "Import.NotANumber", ImportFile.Shorten(text, 20)));
        return null;
    }

    public static readonly string[] DateFormats = ["yyyy-MM-dd", "d-M-yyyy", "dd-MM-yyyy"];

    public static DateOnly? Date(string? text, string field, List<Error> errors)
    {
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(Error.Validation(field, "Import.NotADate", ImportFile.Shorten(text, 20)));
        return null;
    }

    public static bool Flag(string? text, string field, List<Error> errors)
    {
        switch (text?.ToLowerInvariant())
        {
            case null or "nee" or "false" or "0" or "n":
                return false;
            case "ja" or "true" or "1" or "j":
                return true;
            default:
                errors.Add(Error.Validation(field, "Import.UnknownCode", ImportFile.Shorten(text, 20)));
                return false;
        }
    }
}
