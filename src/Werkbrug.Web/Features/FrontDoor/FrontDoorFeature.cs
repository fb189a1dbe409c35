namespace Werkbrug.Web.Features.FrontDoor;

/// <summary>The public front door for employers: report a vacancy, ask a question, look up a request's status (pages only).</summary>
public static class FrontDoorFeature
{
    public static IServiceCollection AddFrontDoor(this IServiceCollection services)
    {
        services.AddScoped<FrontDoorSettings>();
        services.AddScoped<ServicePointDirectory>();
        services.AddScoped<SubmitIntakeRequest.Handler>();
        services.AddScoped<LookUpIntakeStatus.Handler>();
        return services;
    }
}
