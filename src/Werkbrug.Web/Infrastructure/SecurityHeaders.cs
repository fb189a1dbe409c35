namespace Werkbrug.Web.Infrastructure;

/// <summary>
/// Response headers for every request. The content security policy allows no inline script or style:
/// all script and CSS are files served by Werkbrug itself.
/// </summary>
public static class SecurityHeaders
{
    public static IApplicationBuilder UseWerkbrugSecurityHeaders(this IApplicationBuilder app, string? extraFormAction)
    {
        var formAction = string.IsNullOrEmpty(extraFormAction) ? "'self'" : $"'self' {extraFormAction}";
        var csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
                  $"connect-src 'self'; object-src 'none'; base-uri 'self'; form-action {formAction}; frame-ancestors 'none'";
        return app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = csp;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            await next();
        });
    }
}
