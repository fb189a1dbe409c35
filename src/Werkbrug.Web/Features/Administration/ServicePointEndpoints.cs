using Microsoft.Extensions.Localization;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Administration;

/// <summary>/api/v1/service-points: the API twin of the service point pages.</summary>
public static class ServicePointEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/service-points").RequireAuthorization(Policies.Administration).WithTags("Administration");

        group.MapGet("/", async ([AsParameters] PageRequest paging, ServicePoints.List.Handler handler, HttpRequest request, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                paging.Page(await handler.HandleAsync(ct)).Ok(text, request))
            .WithSummary("The service points of your region.");

        group.MapGet("/{id:guid}", async (Guid id, ServicePoints.Get.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(id, ct)).Ok(text))
            .WithSummary("One service point of your region.");

        group.MapPost("/", async (ServicePoints.Create.Command command, ServicePoints.Create.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(command, ct)).Created(text, s => $"/api/v1/service-points/{s.Id}"))
            .WithSummary("Adds a service point to your region (at most one regional one).");

        group.MapPut("/{id:guid}", async (Guid id, ServicePoints.Update.Command command, ServicePoints.Update.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(id, command, ct)).Ok(text))
            .WithSummary("Changes a service point; send the version you read, a newer stored version gives 409.");
    }
}
