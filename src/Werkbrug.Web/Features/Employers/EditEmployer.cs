using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Employers;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Employers;

/// <summary>Changes an employer's KvK number, name, SBI codes, size class and status, from the version the user saw.</summary>
public static class EditEmployer
{
    public sealed record Command
    {
        [Required]
        [StringLength(EmployerLimits.KvkInput)]
        public string? KvkNumber { get; init; }

        [Required]
        [StringLength(EmployerLimits.TradeName)]
        public string? TradeName { get; init; }

        public List<string>? SbiCodes { get; init; }

        [Required]
        [DefinedEnum]
        public SizeClass? SizeClass { get; init; }

        [Required]
        [DefinedEnum]
        public EmployerStatus? Status { get; init; }

        [Required]
        public int? Version { get; init; }
    }

    public sealed class Handler(WerkbrugDb db, TimeProvider clock)
    {
        public async Task<Result<int>> HandleAsync(Guid id, Command command, CancellationToken cancellationToken)
        {
            var employer = await db.Employers.AsSplitQuery().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
            if (employer is null)
            {
                return Error.NotFound();
            }

            var errors = InputValidator.Validate(command);
            var kvk = KvkInput.Parse(command.KvkNumber, errors);

            var sbi = SbiInput.Parse(command.SbiCodes, errors);
            if (errors.Count > 0)
            {
                return Result<int>.Failure(errors);
            }

            if (!db.IsCurrentVersion(employer, command.Version!.Value))
            {
                return SaveOrConflict.StaleVersion;
            }

            if (kvk != employer.KvkNumber && await db.KvkTakenAsync(kvk!, employer.Id, cancellationToken) is { } taken)
            {
                return taken;
            }

            employer.KvkNumber = kvk!;
            employer.Rename(command.TradeName!);
            employer.SetSbiCodes(sbi);
            employer.SizeClass = command.SizeClass!.Value;
            employer.Status = command.Status!.Value;
            employer.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
            return await db.SaveOrConflictAsync(cancellationToken) is { } conflict ? conflict : employer.Version;
        }
    }
}
