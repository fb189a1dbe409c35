namespace Werkbrug.Web.Features.Indicators;

/// <summary>Kengetallen: indicators computed from the work itself, their definitions, the dashboard, the yearly evaluation and /api/v1/indicators (<see cref="IndicatorEndpoints"/>).</summary>
public static class IndicatorsFeature
{
    public static IServiceCollection AddIndicators(this IServiceCollection services)
    {
        services.AddOptions<IndicatorOptions>().BindConfiguration(IndicatorOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<IndicatorQueries>();
        services.AddScoped<PoolQueries>();
        services.AddScoped<WritePoolSnapshots>();
        services.AddHostedService<PoolSnapshotJob>();
        services.AddScoped<IndicatorFigures.Handler>();
        services.AddScoped<Evaluation.Handler>();
        services.AddScoped<IndicatorExport.Handler>();
        return services;
    }

    public static void MapIndicators(this RouteGroupBuilder api) => IndicatorEndpoints.Map(api);
}
