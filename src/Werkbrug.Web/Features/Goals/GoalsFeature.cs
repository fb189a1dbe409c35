namespace Werkbrug.Web.Features.Goals;

/// <summary>Doelen: the region's yearly plans with goals (and their progress), activities and history; /api/v1/plans (<see cref="PlanEndpoints"/>).</summary>
public static class GoalsFeature
{
    public static IServiceCollection AddGoals(this IServiceCollection services)
    {
        services.AddScoped<PlanDetails.Handler>();
        services.AddScoped<GoalsWithProgress.Handler>();
        services.AddScoped<SavePlan.Handler>();
        services.AddScoped<SaveGoal.Handler>();
        services.AddScoped<SaveActivity.Handler>();
        return services;
    }

    public static void MapGoals(this RouteGroupBuilder api) => PlanEndpoints.Map(api);
}
