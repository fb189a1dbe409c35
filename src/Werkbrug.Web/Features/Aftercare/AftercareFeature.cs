namespace Werkbrug.Web.Features.Aftercare;

/// <summary>Aftercare tasks and worklists ("Mijn taken", "Nazorg te laat"): the services and the endpoints (<see cref="AftercareEndpoints"/>).</summary>
public static class AftercareFeature
{
    public static IServiceCollection AddAftercare(this IServiceCollection services)
    {
        services.AddScoped<MyTasks.Handler>();
        services.AddScoped<AftercareTaskDetails.Handler>();
        services.AddScoped<CompleteTask.Handler>();
        services.AddScoped<RescheduleTask.Handler>();
        services.AddScoped<AddContactMoment.Handler>();
        services.AddScoped<OverdueAftercare.Handler>();
        services.AddScoped<AftercareChoices>();
        return services;
    }

    public static void MapAftercare(this RouteGroupBuilder api) => AftercareEndpoints.Map(api);
}
