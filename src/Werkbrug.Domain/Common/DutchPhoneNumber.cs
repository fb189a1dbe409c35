using System.ComponentModel.DataAnnotations;

namespace Werkbrug.Domain.Common;

/// <summary>
/// A Dutch telephone number as people write it: a landline or mobile number of ten digits starting with 0
/// ("033 123 45 67", "06-12345678"), the same with +31 or 0031 instead of the 0 ("+31 6 1234 5678",
/// "+31 (0)33 123 4567"), or a free/paid service number (0800, 0900, 0906, 0909) of four or seven more digits.
/// Spaces, dashes, dots and brackets are ignored.
/// </summary>
public static class DutchPhoneNumber
{
    private static readonly string[] ServicePrefixes = ["0800", "0900", "0906", "0909"];

    public static bool IsValid(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return false;
        }

        var compact = string.Concat(input.Where(c => c is not (' ' or '-' or '.' or '(' or ')')));
        var national = compact switch
        {
            _ when compact.StartsWith("+31", StringComparison.Ordinal) => "0" + TrimTrunkZero(compact[3..]),
            _ when compact.StartsWith("0031", StringComparison.Ordinal) => "0" + TrimTrunkZero(compact[4..]),
            _ => compact,
        };
        if (!national.All(char.IsAsciiDigit) || national.Length < 2 || national[0] != '0' || national[1] == '0')
        {
            return false;
        }

        return national.Length == 10
            || (ServicePrefixes.Any(p => national.StartsWith(p, StringComparison.Ordinal)) && national.Length is 8 or 11);
    }

    // "+31 (0)33 ..." reads "+31033..." once the brackets are gone: a 0 after the country code is dropped.
    private static string TrimTrunkZero(string rest) => rest.StartsWith('0') ? rest[1..] : rest;
}

/// <summary>Refuses a text that is not a <see cref="DutchPhoneNumber"/>; an empty value is left to [Required].</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class DutchPhoneNumberAttribute : ValidationAttribute
{
    public DutchPhoneNumberAttribute() => ErrorMessage = "Validation.Phone";

    public override bool IsValid(object? value) => value is not string text || string.IsNullOrWhiteSpace(text) || DutchPhoneNumber.IsValid(text);
}
