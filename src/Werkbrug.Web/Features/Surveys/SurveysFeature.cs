using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Werkbrug.Web.Features.Surveys;

/// <summary>Enquêtes: questionnaires with routing and versions, personal links by e-mail, the public response page, weighted results; /api/v1/surveys.</summary>
public static class SurveysFeature
{
    public static IServiceCollection AddSurveys(this IServiceCollection services)
    {
        services.AddScoped<SurveyCatalogue.Handler>();
        services.AddScoped<SaveSurvey.Handler>();
        services.AddScoped<SurveyInvitations>();
        services.AddScoped<SendInvitations.Handler>();
        services.AddScoped<PublicSurvey>();
        services.AddScoped<SurveyResults.Handler>();
        services.AddScoped<SatisfactionScore.Handler>();
        services.AddScoped<SurveyMonitor.Handler>();
        services.AddScoped<SurveyExport.Handler>();
        services.AddScoped<OpenAnswers.Handler>();
        services.AddScoped<SharedResponses.Handler>();
        services.AddScoped<Population.Handler>();
        services.AddSingleton<IInterceptor, SurveyTriggers>();
        return services;
    }

    public static void MapSurveys(this RouteGroupBuilder api) => SurveyEndpoints.Map(api);
}
