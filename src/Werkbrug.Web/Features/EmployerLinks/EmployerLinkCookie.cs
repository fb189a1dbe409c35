namespace Werkbrug.Web.Features.EmployerLinks;

/// <summary>The cookie that carries the employer's token between its pages (HttpOnly, only under /werkgevers/voordrachten).</summary>
public static class EmployerLinkCookie
{
    public const string ListPath = "/werkgevers/voordrachten";

    public static CookieOptions Options(HttpRequest request, DateTime? expiresAtUtc) => new()
    {
        HttpOnly = true,
        Secure = request.IsHttps,
        SameSite = SameSiteMode.Lax,
        Path = ListPath,
        IsEssential = true,
        Expires = expiresAtUtc is { } at ? new DateTimeOffset(DateTime.SpecifyKind(at, DateTimeKind.Utc)) : null,
    };

    public static void Forget(HttpContext http) =>
        http.Response.Cookies.Delete(EmployerLinkAuthenticationHandler.Cookie, Options(http.Request, null));
}
