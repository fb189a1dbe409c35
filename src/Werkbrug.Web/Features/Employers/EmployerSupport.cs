using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Employers;
using Werkbrug.Domain.Geography;
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

/// <summary>The checks a location needs: a Dutch postcode of a known PC4 area and a known municipality.</summary>
public static class LocationRules
{
    public sealed record Checked(string Postcode, string Pc4, string MunicipalityName);

    public static async Task<Checked?> CheckAsync(
        WerkbrugDb db, string? postcode, string? municipality, List<Error> errors, CancellationToken cancellationToken,
        string postcodeField = "Postcode", string municipalityField = "MunicipalityName")
    {
        var before = errors.Count;
        var pc4 = Postcode.ToPc4(postcode);
        if (postcode is not null && pc4 is null)
        {
            errors.Add(Error.Validation(postcodeField, "Employer.InvalidPostcode"));
        }
        else if (pc4 is not null && !await db.PostcodeAreas.AnyAsync(p => p.Pc4 == pc4, cancellationToken))
        {
            errors.Add(Error.Validation(postcodeField, "Employer.UnknownPostcode", pc4));
        }

        var name = municipality?.Trim();
        if (name is not null && !await db.Municipalities.AnyAsync(m => m.Name == name, cancellationToken))
        {
            errors.Add(Error.Validation(municipalityField, "Employer.UnknownMunicipality"));
        }

        return errors.Count == before && pc4 is not null && name is not null
            ? new Checked(EmployerLocation.FormatPostcode(postcode!), pc4, name)
            : null;
    }
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
