using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Employers;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Employers;

/// <summary>Adds a contact person to an employer, or changes one.</summary>
public static class SaveContactPerson
{
    public sealed record Command
    {
        [Required]
        [StringLength(EmployerLimits.PersonName)]
        public string? Name { get; init; }

        [StringLength(EmployerLimits.PersonRole)]
        public string? Role { get; init; }

        [StringLength(EmployerLimits.Phone)]
        public string? Phone { get; init; }

        [StringLength(EmployerLimits.Email)]
        [EmailAddress]
        public string? Email { get; init; }

        [DefinedEnum]
        [JsonConverter(typeof(JsonStringEnumConverter<PreferredChannel>))]
        public PreferredChannel? PreferredChannel { get; init; }

        /// <summary>The employer's version the user saw; required when changing a contact person.</summary>
        public int? Version { get; init; }
    }

    public sealed record Saved(Guid Id, int Version);

    public sealed class Handler(WerkbrugDb db, TimeProvider clock)
    {
        /// <summary>Adds a contact person (<paramref name="personId"/> null) or changes one.</summary>
        public async Task<Result<Saved>> HandleAsync(Guid employerId, Guid? personId, Command command, CancellationToken cancellationToken)
        {
            var employer = await db.Employers.AsSplitQuery().FirstOrDefaultAsync(e => e.Id == employerId, cancellationToken);
            var person = personId is null ? new ContactPerson { Name = string.Empty } : employer?.ContactPersons.FirstOrDefault(p => p.Id == personId);
            if (employer is null || person is null)
            {
                return Error.NotFound();
            }

            var errors = InputValidator.Validate(command);
            if (personId is not null && command.Version is null)
            {
                errors.Add(Error.Validation(nameof(Command.Version), "Validation.Required"));
            }

            if (command.PreferredChannel is Domain.Employers.PreferredChannel.Phone && string.IsNullOrWhiteSpace(command.Phone))
            {
                errors.Add(Error.Validation(nameof(Command.Phone), "Employer.PhoneForPreferredChannel"));
            }

            if (command.PreferredChannel is Domain.Employers.PreferredChannel.Email && string.IsNullOrWhiteSpace(command.Email))
            {
                errors.Add(Error.Validation(nameof(Command.Email), "Employer.EmailForPreferredChannel"));
            }

            if (errors.Count > 0)
            {
                return Result<Saved>.Failure(errors);
            }

            if (command.Version is { } version && !db.IsCurrentVersion(employer, version))
            {
                return Error.Conflict("Error.StaleVersion");
            }

            person.Name = command.Name!.Trim();
            person.Role = Clean(command.Role);
            person.Phone = Clean(command.Phone);
            person.Email = Clean(command.Email);
            person.PreferredChannel = command.PreferredChannel;
            if (personId is null)
            {
                employer.ContactPersons.Add(person);
            }

            employer.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
            return await db.SaveOrConflictAsync(cancellationToken) is { } conflict ? conflict : new Saved(person.Id, employer.Version);
        }
    }

    internal static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

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

/// <summary>Registers an employer's interest in hiring people of a target group (report Q21–22).</summary>
public static class RegisterInterest
{
    public sealed record Command
    {
        [Required]
        [StringLength(20)]
        public string? GroupCode { get; init; }

        [Required]
        public DateOnly? Since { get; init; }

        [StringLength(EmployerLimits.InterestSource)]
        public string? Source { get; init; }
    }

    public sealed record Registered(Guid Id, int Version);

    public sealed class Handler(WerkbrugDb db, TimeProvider clock)
    {
        public async Task<Result<Registered>> HandleAsync(Guid employerId, Command command, CancellationToken cancellationToken)
        {
            var employer = await db.Employers.AsSplitQuery().FirstOrDefaultAsync(e => e.Id == employerId, cancellationToken);
            if (employer is null)
            {
                return Error.NotFound();
            }

            var errors = InputValidator.Validate(command);
            if (command.GroupCode is not null && !TargetGroups.IsKnown(command.GroupCode) && errors.Count == 0)
            {
                errors.Add(Error.Validation(nameof(Command.GroupCode), "Employer.UnknownTargetGroup"));
            }

            if (command.Since is { } since && since > DutchTime.Today(clock))
            {
                errors.Add(Error.Validation(nameof(Command.Since), "Employer.SinceInFuture"));
            }

            if (errors.Count > 0)
            {
                return Result<Registered>.Failure(errors);
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var interest = new TargetGroupInterest
            {
                GroupCode = command.GroupCode!,
                Since = command.Since!.Value,
                Source = SaveContactPerson.Clean(command.Source),
                RegisteredAtUtc = now,
                RegisteredByUserId = db.Scope.UserId!.Value,
            };
            if (!employer.RegisterInterest(interest))
            {
                return Error.Validation(nameof(Command.GroupCode), "Employer.InterestExists");
            }

            employer.UpdatedAtUtc = now;
            return await db.SaveOrConflictAsync(cancellationToken) is { } conflict ? conflict : new Registered(interest.Id, employer.Version);
        }
    }
}
