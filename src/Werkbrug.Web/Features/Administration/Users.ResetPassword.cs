using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Administration;

public static partial class Users
{
    /// <summary>The administrator sets a new password for an account (and lifts a lockout).</summary>
    public static class ResetPassword
    {
        public sealed class Command
        {
            [Required]
            [StringLength(200)]
            public string? Password { get; init; }
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

                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                var token = await users.GeneratePasswordResetTokenAsync(user);
                var result = await users.ResetPasswordAsync(user, token, command.Password!);
                if (result.Succeeded && await users.IsLockedOutAsync(user))
                {
                    result = await users.SetLockoutEndDateAsync(user, null);
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
