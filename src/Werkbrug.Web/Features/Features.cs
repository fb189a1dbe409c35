using Werkbrug.Web.Features.Account;
using Werkbrug.Web.Features.Employers;
using Werkbrug.Web.Features.Home;
using Werkbrug.Web.Features.Shared;

namespace Werkbrug.Web.Features;

/// <summary>Registers every feature's handlers and maps every feature's endpoints. One line per feature.</summary>
public static class Features
{
    public static IServiceCollection AddWerkbrugFeatures(this IServiceCollection services)
    {
        services.AddScoped<Navigation>();
        services.AddScoped<StartPage.Handler>();
        services.AddEmployers();
        return services;
    }

    public static IEndpointRouteBuilder MapWerkbrugFeatures(this IEndpointRouteBuilder app)
    {
        AccountEndpoints.Map(app);
        var api = app.MapGroup("/api/v1");
        MeEndpoint.Map(api);
        EmployerEndpoints.Map(api);
        return app;
    }
}
