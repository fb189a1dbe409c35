using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Employers;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Employers;

/// <summary>The region's employers: search by name or KvK number, filter by status, SBI section and municipality.</summary>
public static class EmployerList
{
    public sealed record Query : PageRequest
    {
        /// <summary>Part of the trade name, or (the start of) a KvK number.</summary>
        [StringLength(EmployerLimits.Search)]
        public string? Q { get; init; }

        [DefinedEnum]
        public EmployerStatus? Status { get; init; }

        /// <summary>SBI section letter A–U.</summary>
        [StringLength(1)]
        public string? Section { get; init; }

        [StringLength(EmployerLimits.MunicipalityName)]
        public string? Municipality { get; init; }
    }

    public sealed record Row(
        Guid Id,
        string TradeName,
        string KvkNumber,
        EmployerStatus Status,
        IReadOnlyList<string> SbiSections,
        IReadOnlyList<string> Municipalities,
        string? AccountManagerName,
        bool IsNational);

    public sealed class Handler(WerkbrugDb db)
    {
        public async Task<Result<Paged<Row>>> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            var errors = InputValidator.Validate(query);
            if (query.Section is { Length: > 0 } letter && !Sbi.SectionLetters.Contains(letter.ToUpperInvariant()))
            {
                errors.Add(Error.Validation(nameof(Query.Section), "Validation.Invalid"));
            }

            if (errors.Count > 0)
            {
                return Result<Paged<Row>>.Failure(errors);
            }

            var employers = db.Employers.AsQueryable();
            if (!string.IsNullOrWhiteSpace(query.Q))
            {
                var key = EmployerName.Key(query.Q);
                var digits = string.Concat(query.Q.Where(c => c is not (' ' or '.')));
                employers = digits.Length > 0 && digits.All(char.IsAsciiDigit)
                    ? employers.Where(e => e.KvkNumber.StartsWith(digits) || e.NameKey.Contains(key))
                    : employers.Where(e => e.NameKey.Contains(key));
            }

            if (query.Status is { } status)
            {
                employers = employers.Where(e => e.Status == status);
            }

            if (!string.IsNullOrWhiteSpace(query.Section))
            {
                var section = query.Section.ToUpperInvariant();
                employers = employers.Where(e => e.SbiSections.Contains(section));
            }

            if (!string.IsNullOrWhiteSpace(query.Municipality))
            {
                var municipality = query.Municipality.Trim();
                employers = employers.Where(e => e.Locations.Any(l => l.MunicipalityName == municipality));
            }

            var page = await employers
                .OrderBy(e => e.NameKey).ThenBy(e => e.KvkNumber)
                .Select(e => new
                {
                    e.Id,
                    e.TradeName,
                    e.KvkNumber,
                    e.Status,
                    e.SbiSections,
                    AccountManager = db.Users.Where(u => u.Id == e.AccountManagerUserId).Select(u => u.DisplayName).FirstOrDefault(),
                })
                .ToPagedAsync(query, cancellationToken);
            var rows = page.Items;
            var ids = rows.Select(r => r.Id).ToList();
            var municipalities = (await db.Employers.Where(e => ids.Contains(e.Id))
                    .SelectMany(e => e.Locations, (e, l) => new { e.Id, l.MunicipalityName })
                    .ToListAsync(cancellationToken))
                .ToLookup(x => x.Id, x => x.MunicipalityName);
            var regions = await db.RegionCountsAsync(rows.Select(r => r.KvkNumber).ToList(), cancellationToken);
            var items = rows.Select(r => new Row(
                r.Id, r.TradeName, r.KvkNumber, r.Status, r.SbiSections, municipalities[r.Id].Distinct().Order(StringComparer.Ordinal).ToList(), r.AccountManager,
                Domain.Employers.NationalAccounts.IsNational(regions.GetValueOrDefault(r.KvkNumber)))).ToList();
            return page.With(items);
        }
    }
}
