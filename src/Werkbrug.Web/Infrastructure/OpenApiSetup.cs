using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Werkbrug.Web.Infrastructure;

public static class OpenApiSetup
{
    /// <summary>Describes the API's only authentication: a personal access token as a bearer token.</summary>
    public sealed class BearerDocumentTransformer : IOpenApiDocumentTransformer
    {
        public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
        {
            document.Info = new OpenApiInfo
            {
                Title = "Werkbrug API",
                Version = "v1",
                Description = "The HTTP API of Werkbrug. Every page of the web UI has its equivalent here. " +
                              "Authenticate with a personal access token: `Authorization: Bearer wbp_...`. " +
                              "Errors are application/problem+json (RFC 9457).",
            };
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes["bearer"] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "A personal access token (wbp_...), created under Mijn account → API-tokens.",
            };
            document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("bearer", document)] = [] }];
            return Task.CompletedTask;
        }
    }
}
