using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Werkbrug.Domain.Common;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Administration;

public static partial class Users
{
    /// <summary>A new account in the administrator's region, with an initial password and one or more roles.</summary>
    public static class Create
    {
        public sealed class Command : Fields
        {
            [Required]
            [EmailAddress]
            [StringLength(254)]
            public string? Email { get; init; }

            /// <summary>The initial password; Identity's rules apply (length, digit, upper and lower case).</summary>
            [Required]
            [StringLength(200)]
            public string? Password { get; init; }
        }

        public sealed class Handler(WerkbrugDb db, UserManager<WerkbrugUser> users)
        {
            public async Task<Result<Item>> HandleAsync(Command command, CancellationToken cancellationToken)
            {
                var errors = InputValidator.Validate(command);
                if (errors.Count > 0)
                {
                    return Result<Item>.Failure(errors);
                }

                var email = command.Email!.Trim();
                var user = new WerkbrugUser
                {
                    UserName = email,
                    Email = email,
                    EmailConfirmed = true,
                    DisplayName = command.DisplayName!.Trim(),
                    RegionCode = db.RegionCode(),
                    OrganisationId = command.OrganisationId!.Value,
                    TeamId = command.TeamId,
                };

                // Our rules and Identity's (unique e-mail, password strength) together, so the form shows every problem at once.
                errors.AddRange(await CheckFieldsAsync(db, command, cancellationToken));
                foreach (var validator in users.UserValidators)
                {
                    errors.AddRange(ToErrors(await validator.ValidateAsync(users, user)));
                }

                foreach (var validator in users.PasswordValidators)
                {
                    errors.AddRange(ToErrors(await validator.ValidateAsync(users, user, command.Password)));
                }

                if (errors.Count > 0)
                {
                    return Result<Item>.Failure(errors);
                }

                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var created = await users.CreateAsync(user, command.Password!);
                if (created.Succeeded)
                {
                    created = await users.AddToRolesAsync(user, RolesOf(command));
                }

                if (!created.Succeeded)
                {
                    return Result<Item>.Failure(ToErrors(created).ToList());
                }

                await transaction.CommitAsync(cancellationToken);
                return (await db.ToItemsAsync(db.Users.Where(u => u.Id == user.Id), cancellationToken))[0];
            }
        }
    }
}
