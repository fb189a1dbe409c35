namespace Werkbrug.Web.Features.ApiDocs;

/// <summary>The API reference for people, read from the same descriptions as the OpenAPI document.</summary>
public static class ApiDocsFeature
{
    public static IServiceCollection AddApiDocs(this IServiceCollection services) => services.AddScoped<ApiReference.Handler>();
}
