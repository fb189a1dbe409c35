using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Administration;

/// <summary>
/// The region's staff accounts: list, read, create, update (name, organisation, team, roles, active) and a
/// password reset by the administrator. Accounts, roles and passwords go through Identity's UserManager;
/// the read side goes through the region-filtered <c>WerkbrugDb.Users</c>, so other regions stay invisible.
/// </summary>
public static partial class Users
{
    /// <summary>What the API and pages show of an account: never a password hash or security stamp.</summary>
    public sealed record Item(
        Guid Id, string DisplayName, string Email, Guid OrganisationId, string OrganisationName, Guid? TeamId, string? TeamName,
        IReadOnlyList<string> Roles, bool IsActive, string ConcurrencyStamp);

    /// <summary>The input of both create and update.</summary>
    public abstract class Fields
    {
        [Required]
        [StringLength(UserLimits.DisplayName)]
        public string? DisplayName { get; init; }

        [Required]
        public Guid? OrganisationId { get; init; }

        public Guid? TeamId { get; init; }

        /// <summary>One or more of <see cref="Domain.Organisations.Roles.All"/>.</summary>
        /// <remarks>Null by default: form binding cannot fill a read-only default collection.</remarks>
        public IReadOnlyList<string>? Roles { get; init; }
    }

    public static class List
    {
        public sealed class Handler(WerkbrugDb db)
        {
            public async Task<IReadOnlyList<Item>> HandleAsync(CancellationToken cancellationToken) =>
                await db.ToItemsAsync(db.Users.AsNoTracking(), cancellationToken);
        }
    }

    public static class Get
    {
        public sealed class Handler(WerkbrugDb db)
        {
            public async Task<Result<Item>> HandleAsync(Guid id, CancellationToken cancellationToken) =>
                await db.ToItemsAsync(db.Users.AsNoTracking().Where(u => u.Id == id), cancellationToken) is [var item] ? item : Error.NotFound();
        }
    }

    internal static async Task<List<Item>> ToItemsAsync(this WerkbrugDb db, IQueryable<WerkbrugUser> users, CancellationToken cancellationToken)
    {
        var rows = await (
            from u in users
            join o in db.Organisations on u.OrganisationId equals o.Id
            from t in db.Teams.Where(t => t.Id == u.TeamId).DefaultIfEmpty()
            orderby u.DisplayName
            select new { u.Id, u.DisplayName, u.Email, u.OrganisationId, OrganisationName = o.Name, u.TeamId, TeamName = t == null ? null : t.Name, u.IsActive, u.ConcurrencyStamp })
            .ToListAsync(cancellationToken);
        var roles = (await (
                from ur in db.UserRoles
                join u in users on ur.UserId equals u.Id
                join r in db.Roles on ur.RoleId equals r.Id
                select new { ur.UserId, r.Name })
                .ToListAsync(cancellationToken))
            .ToLookup(r => r.UserId, r => r.Name!);
        return rows.Select(r => new Item(
                r.Id, r.DisplayName, r.Email ?? string.Empty, r.OrganisationId, r.OrganisationName, r.TeamId, r.TeamName,
                Roles.All.Where(roles[r.Id].Contains).ToList(), r.IsActive, r.ConcurrencyStamp ?? string.Empty))
            .ToList();
    }

    /// <summary>Organisation and team of the region, and known roles (at least one).</summary>
    internal static async Task<List<Error>> CheckFieldsAsync(WerkbrugDb db, Fields input, CancellationToken cancellationToken)
    {
        var errors = new List<Error>();
        if (!await db.Organisations.AnyAsync(o => o.Id == input.OrganisationId, cancellationToken))
        {
            errors.Add(Error.Validation(nameof(Fields.OrganisationId), "Administration.NotInRegion"));
        }

        if (input.TeamId is { } teamId && !await db.Teams.AnyAsync(t => t.Id == teamId, cancellationToken))
        {
            errors.Add(Error.Validation(nameof(Fields.TeamId), "Administration.NotInRegion"));
        }

        var roles = RolesOf(input);
        if (roles.Count == 0)
        {
            errors.Add(Error.Validation(nameof(Fields.Roles), "Administration.RoleRequired"));
        }

        errors.AddRange(roles.Where(r => !Roles.IsKnown(r)).Take(3)
            .Select(r => Error.Validation(nameof(Fields.Roles), "Administration.UnknownRole", r.Length > 50 ? r[..50] : r)));
        return errors;
    }

    internal static List<string> RolesOf(Fields input) =>
        (input.Roles ?? []).Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r.Trim()).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Identity's messages (duplicate e-mail, weak password, ...) as field errors on Email or Password.</summary>
    internal static IEnumerable<Error> ToErrors(IdentityResult result) =>
        result.Errors
            .DistinctBy(e => e.Description)
            .Select(e => e.Code switch
            {
                nameof(IdentityErrorDescriber.ConcurrencyFailure) => SaveOrConflict.StaleVersion,
                _ when e.Code.StartsWith("Password", StringComparison.Ordinal) => Error.Validation("Password", "Administration.Identity", e.Description),
                _ when e.Code.Contains("Email", StringComparison.Ordinal) || e.Code.Contains("UserName", StringComparison.Ordinal) =>
                    Error.Validation("Email", "Administration.Identity", e.Description),
                _ => new Error(ErrorKind.Validation, "Administration.Identity", null, e.Description),
            })
            .OrderBy(e => e.Kind == ErrorKind.Conflict ? 0 : 1);
}
