using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;

namespace Werkbrug.Web.Infrastructure.Api;

/// <summary>What a partner's system may rely on beyond one operation (`Api:*`; docs/api.md).</summary>
public sealed class ApiOptions
{
    public const string Section = "Api";

    /// <summary>The address partners reach Werkbrug on (https in Production), e.g. https://werkbrug.regio.nl; the request's own when empty.</summary>
    public string? PublicBaseUrl { get; set; }

    public string ContactName { get; set; } = "Werkbrug functioneel beheer";

    public string ContactEmail { get; set; } = "api@werkbrug.nl";

    public string ContactUrl { get; set; } = "https://werkbrug.nl/api";

    /// <summary>Requests per minute per token (or per address without one), per instance.</summary>
    public int RequestsPerMinute { get; set; } = 600;

    /// <summary>Largest JSON body; larger is refused with 413 before it is read.</summary>
    public long MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Largest import file (the `…/import` operations) and largest partner push (`/api/v1/exchange/…`).</summary>
    public long MaxImportBytes { get; set; } = 64 * 1024 * 1024;
}

/// <summary>
/// The HTTP conventions of every API response, in one place: the full version in an <c>API-Version</c> header
/// (NL GOV API Design Rules, /core/version-header) and request limits that answer with a problem instead of a dropped
/// connection. Kestrel's own limits are set above these, so a partner always gets the explained answer.
/// </summary>
public static class ApiConventions
{
    /// <summary>The major version is in every path (/api/v1); this full version changes with every change to the contract.</summary>
    public const string Version = "1.0.0";

    public const string Prefix = "/api/v1";

    public const string VersionHeader = "API-Version";

    /// <summary>Longest path plus query string; Kestrel's request line limit (8 KiB) is above it.</summary>
    public const int MaxUrlLength = 4096;

    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");

    public static IApplicationBuilder UseWerkbrugApiConventions(this IApplicationBuilder app, ApiOptions options) =>
        app.UseWhen(IsApi, api => api.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                context.Response.Headers[VersionHeader] = Version;
                return Task.CompletedTask;
            });

            var request = context.Request;
            var path = request.Path.Value!;
            var limit = IsBulk(path) ? options.MaxImportBytes : options.MaxBodyBytes;
            if (path.Length + request.QueryString.Value?.Length > MaxUrlLength)
            {
                await WriteProblemAsync(context, StatusCodes.Status414UriTooLong);
                return;
            }

            if (request.ContentLength > limit)
            {
                await WriteProblemAsync(context, StatusCodes.Status413PayloadTooLarge);
                return;
            }

            // A body without a length (chunked) is cut off at the same limit while it is read (BadHttpRequestException 413).
            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            {
                size.MaxRequestBodySize = limit;
            }

            await next();
        }));

    /// <summary>The operations that take many rows at once: the imports and a partner system's push (ADR 0036).</summary>
    private static bool IsBulk(string path) =>
        path.EndsWith("/import", StringComparison.OrdinalIgnoreCase) || path.EndsWith("/import-vum", StringComparison.OrdinalIgnoreCase)
        || path.StartsWith(Prefix + "/exchange/", StringComparison.OrdinalIgnoreCase);

    /// <summary>A problem with only a status: <see cref="Errors.ProblemShape"/> gives it its Dutch title, detail and code.</summary>
    private static async Task WriteProblemAsync(HttpContext context, int status)
    {
        context.Response.StatusCode = status;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = new ProblemDetails { Status = status } });
    }
}
