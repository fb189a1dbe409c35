using Werkbrug.Web.Features.Account;
using Werkbrug.Web.Features.Administration;
using Werkbrug.Web.Features.Aftercare;
using Werkbrug.Web.Features.ApiDocs;
using Werkbrug.Web.Features.EmployerLinks;
using Werkbrug.Web.Features.Employers;
using Werkbrug.Web.Features.Exchange;
using Werkbrug.Web.Features.FrontDoor;
using Werkbrug.Web.Features.Goals;
using Werkbrug.Web.Features.Home;
using Werkbrug.Web.Features.Indicators;
using Werkbrug.Web.Features.Instruments;
using Werkbrug.Web.Features.IntakeRequests;
using Werkbrug.Web.Features.JobSeekers;
using Werkbrug.Web.Features.LabourMarket;
using Werkbrug.Web.Features.Mail;
using Werkbrug.Web.Features.Matching;
using Werkbrug.Web.Features.NationalAccounts;
using Werkbrug.Web.Features.Notifications;
using Werkbrug.Web.Features.Placements;
using Werkbrug.Web.Features.PublishedVacancies;
using Werkbrug.Web.Features.Referrals;
using Werkbrug.Web.Features.Shared;
using Werkbrug.Web.Features.Surveys;
using Werkbrug.Web.Features.Tokens;
using Werkbrug.Web.Features.Vacancies;
using Werkbrug.Web.Features.VacancyOffers;
using Werkbrug.Web.Infrastructure;
using Werkbrug.Web.Infrastructure.Api;

namespace Werkbrug.Web.Features;

/// <summary>Registers every feature's handlers and maps every feature's endpoints. One line per feature.</summary>
public static class Features
{
    public static IServiceCollection AddWerkbrugFeatures(this IServiceCollection services)
    {
        services.AddScoped<Navigation>();
        services.AddHome();
        services.AddApiDocs();
        services.AddAdministration();
        services.AddAccount();
        services.AddTokens();
        services.AddEmployers();
        services.AddFrontDoor();
        services.AddIntakeRequests();
        services.AddVacancies();
        services.AddPublishedVacancies();
        services.AddVacancyOffers();
        services.AddNotifications();
        services.AddJobSeekers();
        services.AddMatching();
        services.AddReferrals();
        services.AddEmployerLinks();
        services.AddAftercare();
        services.AddPlacements();
        services.AddIndicators();
        services.AddGoals();
        services.AddLabourMarket();
        services.AddInstruments();
        services.AddMail();
        services.AddSurveys();
        services.AddNationalAccounts();
        services.AddExchange();
        return services;
    }

    public static IEndpointRouteBuilder MapWerkbrugFeatures(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup(ApiConventions.Prefix).RequireRateLimiting(RateLimits.Api);
        api.MapAdministration();
        api.MapAccount(app);
        api.MapHome();
        api.MapTokens();
        api.MapEmployers();
        api.MapIntakeRequests();
        api.MapVacancies();
        api.MapExchange();
        api.MapPublishedVacancies();
        api.MapVacancyOffers();
        api.MapNotifications();
        api.MapJobSeekers();
        api.MapMatching();
        api.MapReferrals();
        api.MapEmployerLinks();
        api.MapAftercare();
        api.MapPlacements();
        api.MapIndicators();
        api.MapGoals();
        api.MapLabourMarket();
        api.MapInstruments();
        api.MapMail();
        api.MapSurveys();
        api.MapNationalAccounts();
        return app;
    }
}
