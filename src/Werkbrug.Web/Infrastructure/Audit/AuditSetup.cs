using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Infrastructure.Audit;

public static class AuditSetup
{
    /// <summary>The audit log (Logboek Dataverwerkingen) and the protection of personal data at rest.</summary>
    public static IServiceCollection AddPersonalDataProtection(this IServiceCollection services)
    {
        services.AddSingleton<RegionSecrets>();
        services.AddSingleton<PersonalDataVault>();
        services.AddScoped<DatabaseAuditLogStore>();
        services.AddScoped<IAuditLogStore>(sp => sp.GetRequiredService<DatabaseAuditLogStore>());
        services.AddSingleton<AuditWriter>();
        services.AddScoped<PersonalDataAudit>();
        services.AddScoped<AuditChainVerifier>();
        return services;
    }
}
