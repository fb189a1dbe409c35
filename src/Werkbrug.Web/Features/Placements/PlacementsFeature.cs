namespace Werkbrug.Web.Features.Placements;

/// <summary>Placements, their aftercare plan and durability: the services and the /api/v1/placements endpoints (<see cref="PlacementEndpoints"/>).</summary>
public static class PlacementsFeature
{
    public static IServiceCollection AddPlacements(this IServiceCollection services)
    {
        services.AddScoped<PlacementList.Handler>();
        services.AddScoped<PlacementDetails.Handler>();
        services.AddScoped<UpdatePlacement.Handler>();
        services.AddScoped<PlacementInstruments.Handler>();
        services.AddScoped<DurabilityRecorder>();
        services.AddScoped<RecordDurability.Handler>();
        services.AddScoped<DurabilityFigures.Handler>();
        services.AddScoped<ImportDurability.Handler>();
        services.AddScoped<PlacementChoices>();
        return services;
    }

    public static void MapPlacements(this RouteGroupBuilder api) => PlacementEndpoints.Map(api);
}
