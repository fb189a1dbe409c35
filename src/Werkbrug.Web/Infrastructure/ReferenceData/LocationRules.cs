using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Employers;
using Werkbrug.Domain.Geography;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Infrastructure.ReferenceData;

/// <summary>The checks a location needs: a Dutch postcode of a known PC4 area and a known municipality.</summary>
public static class LocationRules
{
    public sealed record Checked(string Postcode, string Pc4, string MunicipalityName);

    public static async Task<Checked?> CheckAsync(
        WerkbrugDb db, string? postcode, string? municipality, List<Error> errors, CancellationToken cancellationToken,
        string postcodeField = "Postcode", string municipalityField = "MunicipalityName")
    {
        var pc4 = Postcode.ToPc4(postcode);
        var name = municipality?.Trim();
        var pc4s = pc4 is not null && await db.PostcodeAreas.AnyAsync(p => p.Pc4 == pc4, cancellationToken) ? [pc4] : new HashSet<string>();
        var names = name is not null && await db.Municipalities.AnyAsync(m => m.Name == name, cancellationToken) ? [name] : new HashSet<string>();
        return Check(postcode, municipality, pc4s, names, errors, postcodeField, municipalityField);
    }

    /// <summary>The same checks against the known PC4 areas and municipality names given (read once for many rows).</summary>
    public static Checked? Check(
        string? postcode, string? municipality, IReadOnlySet<string> knownPc4s, IReadOnlySet<string> knownMunicipalities, List<Error> errors,
        string postcodeField = "Postcode", string municipalityField = "MunicipalityName")
    {
        ArgumentNullException.ThrowIfNull(knownPc4s);
        ArgumentNullException.ThrowIfNull(knownMunicipalities);
        ArgumentNullException.ThrowIfNull(errors);
        var before = errors.Count;
        var pc4 = Postcode.ToPc4(postcode);
        if (postcode is not null && pc4 is null)
        {
            errors.Add(Error.Validation(postcodeField, "Employer.InvalidPostcode"));
        }
        else if (pc4 is not null && !knownPc4s.Contains(pc4))
        {
            errors.Add(Error.Validation(postcodeField, "Employer.UnknownPostcode", pc4));
        }

        var name = municipality?.Trim();
        if (name is not null && !knownMunicipalities.Contains(name))
        {
            errors.Add(Error.Validation(municipalityField, "Employer.UnknownMunicipality"));
        }

        return errors.Count == before && pc4 is not null && name is not null
            ? new Checked(EmployerLocation.FormatPostcode(postcode!), pc4, name)
            : null;
    }
}
