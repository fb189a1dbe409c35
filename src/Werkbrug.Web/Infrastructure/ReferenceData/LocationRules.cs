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
