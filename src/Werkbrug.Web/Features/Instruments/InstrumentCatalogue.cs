using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Instruments;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Planning;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Instruments;

/// <summary>
/// Reading the region's instrument catalogue: the list with its filters and one instrument with its rules and change log.
/// A region's catalogue is tens of instruments, so the filters run in memory over the region's rows (one query).
/// </summary>
public static class InstrumentCatalogue
{
    public sealed record Query : PageRequest
    {
        /// <summary>Part of the name or key.</summary>
        [StringLength(100)]
        public string? Q { get; init; }

        [DefinedEnum]
        public InstrumentProvider? Provider { get; init; }

        [DefinedEnum]
        public InstrumentCoverage? Coverage { get; init; }

        /// <summary>Only instruments meant for this benefit.</summary>
        [DefinedEnum]
        public BenefitType? Benefit { get; init; }

        /// <summary>Only instruments that apply in this municipality (national and regional ones apply everywhere in the region).</summary>
        [StringLength(100)]
        public string? Municipality { get; init; }

        /// <summary>Only instruments valid today.</summary>
        public bool? CurrentOnly { get; init; }
    }

    public sealed record Row(
        Guid Id, string Key, string Name, InstrumentProvider Provider, InstrumentCoverage Coverage, IReadOnlyList<string> Municipalities,
        IReadOnlyList<BenefitType> BenefitTypes, string Provides, DateOnly? ValidFrom, DateOnly? ValidTo, bool ValidToday, int RuleVersion, int Version);

    public sealed record ChangeView(DateTime AtUtc, Guid? UserId, string? UserName, ChangeAction Action, int RuleVersion, IReadOnlyList<FieldChange> Fields);

    public sealed record View(
        Guid Id, string Key, string Name, string? Family, InstrumentProvider Provider, string? LegalBasis, InstrumentCoverage Coverage, IReadOnlyList<string> Municipalities,
        string? TargetGroups, IReadOnlyList<BenefitType> BenefitTypes, string Provides, string? Duration, string Conditions, string? ApplicationSteps,
        string? Contact, DateOnly? ValidFrom, DateOnly? ValidTo, bool ValidToday, IReadOnlyList<EligibilityRule> Rules, int RuleVersion,
        bool Watching, int Watchers, IReadOnlyList<ChangeView> Changes, int Version);

    public sealed class Handler(WerkbrugDb db, TimeProvider clock)
    {
        public async Task<Result<Paged<Row>>> ListAsync(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var errors = InputValidator.Validate(query);
            if (errors.Count > 0)
            {
                return Result<Paged<Row>>.Failure(errors);
            }

            var today = DutchTime.Today(clock);
            var all = await db.Instruments.AsNoTracking().ToListAsync(cancellationToken);
            var q = query.Q?.Trim();
            var rows = all
                .Where(i => string.IsNullOrEmpty(q) || i.Name.Contains(q, StringComparison.CurrentCultureIgnoreCase) || i.Key.Contains(q, StringComparison.OrdinalIgnoreCase))
                .Where(i => query.Provider is null || i.Provider == query.Provider)
                .Where(i => query.Coverage is null || i.Coverage == query.Coverage)
                .Where(i => query.Benefit is null || i.BenefitTypes.Contains(query.Benefit.Value))
                .Where(i => string.IsNullOrWhiteSpace(query.Municipality) || i.Coverage != InstrumentCoverage.Municipalities
                    || i.Municipalities.Contains(query.Municipality.Trim(), StringComparer.OrdinalIgnoreCase))
                .Where(i => query.CurrentOnly != true || i.IsValidOn(today))
                .OrderBy(i => i.Name, StringComparer.CurrentCulture).ThenBy(i => i.Key, StringComparer.Ordinal)
                .Select(i => new Row(i.Id, i.Key, i.Name, i.Provider, i.Coverage, i.Municipalities, i.BenefitTypes, i.Provides, i.ValidFrom, i.ValidTo, i.IsValidOn(today), i.RuleVersion, i.Version))
                .ToList();
            return rows.ToPaged(query);
        }

        /// <summary>The region's municipalities, for the filter and the form.</summary>
        public async Task<IReadOnlyList<string>> MunicipalitiesAsync(CancellationToken cancellationToken)
        {
            var region = db.Scope.RegionCode;
            return await db.Municipalities.Where(m => m.RegionCode == region).OrderBy(m => m.Name).Select(m => m.Name).ToListAsync(cancellationToken);
        }

        public async Task<Result<View>> HandleAsync(Guid id, CancellationToken cancellationToken)
        {
            if (await db.Instruments.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken) is not { } i)
            {
                return Error.NotFound();
            }

            var changes = await db.InstrumentChanges.AsNoTracking().Where(c => c.InstrumentId == id)
                .OrderByDescending(c => c.AtUtc).ThenByDescending(c => c.RuleVersion).ToListAsync(cancellationToken);
            var userIds = changes.Select(c => c.UserId).OfType<Guid>().Distinct().ToList();
            var names = await db.Users.Where(u => userIds.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName }).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
            var me = db.Scope.UserId;
            var watchers = await db.InstrumentWatchers.Where(w => w.InstrumentId == id).Select(w => w.UserId).ToListAsync(cancellationToken);
            return new View(
                i.Id, i.Key, i.Name, i.Family, i.Provider, i.LegalBasis, i.Coverage, i.Municipalities, i.TargetGroups, i.BenefitTypes, i.Provides, i.Duration, i.Conditions,
                i.ApplicationSteps, i.Contact, i.ValidFrom, i.ValidTo, i.IsValidOn(DutchTime.Today(clock)), i.Rules, i.RuleVersion,
                me is { } user && watchers.Contains(user), watchers.Count,
                [.. changes.Select(c => new ChangeView(c.AtUtc, c.UserId, c.UserId is { } u && names.TryGetValue(u, out var n) ? n : null, c.Action, c.RuleVersion, c.Fields))],
                i.Version);
        }
    }
}
