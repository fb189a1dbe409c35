using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Employers;
using Werkbrug.Domain.NationalArrangements;
using Werkbrug.Web.Features.Employers;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.NationalAccounts;

/// <summary>The national account manager's accounts, and taking on a national employer (a KvK number in four or more regions) as one.</summary>
public static class NationalAccountList
{
    public sealed record Row(Guid Id, string KvkNumber, string Name, int Regions, int OpenVacancies, int Arrangements, int Version);

    public sealed record Command
    {
        /// <summary>The KvK number of an employer registered (or with locations) in four or more regions.</summary>
        [Required]
        [StringLength(EmployerLimits.KvkInput)]
        public string? KvkNumber { get; init; }
    }

    public sealed class Handler(WerkbrugDb db, TimeProvider clock)
    {
        /// <summary>The current user's accounts by name, with the number of regions their employer is registered in (seen through the national-account scope).</summary>
        public async Task<Paged<Row>> ListAsync(PageRequest paging, CancellationToken cancellationToken)
        {
            var me = db.Scope.UserId;
            var open = new[] { Domain.Vacancies.VacancyStatus.Open, Domain.Vacancies.VacancyStatus.CandidatesProposed, Domain.Vacancies.VacancyStatus.PartlyFilled };
            return await db.NationalAccounts.AsNoTracking().Where(a => a.ManagerUserId == me)
                .OrderBy(a => a.Name).ThenBy(a => a.KvkNumber)
                .Select(a => new Row(
                    a.Id, a.KvkNumber, a.Name,
                    db.Employers.Where(e => e.KvkNumber == a.KvkNumber).Select(e => e.RegionCode).Distinct().Count(),
                    db.Vacancies.Count(v => open.Contains(v.Status) && db.Employers.Any(e => e.Id == v.EmployerId && e.KvkNumber == a.KvkNumber)),
                    db.NationalArrangements.Count(n => n.NationalAccountId == a.Id),
                    a.Version))
                .ToPagedAsync(paging, cancellationToken);
        }

        /// <summary>Takes on a national employer as the current user's account: 400 when it is not national, 409 when it is someone's account already.</summary>
        public async Task<Result<Row>> RegisterAsync(Command command, CancellationToken cancellationToken)
        {
            var errors = InputValidator.Validate(command);
            var kvk = KvkInput.Parse(command.KvkNumber, errors);
            if (errors.Count > 0 || kvk is null)
            {
                return Result<Row>.Failure(errors);
            }

            var regions = (await db.RegionCountsAsync([kvk], cancellationToken)).GetValueOrDefault(kvk);
            if (!Domain.Employers.NationalAccounts.IsNational(regions))
            {
                return Error.Validation(nameof(Command.KvkNumber), "NationalAccounts.NotNational", Employer.NationalRegionThreshold, regions);
            }

            if (await db.NationalAccounts.AnyAsync(a => a.KvkNumber == kvk, cancellationToken))
            {
                return Error.Conflict("NationalAccounts.AlreadyRegistered", nameof(Command.KvkNumber));
            }

            // Reviewed: the trade name of the business (not personal data), from the own region's registration when there is one.
            var own = db.Scope.RegionCode;
            var name = await db.Employers.IgnoreQueryFilters().Where(e => e.KvkNumber == kvk)
                .OrderBy(e => e.RegionCode == own ? 0 : 1).ThenBy(e => e.RegionCode).Select(e => e.TradeName).FirstAsync(cancellationToken);
            var account = new NationalAccount { KvkNumber = kvk, Name = name, ManagerUserId = db.Scope.UserId!.Value, CreatedAtUtc = clock.GetUtcNow().UtcDateTime };
            db.NationalAccounts.Add(account);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                return Error.Conflict("NationalAccounts.AlreadyRegistered", nameof(Command.KvkNumber));
            }

            return (await ListAsync(PageRequest.All, cancellationToken)).Items.Single(r => r.Id == account.Id);
        }
    }
}
