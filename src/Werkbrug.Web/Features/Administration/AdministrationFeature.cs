namespace Werkbrug.Web.Features.Administration;

/// <summary>Functioneel beheer of a region: service points, organisations, teams and users (Administrator only).</summary>
public static class AdministrationFeature
{
    public static IServiceCollection AddAdministration(this IServiceCollection services)
    {
        services.AddScoped<FormChoices.Handler>();
        services.AddScoped<ServicePoints.List.Handler>();
        services.AddScoped<ServicePoints.Get.Handler>();
        services.AddScoped<ServicePoints.Create.Handler>();
        services.AddScoped<ServicePoints.Update.Handler>();
        services.AddScoped<Organisations.List.Handler>();
        services.AddScoped<Organisations.Get.Handler>();
        services.AddScoped<Organisations.Create.Handler>();
        services.AddScoped<Organisations.Update.Handler>();
        services.AddScoped<Teams.List.Handler>();
        services.AddScoped<Teams.Get.Handler>();
        services.AddScoped<Teams.Create.Handler>();
        services.AddScoped<Teams.Update.Handler>();
        services.AddScoped<Users.List.Handler>();
        services.AddScoped<Users.Get.Handler>();
        services.AddScoped<Users.Create.Handler>();
        services.AddScoped<Users.Update.Handler>();
        services.AddScoped<Users.ResetPassword.Handler>();
        return services;
    }

    public static void MapAdministration(this RouteGroupBuilder api)
    {
        ServicePointEndpoints.Map(api);
        OrganisationEndpoints.Map(api);
        TeamEndpoints.Map(api);
        UserEndpoints.Map(api);
    }
}
