using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Werkbrug.Web.Infrastructure;

/// <summary>The rate-limit policies pages and endpoints name (per instance, per client IP; `RateLimits:*`).</summary>
public static class RateLimits
{
    public const string Login = "login";
    public const string PublicForms = "public-forms";

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
    }

    private static RateLimitPartition<string> PerClient(HttpContext context, int permitsPerMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permitsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
}
