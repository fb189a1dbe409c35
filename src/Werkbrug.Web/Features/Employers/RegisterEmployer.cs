using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Employers;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.ReferenceData;

namespace Werkbrug.Web.Features.Employers;

/// <summary>
/// Registers an employer in the user's region with its first location. A KvK number that the region has
/// already is refused; an employer with the same name at the same PC4 is shown as a possible duplicate and
/// only saved once the user confirms.
/// </summary>
public static class RegisterEmployer
{
    public sealed record Command
    {
        [Required]
        [StringLength(EmployerLimits.KvkInput)]
        public string? KvkNumber { get; init; }

        [Required]
        [StringLength(EmployerLimits.TradeName)]
        public string? TradeName { get; init; }

        /// <summary>SBI 2008 codes, e.g. ["4941", "5229"]; an entry may hold several separated by commas.</summary>
        public List<string>? SbiCodes { get; init; }

        [Required]
        [DefinedEnum]
        public SizeClass? SizeClass { get; init; }

        [DefinedEnum]
        public EmployerStatus? Status { get; init; }

        [Required]
        [StringLength(EmployerLimits.AddressLine)]
        public string? AddressLine { get; init; }

        [Required]
        [StringLength(EmployerLimits.Postcode)]
        public string? Postcode { get; init; }

        [Required]
        [StringLength(EmployerLimits.MunicipalityName)]
        public string? MunicipalityName { get; init; }

        /// <summary>Save even though possible duplicates (same name, same PC4) exist.</summary>
        public bool ConfirmDuplicate { get; init; }
    }

    public sealed record Duplicate(Guid Id, string TradeName, string KvkNumber, string? Postcode, string? MunicipalityName);

    /// <summary>Either the new employer's id, or the possible duplicates to confirm first.</summary>
    public sealed record Outcome(Guid? Id, IReadOnlyList<Duplicate> Duplicates);

    public sealed class Handler(WerkbrugDb db, TimeProvider clock)
    {
        public async Task<Result<Outcome>> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            var errors = InputValidator.Validate(command);
            var kvk = KvkInput.Parse(command.KvkNumber, errors);

            var sbi = SbiInput.Parse(command.SbiCodes, errors);
            var location = errors.Any(e => e.Field is nameof(Command.Postcode) or nameof(Command.MunicipalityName))
                ? null
                : await LocationRules.CheckAsync(db, command.Postcode, command.MunicipalityName, errors, cancellationToken);
            if (errors.Count > 0)
            {
                return Result<Outcome>.Failure(errors);
            }

            if (await db.KvkTakenAsync(kvk!, null, cancellationToken) is { } taken)
            {
                return taken;
            }

            if (!command.ConfirmDuplicate)
            {
                var duplicates = await PossibleDuplicatesAsync(command.TradeName!, location!.Pc4, cancellationToken);
                if (duplicates.Count > 0)
                {
                    return new Outcome(null, duplicates);
                }
            }

            var employer = NewEmployer(command, kvk!, sbi, location!);
            db.Employers.Add(employer);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another user registered the same KvK number in the meantime: the unique index refused it.
                db.ChangeTracker.Clear();
                if (await db.KvkTakenAsync(kvk!, null, cancellationToken) is { } raced)
                {
                    return raced;
                }

                throw;
            }

            return new Outcome(employer.Id, []);
        }

        private Employer NewEmployer(Command command, string kvk, List<string> sbi, LocationRules.Checked location)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var employer = new Employer
            {
                RegionCode = db.Scope.RegionCode!,
                KvkNumber = kvk,
                SizeClass = command.SizeClass!.Value,
                Status = command.Status ?? EmployerStatus.Prospect,
                CreatedAtUtc = now,
                CreatedByUserId = db.Scope.UserId!.Value,
                UpdatedAtUtc = now,
            };
            employer.Rename(command.TradeName!);
            employer.SetSbiCodes(sbi);
            employer.Locations.Add(new EmployerLocation
            {
                AddressLine = command.AddressLine!.Trim(),
                Postcode = location.Postcode,
                Pc4 = location.Pc4,
                MunicipalityName = location.MunicipalityName,
            });
            return employer;
        }

        private async Task<List<Duplicate>> PossibleDuplicatesAsync(string tradeName, string pc4, CancellationToken cancellationToken)
        {
            var key = EmployerName.Key(tradeName);
            var candidates = await db.Employers
                .Where(e => e.NameKey == key && e.Locations.Any(l => l.Pc4 == pc4))
                .OrderBy(e => e.NameKey)
                .Take(20)
                .Select(e => new
                {
                    e.Id,
                    e.TradeName,
                    e.KvkNumber,
                    Location = e.Locations.Where(l => l.Pc4 == pc4).Select(l => new { l.Postcode, l.MunicipalityName }).FirstOrDefault(),
                })
                .ToListAsync(cancellationToken);
            return candidates.Select(c => new Duplicate(c.Id, c.TradeName, c.KvkNumber, c.Location?.Postcode, c.Location?.MunicipalityName)).ToList();
        }
    }
}
