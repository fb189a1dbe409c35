using Microsoft.Extensions.Localization;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Administration;

/// <summary>/api/v1/teams: the API twin of the team pages.</summary>
public static class TeamEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/teams").RequireAuthorization(Policies.Administration).WithTags("Administration");

        group.MapGet("/", async ([AsParameters] PageRequest paging, Teams.List.Handler handler, HttpRequest request, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                paging.Page(await handler.HandleAsync(ct)).Ok(text, request))
            .WithSummary("The teams of your region with their focus and members.");

        group.MapGet("/{id:guid}", async (Guid id, Teams.Get.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(id, ct)).Ok(text))
            .WithSummary("One team of your region.");

        group.MapPost("/", async (Teams.Create.Command command, Teams.Create.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(command, ct)).Created(text, t => $"/api/v1/teams/{t.Id}"))
            .WithSummary("Adds a team: geographic (focus: municipalities of your region) or sector (focus: SBI section letters).");

        group.MapPut("/{id:guid}", async (Guid id, Teams.Update.Command command, Teams.Update.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(id, command, ct)).Ok(text))
            .WithSummary("Changes a team; send the version you read, a newer stored version gives 409.");
    }
}
