using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Employers;

/// <summary>
/// Assigns the fixed account manager of an employer, or hands the employer over to another one. Allowed to a
/// manager, an administrator and the current account manager. Every change is kept in the handover history.
/// </summary>
public static class HandOverAccount
{
    public sealed record Command
    {
        [Required]
        public Guid? UserId { get; init; }

        /// <summary>The team the account manager serves the employer from; defaults to the user's own team.</summary>
        public Guid? TeamId { get; init; }

        [StringLength(EmployerLimits.HandoverReason)]
        public string? Reason { get; init; }

        /// <summary>The employer's version the user saw; optional.</summary>
        public int? Version { get; init; }
    }

    public sealed record Candidate(Guid UserId, string Name, string OrganisationName, Guid? TeamId);

    public sealed record Form(string TradeName, Guid? CurrentUserId, Guid? CurrentTeamId, int Version, IReadOnlyList<Candidate> Candidates, IReadOnlyList<KeyValuePair<string, string>> Teams);

    /// <summary>Roles a fixed account manager holds.</summary>
    public static IReadOnlyList<string> AccountManagerRoles { get; } = [Roles.AccountManager, Roles.NationalAccountManager];

    public sealed class Handler(WerkbrugDb db, TimeProvider clock)
    {
        /// <summary>What the handover form needs: the account managers of the region and its teams.</summary>
        public async Task<Result<Form>> FormAsync(Guid employerId, CancellationToken cancellationToken)
        {
            var employer = await db.Employers.AsNoTracking().AsSplitQuery().FirstOrDefaultAsync(e => e.Id == employerId, cancellationToken);
            if (employer is null)
            {
                return Error.NotFound();
            }

            if (!MayHandOver(employer.AccountManagerUserId))
            {
                return new Error(ErrorKind.Forbidden, "Employer.HandoverNotAllowed");
            }

            var candidates = await Candidates()
                .Join(db.Organisations, u => u.OrganisationId, o => o.Id, (u, o) => new { u.Id, u.DisplayName, Organisation = o.Name, u.TeamId })
                .OrderBy(u => u.DisplayName)
                .Select(u => new Candidate(u.Id, u.DisplayName, u.Organisation, u.TeamId))
                .ToListAsync(cancellationToken);
            var teams = await db.Teams.OrderBy(t => t.Name).Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken);
            return new Form(employer.TradeName, employer.AccountManagerUserId, employer.AccountManagerTeamId, employer.Version,
                candidates, teams.Select(t => KeyValuePair.Create(t.Id.ToString(), t.Name)).ToList());
        }

        public async Task<Result<int>> HandleAsync(Guid employerId, Command command, CancellationToken cancellationToken)
        {
            var employer = await db.Employers.AsSplitQuery().FirstOrDefaultAsync(e => e.Id == employerId, cancellationToken);
            if (employer is null)
            {
                return Error.NotFound();
            }

            if (!MayHandOver(employer.AccountManagerUserId))
            {
                return new Error(ErrorKind.Forbidden, "Employer.HandoverNotAllowed");
            }

            var errors = InputValidator.Validate(command);
            var user = command.UserId is { } userId
                ? await Candidates().Where(u => u.Id == userId).Select(u => new { u.Id, u.TeamId }).FirstOrDefaultAsync(cancellationToken)
                : null;
            if (command.UserId is not null && user is null)
            {
                errors.Add(Error.Validation(nameof(Command.UserId), "Employer.NotAnAccountManager"));
            }

            if (command.TeamId is { } teamId && !await db.Teams.AnyAsync(t => t.Id == teamId, cancellationToken))
            {
                errors.Add(Error.Validation(nameof(Command.TeamId), "Employer.UnknownTeam"));
            }

            if (errors.Count > 0)
            {
                return Result<int>.Failure(errors);
            }

            if (command.Version is { } version && !db.IsCurrentVersion(employer, version))
            {
                return SaveOrConflict.StaleVersion;
            }

            var now = clock.GetUtcNow().UtcDateTime;
            if (!employer.HandOver(user!.Id, command.TeamId ?? user.TeamId, now, db.Scope.UserId!.Value, command.Reason))
            {
                return Error.Validation(nameof(Command.UserId), "Employer.AlreadyAccountManager");
            }

            employer.UpdatedAtUtc = now;
            return await db.SaveOrConflictAsync(cancellationToken) is { } conflict ? conflict : employer.Version;
        }

        private bool MayHandOver(Guid? currentAccountManager) =>
            db.Scope.IsInRole(Roles.Manager) || db.Scope.IsInRole(Roles.Administrator)
            || (currentAccountManager is not null && currentAccountManager == db.Scope.UserId);

        /// <summary>Active users of the region who hold an account-manager role.</summary>
        private IQueryable<WerkbrugUser> Candidates()
        {
            var roleIds = db.Roles.Where(r => AccountManagerRoles.Contains(r.Name!)).Select(r => r.Id);
            return db.Users.Where(u => u.IsActive && db.UserRoles.Any(ur => ur.UserId == u.Id && roleIds.Contains(ur.RoleId)));
        }
    }
}
