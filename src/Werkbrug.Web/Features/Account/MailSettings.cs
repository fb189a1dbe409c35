using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Werkbrug.Domain.Common;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Account;

/// <summary>The signed-in user's own e-mail settings: the daily digest of what is waiting for them (off by default).</summary>
public static class MailSettings
{
    public sealed record Settings(bool DailyDigest);

    public sealed record Command
    {
        [Required]
        public bool? DailyDigest { get; init; }
    }

    public sealed class Handler(UserManager<WerkbrugUser> users, AccessScope scope)
    {
        public async Task<Result<Settings>> GetAsync() =>
            await users.FindCurrentAsync(scope) is { } user ? new Settings(user.DailyDigest) : Error.NotFound();

        public async Task<Result<Settings>> SetAsync(Command command)
        {
            var errors = InputValidator.Validate(command);
            if (errors.Count > 0)
            {
                return Result<Settings>.Failure(errors);
            }

            if (await users.FindCurrentAsync(scope) is not { } user)
            {
                return Error.NotFound();
            }

            user.DailyDigest = command.DailyDigest!.Value;
            var result = await users.UpdateAsync(user);
            return result.Succeeded ? new Settings(user.DailyDigest) : throw new InvalidOperationException("The user could not be saved: " + string.Join("; ", result.Errors.Select(e => e.Code)));
        }
    }

    public static void Map(RouteGroupBuilder api)
    {
        var settings = api.MapGroup("/me/mail-settings").RequireAuthorization(Policies.Staff).WithTags("Account");
        settings.MapGet("/", async (Handler handler, Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> text) => (await handler.GetAsync()).Ok(text))
            .WithSummary("Your e-mail settings: dailyDigest (a morning mail with the counts of what is waiting for you; off by default).");
        settings.MapPut("/", async (Command command, Handler handler, Microsoft.Extensions.Localization.IStringLocalizer<SharedResource> text) => (await handler.SetAsync(command)).Ok(text))
            .WithSummary("Turns your daily digest on or off (dailyDigest: true|false).");
    }
}
