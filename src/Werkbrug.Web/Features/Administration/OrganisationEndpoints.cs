using Microsoft.Extensions.Localization;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Administration;

/// <summary>/api/v1/organisations: the API twin of the organisation pages.</summary>
public static class OrganisationEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/organisations").RequireAuthorization(Policies.Administration).WithTags("Administration");

        group.MapGet("/", async ([AsParameters] PageRequest paging, Organisations.List.Handler handler, HttpRequest request, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                paging.Page(await handler.HandleAsync(ct)).Ok(text, request))
            .WithSummary("The partner organisations of your region.");

        group.MapGet("/{id:guid}", async (Guid id, Organisations.Get.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(id, ct)).Ok(text))
            .WithSummary("One partner organisation of your region.");

        group.MapPost("/", async (Organisations.Create.Command command, Organisations.Create.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(command, ct)).Created(text, o => $"/api/v1/organisations/{o.Id}"))
            .WithSummary("Adds a partner organisation; a municipality names its gemeente in your region.");

        group.MapPut("/{id:guid}", async (Guid id, Organisations.Update.Command command, Organisations.Update.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(id, command, ct)).Ok(text))
            .WithSummary("Changes a partner organisation; send the version you read, a newer stored version gives 409.");
    }
}
