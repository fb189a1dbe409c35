using System.ComponentModel.DataAnnotations;
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

        [StringLength(EmployerLimits.JobTitle)]
        public string? JobTitle { get; init; }

        [StringLength(EmployerLimits.Phone)]
        [DutchPhoneNumber]
        public string? Phone { get; init; }

        [StringLength(EmployerLimits.Email)]
        [EmailAddress]
        public string? Email { get; init; }

        [DefinedEnum]
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
                return SaveOrConflict.StaleVersion;
            }

            person.Name = command.Name!.Trim();
            person.JobTitle = InputText.Clean(command.JobTitle);
            person.Phone = InputText.Clean(command.Phone);
            person.Email = InputText.Clean(command.Email);
            person.PreferredChannel = command.PreferredChannel;
            if (personId is null)
            {
                employer.ContactPersons.Add(person);
            }

            employer.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
            return await db.SaveOrConflictAsync(cancellationToken) is { } conflict ? conflict : new Saved(person.Id, employer.Version);
        }
    }

}
