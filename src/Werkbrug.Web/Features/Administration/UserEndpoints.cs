using Microsoft.Extensions.Localization;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Administration;

/// <summary>/api/v1/users: the API twin of the user pages. Never returns password hashes or security stamps.</summary>
public static class UserEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/users").RequireAuthorization(Policies.Administration).WithTags("Administration");

        group.MapGet("/", async ([AsParameters] PageRequest paging, Users.List.Handler handler, HttpRequest request, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                paging.Page(await handler.HandleAsync(ct)).Ok(text, request))
            .WithSummary("The staff accounts of your region with organisation, team and roles.");

        group.MapGet("/{id:guid}", async (Guid id, Users.Get.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(id, ct)).Ok(text))
            .WithSummary("One staff account of your region.");

        group.MapPost("/", async (Users.Create.Command command, Users.Create.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(command, ct)).Created(text, u => $"/api/v1/users/{u.Id}"))
            .WithSummary("Adds a staff account in your region with an initial password and one or more roles.");

        group.MapPut("/{id:guid}", async (Guid id, Users.Update.Command command, Users.Update.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(id, command, ct)).Ok(text))
            .WithSummary("Changes name, organisation, team, roles and active flag; send the concurrencyStamp you read, a newer one gives 409.");

        group.MapPost("/{id:guid}/password", async (Guid id, Users.ResetPassword.Command command, Users.ResetPassword.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(id, command, ct)).Ok(text))
            .WithSummary("Sets a new password for the account (the administrator's reset); ends its sessions and lifts a lockout.");
    }
}
