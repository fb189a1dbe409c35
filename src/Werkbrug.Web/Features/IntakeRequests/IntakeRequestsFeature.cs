namespace Werkbrug.Web.Features.IntakeRequests;

/// <summary>The staff side of the front door: its handlers and the /api/v1/intake-requests endpoints.</summary>
public static class IntakeRequestsFeature
{
    public static IServiceCollection AddIntakeRequests(this IServiceCollection services)
    {
        services.AddScoped<IntakeRequestSteps>();
        services.AddScoped<IntakeRequestChoices>();
        services.AddScoped<IntakeRequestList.Handler>();
        services.AddScoped<IntakeRequestDetails.Handler>();
        services.AddScoped<PickUpIntakeRequest.Handler>();
        services.AddScoped<AssignIntakeRequest.Handler>();
        services.AddScoped<AnswerIntakeRequest.Handler>();
        services.AddScoped<CloseIntakeRequest.Handler>();
        services.AddScoped<ReopenIntakeRequest.Handler>();
        services.AddScoped<OverdueIntakeRequests.Handler>();
        services.AddScoped<RegisterEmployerFromRequest.Handler>();
        return services;
    }

    public static void MapIntakeRequests(this RouteGroupBuilder api) =>
        IntakeRequestEndpoints.Map(api.MapGroup("/intake-requests").WithTags("Intake requests"));
}
