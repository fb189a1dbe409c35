using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Employers;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.ReferenceData;

namespace Werkbrug.Web.Features.Employers;

/// <summary>The `Employers` section.</summary>
public sealed class EmployerOptions
{
    public const string Section = "Employers";

    /// <summary>A contact by another adviser this many days back (or planned) gives a warning before logging a new one.</summary>
    [Range(1, 365)]
    public int RecentContactDays { get; set; } = 14;
}

/// <summary>A KvK number as typed: spaces and dots allowed, eight digits required.</summary>
public static class KvkInput
{
    /// <summary>The normalised number, or null with an error added (unless the field already has one).</summary>
    public static string? Parse(string? input, List<Error> errors, string field = "KvkNumber")
    {
        var kvk = KvkNumber.Normalise(input);
        if (input is not null && kvk is null && !errors.Any(e => e.Field == field))
        {
            errors.Add(Error.Validation(field, "Employer.InvalidKvk"));
        }

        return kvk;
    }
}

/// <summary>SBI codes as typed: separated by commas, semicolons or spaces, each normalised and checked.</summary>
public static class SbiInput
{
    public static List<string> Parse(IEnumerable<string>? input, List<Error> errors, string field = "SbiCodes")
    {
        var codes = new List<string>();
        foreach (var part in (input ?? []).SelectMany(s => (s ?? string.Empty).Split([',', ';', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            var code = Sbi.Normalise(part);
            if (code is null)
            {
                errors.Add(Error.Validation(field, "Employer.InvalidSbiCode", part.Length > 12 ? part[..12] + "…" : part));
                return codes;
            }

            if (!codes.Contains(code))
            {
                codes.Add(code);
            }
        }

        if (codes.Count > EmployerLimits.SbiCodes)
        {
            errors.Add(Error.Validation(field, "Employer.TooManySbiCodes", EmployerLimits.SbiCodes));
        }

        return codes;
    }
}

/// <summary>Localised labels of the employer code lists, for forms and lists.</summary>
public sealed class EmployerChoices(ReferenceChoices reference, IStringLocalizer<SharedResource> text)
{
    public IReadOnlyList<KeyValuePair<string, string>> Statuses => text.Options<EmployerStatus>();

    public IReadOnlyList<KeyValuePair<string, string>> SizeClasses => text.Options<SizeClass>();

    public IReadOnlyList<KeyValuePair<string, string>> PreferredChannels => text.Options<PreferredChannel>();

    public IReadOnlyList<KeyValuePair<string, string>> Channels => text.Options<ContactChannel>();

    public IReadOnlyList<KeyValuePair<string, string>> Initiators => text.Options<ContactInitiator>();

    public IReadOnlyList<KeyValuePair<string, string>> TargetGroupOptions => text.Options(TargetGroups.Codes, "TargetGroup");

    public IReadOnlyList<KeyValuePair<string, string>> Topics => text.Options(ContactTopics.Codes, "ContactTopic");

    public string Label<T>(T value)
        where T : struct, Enum => text.Label(value);

    public Task<IReadOnlyList<KeyValuePair<string, string>>> SectionsAsync(CancellationToken cancellationToken) => reference.SectionOptionsAsync(cancellationToken);

    /// <summary>Every municipality of the country: employers have locations outside their region too.</summary>
    public Task<IReadOnlyList<KeyValuePair<string, string>>> MunicipalitiesAsync(CancellationToken cancellationToken) =>
        reference.MunicipalityOptionsAsync(null, cancellationToken);
}
