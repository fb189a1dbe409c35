namespace Werkbrug.Web.Features.Instruments;

/// <summary>Instrumentengids: the region's instrument catalogue, its import and export, and the eligibility check; /api/v1/instruments (<see cref="InstrumentEndpoints"/>).</summary>
public static class InstrumentsFeature
{
    public static IServiceCollection AddInstruments(this IServiceCollection services)
    {
        services.AddScoped<InstrumentCatalogue.Handler>();
        services.AddScoped<SaveInstrument.Handler>();
        services.AddScoped<WatchInstrument.Handler>();
        services.AddScoped<InstrumentTransfer.Handler>();
        services.AddScoped<CheckEligibility.Handler>();
        services.AddScoped<InstrumentMatrix.Handler>();
        services.AddScoped<PublicSupport.Handler>();
        services.AddScoped<ReferralInstruments>();
        return services;
    }

    public static void MapInstruments(this RouteGroupBuilder api) => InstrumentEndpoints.Map(api);
}
