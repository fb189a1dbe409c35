using Werkbrug.Domain.Referrals;

namespace Werkbrug.Web.Features.Referrals;

/// <summary>Referral (voordracht): the services and the /api/v1/referrals endpoints (<see cref="ReferralEndpoints"/>).</summary>
public static class ReferralsFeature
{
    public static IServiceCollection AddReferrals(this IServiceCollection services)
    {
        services.AddOptions<AftercareOptions>().BindConfiguration(AftercareOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => AftercareSchedule.Parse(o.ContactMoments) is not null, "Werkbrug:Aftercare: ContactMoments must list offsets such as \"2w,6w,3m\" (d, w or m).")
            .ValidateOnStart();
        services.AddScoped<ReferralFollowUp>();
        services.AddScoped<ReferralSteps.Handler>();
        services.AddScoped<ProposeReferral.Handler>();
        services.AddScoped<ReferralList.Handler>();
        services.AddScoped<ReferralDetails.Handler>();
        return services;
    }

    public static void MapReferrals(this RouteGroupBuilder api) => ReferralEndpoints.Map(api);
}
