using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Administration;

public static partial class Users
{
    /// <summary>
    /// Changes name, organisation, team, roles and the active flag. The account's ConcurrencyStamp is the
    /// version: a stamp other than the stored one refuses the change. Administrators cannot lock themselves out.
    /// </summary>
    public static class Update
    {
        public sealed class Command : Fields
        {
            [Required]
            public bool? IsActive { get; init; }

            /// <summary>The stamp the user saw; a newer stored stamp refuses the update.</summary>
            [Required]
            public string? ConcurrencyStamp { get; init; }

            public static Command From(Item item) => new()
            {
                DisplayName = item.DisplayName,
                OrganisationId = item.OrganisationId,
                TeamId = item.TeamId,
                Roles = item.Roles,
                IsActive = item.IsActive,
                ConcurrencyStamp = item.ConcurrencyStamp,
            };
        }

        public sealed class Handler(WerkbrugDb db, UserManager<WerkbrugUser> users)
        {
            public async Task<Result<Item>> HandleAsync(Guid id, Command command, CancellationToken cancellationToken)
            {
                var user = await db.Users.FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
                if (user is null)
                {
                    return Error.NotFound();
                }

                var errors = InputValidator.Validate(command);
                if (errors.Count > 0)
                {
                    return Result<Item>.Failure(errors);
                }

                if (user.ConcurrencyStamp != command.ConcurrencyStamp)
                {
                    return SaveOrConflict.StaleVersion;
                }

                var wanted = RolesOf(command);
                errors.AddRange(await CheckFieldsAsync(db, command, cancellationToken));
                if (user.Id == db.Scope.UserId)
                {
                    if (command.IsActive == false)
                    {
                        errors.Add(Error.Validation(nameof(Command.IsActive), "Administration.CannotDeactivateSelf"));
                    }

                    if (!wanted.Contains(Roles.Administrator))
                    {
                        errors.Add(Error.Validation(nameof(Command.Roles), "Administration.CannotDropOwnAdministrator"));
                    }
                }

                if (errors.Count > 0)
                {
                    return Result<Item>.Failure(errors);
                }

                var current = await users.GetRolesAsync(user);
                var signOut = (user.IsActive && command.IsActive == false) || !current.ToHashSet().SetEquals(wanted);
                user.DisplayName = command.DisplayName!.Trim();
                user.OrganisationId = command.OrganisationId!.Value;
                user.TeamId = command.TeamId;
                user.IsActive = command.IsActive!.Value;

                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var result = await users.UpdateAsync(user);
                if (result.Succeeded && current.Except(wanted).ToList() is { Count: > 0 } removed)
                {
                    result = await users.RemoveFromRolesAsync(user, removed);
                }

                if (result.Succeeded && wanted.Except(current).ToList() is { Count: > 0 } added)
                {
                    result = await users.AddToRolesAsync(user, added);
                }

                if (result.Succeeded && signOut)
                {
                    // Ends the account's sessions at their next check; tokens re-read roles and the active flag on every request.
                    result = await users.UpdateSecurityStampAsync(user);
                }

                if (!result.Succeeded)
                {
                    return Result<Item>.Failure(ToErrors(result).ToList());
                }

                await transaction.CommitAsync(cancellationToken);
                return (await db.ToItemsAsync(db.Users.Where(u => u.Id == id), cancellationToken))[0];
            }
        }
    }
}
