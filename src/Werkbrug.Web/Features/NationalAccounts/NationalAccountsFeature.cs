namespace Werkbrug.Web.Features.NationalAccounts;

/// <summary>
/// Landelijke accounts: the national account manager's accounts across regions (ADR 0034) and the national arrangements
/// with the regions; /api/v1/national-accounts and /api/v1/national-arrangements (<see cref="NationalAccountEndpoints"/>).
/// </summary>
public static class NationalAccountsFeature
{
    public static IServiceCollection AddNationalAccounts(this IServiceCollection services)
    {
        services.AddScoped<NationalAccountList.Handler>();
        services.AddScoped<AccountDetails.Handler>();
        services.AddScoped<ArrangementDetails.Handler>();
        services.AddScoped<SaveArrangement.Handler>();
        services.AddScoped<ArrangementSteps.Handler>();
        services.AddScoped<RemindSilentRegions>();
        services.AddHostedService<ArrangementReminderJob>();
        return services;
    }

    public static void MapNationalAccounts(this RouteGroupBuilder api) => NationalAccountEndpoints.Map(api);
}
