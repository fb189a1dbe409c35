namespace Werkbrug.Web.Features.JobSeekers;

/// <summary>
/// The job-seeker pool, matching profiles, consents, erasure, freshness and the audit log: the one entry point
/// (handler, options and hosted-service registrations, and the /api/v1 endpoint groups).
/// </summary>
public static class JobSeekersFeature
{
    public static IServiceCollection AddJobSeekers(this IServiceCollection services)
    {
        services.AddScoped<JobSeekerAccess>();
        services.AddScoped<JobSeekerChoices>();
        services.AddScoped<JobSeekerList.Handler>();
        services.AddScoped<RegionalPool.Handler>();
        services.AddScoped<JobSeekerDetails.Handler>();
        services.AddScoped<JobSeekerReferrals.Handler>();
        services.AddScoped<PossibleDuplicates.Handler>();
        services.AddScoped<FindByBsn.Handler>();
        services.AddScoped<SaveJobSeeker.Handler>();
        services.AddScoped<AuditLogQuery.Handler>();
        services.AddOptions<FreshnessOptions>().BindConfiguration(FreshnessOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.Thresholds.IsValid, "Werkbrug:Freshness: ContactDueSoonDays must be below ContactStaleDays.")
            .ValidateOnStart();
        services.AddScoped<ClientInView.Handler>();
        services.AddScoped<FreshnessOverview.Handler>();
        services.AddScoped<RecordContact.Handler>();
        services.AddScoped<ConsentList.Handler>();
        services.AddScoped<RecordConsent.Handler>();
        services.AddScoped<WithdrawConsent.Handler>();
        services.AddScoped<ProfileEraser>();
        services.AddScoped<EraseJobSeeker.Handler>();
        services.AddScoped<EraseExpiredProfiles>();
        services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddHostedService<RetentionJob>();
        services.AddScoped<ImportJobSeekers.Handler>();
        services.AddScoped<VumProfiles.ExportHandler>();
        return services;
    }

    public static void MapJobSeekers(this RouteGroupBuilder api)
    {
        JobSeekerEndpoints.Map(api);
        FreshnessEndpoints.Map(api);
        PrivacyEndpoints.Map(api);
    }
}
