namespace Werkbrug.Web.Features.Employers;

/// <summary>The employer CRM and contact log: its handlers and its /api/v1 endpoints.</summary>
public static class EmployersFeature
{
    public static IServiceCollection AddEmployers(this IServiceCollection services)
    {
        services.AddOptions<EmployerOptions>().BindConfiguration(EmployerOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<EmployerChoices>();
        services.AddScoped<EmployerList.Handler>();
        services.AddScoped<EmployerDetails.Handler>();
        services.AddScoped<RegisterEmployer.Handler>();
        services.AddScoped<EditEmployer.Handler>();
        services.AddScoped<SaveContactPerson.Handler>();
        services.AddScoped<AddLocation.Handler>();
        services.AddScoped<HandOverAccount.Handler>();
        services.AddScoped<RegisterInterest.Handler>();
        services.AddScoped<ContactTimeline.Handler>();
        services.AddScoped<ContactWarningCheck.Handler>();
        services.AddScoped<LogContactMoment.Handler>();
        services.AddScoped<CompleteFollowUp.Handler>();
        services.AddScoped<ImportEmployers.Handler>();
        services.AddScoped<ImportContactHistory.Handler>();
        return services;
    }

    public static void MapEmployers(this RouteGroupBuilder api)
    {
        EmployerEndpoints.Map(api.MapGroup("/employers").WithTags("Employers"));
        ContactMomentEndpoints.Map(api.MapGroup("/contact-moments").WithTags("Contact moments"));
    }
}
