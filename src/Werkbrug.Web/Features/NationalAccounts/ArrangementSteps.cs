using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.NationalArrangements;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Features.Notifications;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.NationalAccounts;

/// <summary>
/// The workflow of an arrangement: the national account manager takes the next step; a region's manager or region
/// coordinator signs or declines for their own region; the national account manager escalates a region that lags the
/// terms to that region's managers (achtervang), with the region's figures. Every step is a line of history, saved from
/// the version read (a stale version is a conflict), and tells those concerned through a notification.
/// </summary>
public static class ArrangementSteps
{
    public const string NotificationKind = "national-arrangement";

    public sealed record VersionCommand
    {
        /// <summary>The version read.</summary>
        [Required]
        public int? Version { get; init; }
    }

    public sealed record DecideCommand
    {
        /// <summary>Signed or Declined.</summary>
        [Required]
        [DefinedEnum]
        public RegionDecision? Decision { get; init; }

        /// <summary>The date of the decision (not after today).</summary>
        [Required]
        public DateOnly? On { get; init; }

        /// <summary>The version read.</summary>
        [Required]
        public int? Version { get; init; }
    }

    public sealed record Saved(Guid Id, int Version);

    /// <summary>Managers and region coordinators answer for their region.</summary>
    public static bool MayDecide(AccessScope scope) => scope.IsInRole(Roles.Manager) || scope.IsInRole(Roles.RegionCoordinator);

    /// <summary>A region can be escalated once the arrangement is carried out (execution plan onwards) and the region signed.</summary>
    public static bool CanEscalate(NationalArrangement arrangement, ArrangementRegion region) =>
        arrangement.Stage >= ArrangementStage.ExecutionPlan && region.Decision == RegionDecision.Accepted;

    /// <summary>Adds a line of history to the unit of work (not saved).</summary>
    public static void Record(this WerkbrugDb db, TimeProvider clock, NationalArrangement arrangement, ArrangementEvent what, string? regionCode, string? detail) =>
        db.ArrangementChanges.Add(new ArrangementChange
        {
            ArrangementId = arrangement.Id,
            Event = what,
            RegionCode = regionCode,
            Detail = detail is { Length: > ArrangementChange.DetailLength } ? detail[..ArrangementChange.DetailLength] : detail,
            UserId = db.Scope.IsSystem ? null : db.Scope.UserId,
            AtUtc = clock.GetUtcNow().UtcDateTime,
        });

    /// <summary>Notifies the active users of <paramref name="regionCode"/> holding one of <paramref name="roles"/>. Returns how many.</summary>
    public static async Task<int> NotifyRegionAsync(
        this WerkbrugDb db, string regionCode, IReadOnlyList<string> roles, string textKey, IReadOnlyList<string> arguments, Guid arrangementId, DateTime nowUtc,
        CancellationToken cancellationToken)
    {
        var names = roles.ToArray();

        // Users are region-scoped; the region asked is mostly not the caller's, so its managers are looked up past the filter (ids only).
        var users = await db.Users.IgnoreQueryFilters().Where(u => u.RegionCode == regionCode && u.IsActive)
            .Where(u => db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name).Any(n => names.Contains(n!)))
            .Select(u => u.Id).ToListAsync(cancellationToken);
        db.Notifications.AddRange(users.Select(id => NotificationOutbox.New(regionCode, id, NotificationKind, textKey, arguments, $"/national-arrangements/{arrangementId}", nowUtc)));
        return users.Count;
    }

    /// <summary>The figures as the history and the escalation carry them: open vacancies, past the term, referrals, placements, target.</summary>
    public static string FiguresDetail(RegionFigures f) => string.Join(';', new[] { f.OpenVacancies, f.VacanciesPastTerm, f.Referrals, f.Placements, f.PlacementTarget }
        .Select(n => n.ToString(CultureInfo.InvariantCulture)));

    public sealed class Handler(WerkbrugDb db, TimeProvider clock)
    {
        private static readonly string[] RegionManagers = [Roles.Manager, Roles.RegionCoordinator];

        public async Task<Result<Saved>> AdvanceAsync(Guid id, VersionCommand command, CancellationToken cancellationToken)
        {
            var (arrangement, errors) = await OwnAsync(id, command.Version, InputValidator.Validate(command), cancellationToken);
            if (arrangement is null)
            {
                return Result<Saved>.Failure(errors);
            }

            var from = arrangement.Stage;
            var today = DutchTime.Today(clock);
            if (arrangement.Advance(today) is { } refused)
            {
                return refused;
            }

            var now = clock.GetUtcNow().UtcDateTime;
            db.Entry(arrangement).State = EntityState.Modified;
            db.Record(clock, arrangement, ArrangementEvent.StageChanged, null, $"{from}→{arrangement.Stage}");
            if (arrangement.Stage == ArrangementStage.RegionsReview)
            {
                foreach (var region in arrangement.Regions)
                {
                    await db.NotifyRegionAsync(
                        region.RegionCode, RegionManagers, "Notification.NationalArrangement.Review",
                        [arrangement.Title, DutchTime.Format(WorkingDays.Add(today, NationalArrangement.ReviewWorkingDays))], arrangement.Id, now, cancellationToken);
                }
            }

            return await SaveAsync(arrangement, cancellationToken);
        }

        public async Task<Result<Saved>> DecideAsync(Guid id, DecideCommand command, CancellationToken cancellationToken)
        {
            var errors = InputValidator.Validate(command);
            var today = DutchTime.Today(clock);
            if (command.On > today)
            {
                errors.Add(Error.Validation(nameof(DecideCommand.On), "NationalArrangements.DecidedInFuture"));
            }

            var region = db.Scope.RegionCode;
            var arrangement = await ArrangementDetails.Visible(db).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
            if (arrangement is null)
            {
                return Error.NotFound();
            }

            if (!MayDecide(db.Scope) || region is null || arrangement.Regions.All(r => r.RegionCode != region))
            {
                return new Error(ErrorKind.Forbidden, "NationalArrangements.NotYourRegion");
            }

            if (errors.Count > 0)
            {
                return Result<Saved>.Failure(errors);
            }

            if (!db.IsCurrentVersion(arrangement, command.Version!.Value))
            {
                return SaveOrConflict.StaleVersion;
            }

            if (arrangement.Decide(region, command.Decision!.Value, command.On!.Value, db.Scope.UserId!.Value) is { } refused)
            {
                return refused;
            }

            db.Entry(arrangement).State = EntityState.Modified;
            db.Record(clock, arrangement, command.Decision == RegionDecision.Accepted ? ArrangementEvent.Accepted : ArrangementEvent.Declined, region,
                command.On!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            // The national account manager is mostly of another region than the deciding manager: looked up past the region filter (id and region only).
            var manager = await db.NationalAccounts.Where(n => n.Id == arrangement.NationalAccountId)
                .Join(db.Users.IgnoreQueryFilters(), n => n.ManagerUserId, u => u.Id, (n, u) => new { u.Id, u.RegionCode }).SingleAsync(cancellationToken);
            var regionName = await db.Regions.Where(r => r.Code == region).Select(r => r.Name).SingleAsync(cancellationToken);
            db.Notifications.Add(NotificationOutbox.New(
                manager.RegionCode, manager.Id, NotificationKind, "Notification.NationalArrangement." + command.Decision, [arrangement.Title, regionName],
                $"/national-arrangements/{arrangement.Id}", clock.GetUtcNow().UtcDateTime));
            return await SaveAsync(arrangement, cancellationToken);
        }

        /// <summary>Escalates a region that lags the terms to that region's managers, with its figures (409 when it does not lag).</summary>
        public async Task<Result<Saved>> EscalateAsync(Guid id, string regionCode, VersionCommand command, CancellationToken cancellationToken)
        {
            var (arrangement, errors) = await OwnAsync(id, command.Version, InputValidator.Validate(command), cancellationToken);
            if (arrangement is null)
            {
                return Result<Saved>.Failure(errors);
            }

            if (arrangement.Regions.FirstOrDefault(r => r.RegionCode == regionCode) is not { } region)
            {
                return Error.NotFound();
            }

            if (!CanEscalate(arrangement, region))
            {
                return Error.Conflict("NationalArrangements.NotInExecution");
            }

            var account = await db.NationalAccounts.AsNoTracking().SingleAsync(n => n.Id == arrangement.NationalAccountId, cancellationToken);
            var today = DutchTime.Today(clock);
            var counts = await AccountFigures.PerRegionAsync(
                db, account.KvkNumber, DateOnly.FromDateTime(DutchTime.ToLocal(arrangement.CreatedAtUtc)), arrangement.ReactionTermWorkingDays,
                arrangement.CandidatesPerVacancy, today, cancellationToken);
            var figures = counts.GetValueOrDefault(regionCode, AccountFigures.Counts.None).ForTarget(region.PlacementTarget);
            if (!figures.Lags)
            {
                return Error.Conflict("NationalArrangements.NotLagging");
            }

            region.EscalatedOn = today;
            db.Entry(arrangement).State = EntityState.Modified;
            db.Record(clock, arrangement, ArrangementEvent.Escalated, regionCode, FiguresDetail(figures));
            var recipients = await db.NotifyRegionAsync(
                regionCode, [Roles.Manager], "Notification.NationalArrangement.Escalated",
                [arrangement.Title, account.Name, .. new[] { figures.OpenVacancies, figures.VacanciesPastTerm, arrangement.ReactionTermWorkingDays, arrangement.CandidatesPerVacancy,
                    figures.Referrals, figures.Placements, figures.PlacementTarget }.Select(n => n.ToString(CultureInfo.InvariantCulture))],
                arrangement.Id, clock.GetUtcNow().UtcDateTime, cancellationToken);
            if (recipients == 0)
            {
                return Error.Conflict("NationalArrangements.NoRegionManager");
            }

            return await SaveAsync(arrangement, cancellationToken);
        }

        /// <summary>The current user's own arrangement at the version read, tracked; null with the errors otherwise.</summary>
        private async Task<(NationalArrangement? Arrangement, IReadOnlyList<Error> Errors)> OwnAsync(Guid id, int? version, List<Error> errors, CancellationToken cancellationToken)
        {
            var me = db.Scope.UserId;
            var arrangement = await ArrangementDetails.Visible(db).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
            if (arrangement is null)
            {
                return (null, [Error.NotFound()]);
            }

            if (!await db.NationalAccounts.AnyAsync(n => n.Id == arrangement.NationalAccountId && n.ManagerUserId == me, cancellationToken))
            {
                return (null, [new Error(ErrorKind.Forbidden, "NationalArrangements.NotYourAccount")]);
            }

            if (errors.Count > 0)
            {
                return (null, errors);
            }

            return db.IsCurrentVersion(arrangement, version!.Value) ? (arrangement, []) : (null, [SaveOrConflict.StaleVersion]);
        }

        private async Task<Result<Saved>> SaveAsync(NationalArrangement arrangement, CancellationToken cancellationToken) =>
            await db.SaveOrConflictAsync(cancellationToken) is { } conflict ? conflict : new Saved(arrangement.Id, arrangement.Version);
    }
}
