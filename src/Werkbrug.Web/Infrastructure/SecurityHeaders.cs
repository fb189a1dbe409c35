namespace Werkbrug.Web.Infrastructure;

/// <summary>
/// Response headers for every request. The content security policy allows no inline script or style:
/// all script and CSS are files served by Werkbrug itself. Every API response and every page answered to a signed-in
/// user may hold personal data or a secret, so no browser, proxy or disk keeps it (<c>Cache-Control: no-store</c>)
/// unless the endpoint chose otherwise; public pages and static files stay cacheable.
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
            context.Response.OnStarting(() =>
            {
                if (string.IsNullOrEmpty(context.Response.Headers.CacheControl)
                    && (Api.ApiConventions.IsApi(context) || context.User.Identity?.IsAuthenticated == true))
                {
                    context.Response.Headers.CacheControl = "no-store";
                }

                return Task.CompletedTask;
            });
            await next();
        });
    }
}
