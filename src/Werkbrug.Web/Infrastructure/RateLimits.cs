using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Werkbrug.Web.Infrastructure;

/// <summary>The rate-limit policies pages and endpoints name (per instance; per client address, or per token for the API; `RateLimits:*`, `Api:RequestsPerMinute`).</summary>
public static class RateLimits
{
    public const string Login = "login";
    public const string PublicForms = "public-forms";
    public const string Api = "api";

    public static void Configure(RateLimiterOptions options, IConfiguration configuration)
    {
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        // Say when to try again (whole seconds, at least one), so a client waits instead of hammering.
        options.OnRejected = (context, _) =>
        {
            if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
            {
                context.HttpContext.Response.Headers.RetryAfter =
                    Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return ValueTask.CompletedTask;
        };
        options.AddPolicy(Login, context => PerClient(context, configuration.GetValue("RateLimits:LoginPerMinute", 10)));
        options.AddPolicy(PublicForms, context => PerClient(context, configuration.GetValue("RateLimits:PublicFormsPerMinute", 20)));
        // The API counts per token (the limiter runs before authentication, so by the header it sends), else per address.
        options.AddPolicy(Api, context => PerClient(context, configuration.GetValue("Api:RequestsPerMinute", new Api.ApiOptions().RequestsPerMinute),
            context.Request.Headers.Authorization.ToString() is { Length: > 0 } token ? token : null));
    }

    private static RateLimitPartition<string> PerClient(HttpContext context, int permitsPerMinute, string? client = null) =>
        RateLimitPartition.GetFixedWindowLimiter(
            client ?? context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permitsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
}
