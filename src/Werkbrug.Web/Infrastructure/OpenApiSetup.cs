using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Werkbrug.Web.Infrastructure.Api;

namespace Werkbrug.Web.Infrastructure;

/// <summary>
/// The OpenAPI document as a contract (docs/api.md): unique schema names, camelCase query keys, the version in the
/// server URL, the full version in a header, and every error an operation can answer described as the one problem
/// shape (<see cref="Errors.ProblemShape"/>). The rules here are general, so every new endpoint is described the same way.
/// </summary>
public static class OpenApiSetup
{
    private const string Problem = "Problem";
    private const string ProblemJson = "application/problem+json";

    public static void Configure(OpenApiOptions options)
    {
        options.CreateSchemaReferenceId = SchemaId;
        options.AddDocumentTransformer<DocumentTransformer>();
        options.AddOperationTransformer<OperationTransformer>();
    }

    /// <summary>Names of Werkbrug's own top-level types that occur in more than one namespace (two EducationLevel code lists).</summary>
    private static readonly HashSet<string> SharedNames =
        [.. new[] { typeof(OpenApiSetup).Assembly, typeof(Domain.Common.Error).Assembly }
            .SelectMany(a => a.GetExportedTypes()).Where(t => !t.IsNested)
            .GroupBy(t => t.Name).Where(g => g.Select(t => t.Namespace).Distinct().Count() > 1).Select(g => g.Key)];

    /// <summary>
    /// Nested records are named with their feature (<c>RegisterEmployer.Command</c> → <c>RegisterEmployerCommand</c>):
    /// the plain type name would give forty different request bodies the one name <c>Command</c>. A top-level name used
    /// in two namespaces takes its namespace's last part (<c>VacanciesEducationLevel</c>, <c>JobSeekersEducationLevel</c>).
    /// </summary>
    private static string? SchemaId(JsonTypeInfo type) =>
        OpenApiOptions.CreateDefaultSchemaReferenceId(type) is null ? null : NameOf(type.Type);

    private static string NameOf(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        var name = type.IsGenericType
            ? type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] + "Of" + string.Join("And", type.GetGenericArguments().Select(NameOf))
            : type.Name;
        var outermost = type;
        for (; outermost.DeclaringType is { } outer; outermost = outer)
        {
            name = (outer.IsGenericType ? outer.Name[..outer.Name.IndexOf('`', StringComparison.Ordinal)] : outer.Name) + name;
        }

        return SharedNames.Contains(outermost.Name) && outermost.Namespace is { } space ? space[(space.LastIndexOf('.') + 1)..] + name : name;
    }

    private sealed class DocumentTransformer(IOptions<ApiOptions> api, IHttpContextAccessor http, IWebHostEnvironment environment) : IOpenApiDocumentTransformer
    {
        public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
        {
            var options = api.Value;
            document.Info = new OpenApiInfo
            {
                Title = "Werkbrug API",
                Version = ApiConventions.Version,
                Description = "The HTTP API of Werkbrug, the platform of the regional employer service points. Every page of the " +
                              "web UI has its equivalent here. Authenticate with a personal access token: `Authorization: Bearer wbp_...`. " +
                              "Lists are pages (`page`, `pageSize`, `links`); errors are application/problem+json (RFC 9457) with a " +
                              "Dutch title and detail and a stable `code`. The guide for partners is docs/api.md.",
                Contact = new OpenApiContact { Name = options.ContactName, Email = options.ContactEmail, Url = new Uri(options.ContactUrl) },
            };

            // The major version is part of the server URL; paths are relative to it (/core/uri-version).
            document.Servers = [new OpenApiServer { Url = BaseUrl(options) + ApiConventions.Prefix, Description = "Werkbrug API v1" }];
            var paths = new OpenApiPaths();
            foreach (var (path, item) in document.Paths)
            {
                paths.Add(path.StartsWith(ApiConventions.Prefix + "/", StringComparison.Ordinal) ? path[ApiConventions.Prefix.Length..] : path, item);
            }

            document.Paths = paths;

            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes["bearer"] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                Description = "A personal access token (wbp_...), created under Mijn account → API-tokens.",
            };
            document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("bearer", document)] = [] }];

            document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
            document.Components.Schemas.Remove("ProblemDetails");
            document.Components.Schemas.Remove("HttpValidationProblemDetails");
            document.Components.Schemas[Problem] = ProblemSchema();
            document.Components.Headers ??= new Dictionary<string, IOpenApiHeader>();
            document.Components.Headers[ApiConventions.VersionHeader] = new OpenApiHeader
            {
                Description = "The full version of the API contract that answered (semantic versioning).",
                Required = true,
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, Examples = [JsonValue.Create(ApiConventions.Version)] },
            };
            document.Components.Headers["Retry-After"] = new OpenApiHeader
            {
                Description = "Seconds to wait before the next request.",
                Required = true,
                Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "1" },
            };
            foreach (var operation in document.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []))
            {
                foreach (var response in operation.Responses?.Values.OfType<OpenApiResponse>() ?? [])
                {
                    response.Headers ??= new Dictionary<string, IOpenApiHeader>();
                    response.Headers[ApiConventions.VersionHeader] = new OpenApiHeaderReference(ApiConventions.VersionHeader, document);
                    if (response.Content?.ContainsKey(ProblemJson) == true)
                    {
                        response.Content[ProblemJson] = new OpenApiMediaType { Schema = new OpenApiSchemaReference(Problem, document) };
                    }
                }

                foreach (var status in new[] { "429", "503" })
                {
                    if (operation.Responses?.TryGetValue(status, out var later) == true && later is OpenApiResponse retry)
                    {
                        retry.Headers!["Retry-After"] = new OpenApiHeaderReference("Retry-After", document);
                    }
                }
            }

            return Task.CompletedTask;
        }

        /// <summary>The configured public address; else the request's, but https outside Development.</summary>
        private string BaseUrl(ApiOptions options)
        {
            if (!string.IsNullOrEmpty(options.PublicBaseUrl))
            {
                return options.PublicBaseUrl.TrimEnd('/');
            }

            var request = http.HttpContext?.Request;
            var scheme = environment.IsProduction() ? "https" : request?.Scheme ?? "http";
            return request is null ? string.Empty : $"{scheme}://{request.Host}";
        }

        private static OpenApiSchema ProblemSchema() => new()
        {
            Type = JsonSchemaType.Object,
            Description = "An error (RFC 9457). `title` and `detail` are Dutch sentences for people; `code` is stable for programs; " +
                          "`errors` names the fields of the request that were wrong, with their messages.",
            Required = new HashSet<string> { "status", "title", "detail", "code" },
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["type"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "A URI reference that identifies the kind of problem." },
                ["title"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Short Dutch summary of the kind of problem." },
                ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "400", Maximum = "599" },
                ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Dutch explanation of this occurrence." },
                ["code"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Stable machine code, e.g. Problem.NotFound or Employer.PossibleDuplicates." },
                ["instance"] = new OpenApiSchema { Type = JsonSchemaType.String },
                ["traceId"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "Give this to an administrator to find the request in the logs." },
                ["errors"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Description = "Per field (camelCase, as in the request), its Dutch messages.",
                    AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
                },
            },
        };
    }

    /// <summary>
    /// Query keys in camelCase (/core/query-keys-camel-case; binding ignores case) and the errors every operation
    /// can answer, from what the endpoint is: signed in or not, with a path id, a body, query parameters, a write.
    /// </summary>
    private sealed class OperationTransformer : IOpenApiOperationTransformer
    {
        public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
        {
            var description = context.Description;
            await DescribeAlternativeBodiesAsync(operation, context, cancellationToken);
            foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
            {
                if (parameter.In == ParameterLocation.Query && parameter.Name is { Length: > 0 } name)
                {
                    parameter.Name = JsonNamingPolicy.CamelCase.ConvertName(name);
                }
            }

            var metadata = description.ActionDescriptor.EndpointMetadata;
            var anonymous = metadata.OfType<IAllowAnonymous>().Any();
            var method = description.HttpMethod ?? "GET";
            var hasBody = operation.RequestBody is not null;
            var hasPathId = description.ParameterDescriptions.Any(p => p.Source.Id == "Path");
            // Path values are typed in the route ({id:guid}): one that does not fit is not found (404), not invalid.
            var hasInput = hasBody || operation.Parameters?.Any(p => p.In != ParameterLocation.Path) == true;
            var isWrite = method is not ("GET" or "HEAD");

            operation.Responses ??= [];
            foreach (var key in operation.Responses.Keys.Where(k => k.Length == 3 && k[0] is '4' or '5').ToList())
            {
                operation.Responses.Remove(key);
            }

            if (anonymous)
            {
                operation.Security = [];
            }

            Add(operation, hasInput, StatusCodes.Status400BadRequest, "The input is not valid: `errors` names each field with its messages.");
            Add(operation, !anonymous, StatusCodes.Status401Unauthorized, "No valid personal access token was sent.");
            Add(operation, !anonymous, StatusCodes.Status403Forbidden, "The token's role or organisation may not do this.");
            Add(operation, hasPathId, StatusCodes.Status404NotFound, "Not found, or not visible to the token's organisation.");
            Add(operation, isWrite, StatusCodes.Status409Conflict, "Conflicts with the current state (e.g. a changed version, a status that does not allow this, a duplicate).");
            Add(operation, hasBody, StatusCodes.Status413PayloadTooLarge, "The body is larger than allowed.");
            Add(operation, hasBody, StatusCodes.Status415UnsupportedMediaType, "The body is not sent with the documented content type.");
            Add(operation, true, StatusCodes.Status414UriTooLong, "The address with its query is longer than 4096 characters.");
            Add(operation, !anonymous, StatusCodes.Status429TooManyRequests, "Too many requests for this token; wait `Retry-After` seconds.");
            Add(operation, true, StatusCodes.Status500InternalServerError, "An unexpected error; the problem's traceId identifies it in the logs.");
            Add(operation, true, StatusCodes.Status503ServiceUnavailable, "The database cannot be reached for now; try again after `Retry-After` seconds.");
        }

        /// <summary>
        /// An endpoint that answers one status with one of several types (a job seeker as full, shared or pseudonymised
        /// profile) is described as <c>oneOf</c> those types; the API explorer keeps only one type per status.
        /// </summary>
        private static async Task DescribeAlternativeBodiesAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
        {
            var alternatives = context.Description.ActionDescriptor.EndpointMetadata.OfType<IProducesResponseTypeMetadata>()
                .Where(m => m.Type is not null && m.Type != typeof(void) && m.StatusCode < 300)
                .GroupBy(m => m.StatusCode)
                .Select(g => (Status: g.Key, Types: g.Select(m => m.Type!).Distinct().ToList()))
                .Where(g => g.Types.Count > 1);
            foreach (var (status, types) in alternatives)
            {
                if (operation.Responses?.TryGetValue(status.ToString(System.Globalization.CultureInfo.InvariantCulture), out var response) != true
                    || response!.Content?.TryGetValue("application/json", out var media) != true)
                {
                    continue;
                }

                var schemas = new List<IOpenApiSchema>();
                foreach (var type in types)
                {
                    schemas.Add(await context.GetOrCreateSchemaAsync(type, null, cancellationToken));
                }

                media!.Schema = new OpenApiSchema { OneOf = schemas };
            }
        }

        private static void Add(OpenApiOperation operation, bool applies, int status, string description)
        {
            if (applies)
            {
                operation.Responses![status.ToString(System.Globalization.CultureInfo.InvariantCulture)] = new OpenApiResponse
                {
                    Description = description,
                    Content = new Dictionary<string, OpenApiMediaType> { [ProblemJson] = new() },
                };
            }
        }
    }
}
