namespace Werkbrug.Web.Features.Home;

/// <summary>The start page after signing in (its API twin, /api/v1/me, is the account's).</summary>
public static class HomeFeature
{
    public static IServiceCollection AddHome(this IServiceCollection services) => services.AddScoped<StartPage.Handler>();
}
