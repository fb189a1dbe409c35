using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Employers;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.ReferenceData;

namespace Werkbrug.Web.Features.Employers;

/// <summary>Adds a location to an employer. The municipality may lie outside the region (national employers).</summary>
public static class AddLocation
{
    public sealed record Command
    {
        [Required]
        [StringLength(EmployerLimits.AddressLine)]
        public string? AddressLine { get; init; }

        [Required]
        [StringLength(EmployerLimits.Postcode)]
        public string? Postcode { get; init; }

        [Required]
        [StringLength(EmployerLimits.MunicipalityName)]
        public string? MunicipalityName { get; init; }
    }

    public sealed record Added(Guid Id, int Version);

    public sealed class Handler(WerkbrugDb db, TimeProvider clock)
    {
        public async Task<Result<Added>> HandleAsync(Guid employerId, Command command, CancellationToken cancellationToken)
        {
            var employer = await db.Employers.AsSplitQuery().FirstOrDefaultAsync(e => e.Id == employerId, cancellationToken);
            if (employer is null)
            {
                return Error.NotFound();
            }

            var errors = InputValidator.Validate(command);
            var location = errors.Count > 0 ? null : await LocationRules.CheckAsync(db, command.Postcode, command.MunicipalityName, errors, cancellationToken);
            if (errors.Count > 0)
            {
                return Result<Added>.Failure(errors);
            }

            var address = command.AddressLine!.Trim();
            if (employer.Locations.Any(l => l.Postcode == location!.Postcode && string.Equals(l.AddressLine, address, StringComparison.OrdinalIgnoreCase)))
            {
                return Error.Validation(nameof(Command.AddressLine), "Employer.LocationExists");
            }

            var added = new EmployerLocation { AddressLine = address, Postcode = location!.Postcode, Pc4 = location.Pc4, MunicipalityName = location.MunicipalityName };
            employer.Locations.Add(added);
            employer.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
            return await db.SaveOrConflictAsync(cancellationToken) is { } conflict ? conflict : new Added(added.Id, employer.Version);
        }
    }
}
