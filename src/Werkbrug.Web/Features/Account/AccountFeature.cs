using Microsoft.AspNetCore.Identity;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Account;

/// <summary>The account feature: own account, password, two-step verification, sign-in pages and SSO.</summary>
public static class AccountFeature
{
    public static IServiceCollection AddAccount(this IServiceCollection services)
    {
        services.AddScoped<MyAccount.Handler>();
        services.AddScoped<ChangePassword.Handler>();
        services.AddScoped<MailSettings.Handler>();
        services.AddScoped<TwoFactorSetup.Handler>();
        services.AddScoped<EnableTwoFactor.Handler>();
        services.AddScoped<DisableTwoFactor.Handler>();
        services.AddScoped<RegenerateRecoveryCodes.Handler>();
        services.AddScoped<ExternalCallback.Handler>();
        return services;
    }

    /// <summary>/api/v1/me, and the form posts outside the API (<paramref name="app"/>): sign out, language, SSO.</summary>
    public static void MapAccount(this RouteGroupBuilder api, IEndpointRouteBuilder app)
    {
        AccountEndpoints.Map(app);
        ExternalLoginEndpoint.Map(app);
        MeEndpoint.Map(api);
        MailSettings.Map(api);
    }

    /// <summary>The signed-in user, read through Identity (null for the system scope or a deleted account).</summary>
    internal static async Task<WerkbrugUser?> FindCurrentAsync(this UserManager<WerkbrugUser> users, AccessScope scope) =>
        scope.UserId is { } id ? await users.FindByIdAsync(id.ToString()) : null;
}
