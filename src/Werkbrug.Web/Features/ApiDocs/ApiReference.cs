using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Werkbrug.Web.Features.ApiDocs;

/// <summary>
/// The readable API reference: every described endpoint (the same ones the OpenAPI document lists), grouped
/// by tag, with its parameters, request body and responses. JSON shapes come from the API's own serializer
/// settings, so field names and enum values are exactly what goes over the wire.
/// </summary>
public static partial class ApiReference
{
    public sealed record Tag(string Name, string Id, IReadOnlyList<Operation> Operations);

    public sealed record Operation(
        string Id, string Method, string Path, string? Summary, string? Description, IReadOnlyList<string> Policies,
        IReadOnlyList<Parameter> Parameters, Shape? RequestBody, IReadOnlyList<Response> Responses);

    public sealed record Parameter(string Name, string In, string Type, bool Required);

    /// <summary>A JSON type: its name and, for an object, its fields.</summary>
    public sealed record Shape(string TypeName, IReadOnlyList<Field> Fields);

    public sealed record Field(string Name, string Type);

    public sealed record Response(int StatusCode, string Reason, string? ContentType, Shape? Body);

    public sealed partial class Handler(IApiDescriptionGroupCollectionProvider descriptions, IOptions<JsonOptions> json)
    {
        [System.Text.RegularExpressions.GeneratedRegex(@"\{(\w+):[^}]+\}")]
        private static partial System.Text.RegularExpressions.Regex RouteConstraint();

        private readonly JsonSerializerOptions _json = json.Value.SerializerOptions;

        public IReadOnlyList<Tag> Handle() =>
            [.. descriptions.ApiDescriptionGroups.Items
                .SelectMany(g => g.Items)
                .Where(d => d.RelativePath is not null)
                .Select(d => (Tag: TagOf(d), Operation: ToOperation(d)))
                .GroupBy(x => x.Tag, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new Tag(g.Key, "tag-" + Slug(g.Key),
                    [.. g.Select(x => x.Operation).OrderBy(o => o.Path, StringComparer.Ordinal).ThenBy(o => MethodOrder(o.Method))]))];

        private Operation ToOperation(ApiDescription description)
        {
            var metadata = description.ActionDescriptor.EndpointMetadata;
            var method = description.HttpMethod ?? "GET";
            // Route constraints ({id:guid}) are server detail; show the path as the OpenAPI document does ({id}).
            var path = RouteConstraint().Replace("/" + description.RelativePath!.Trim('/'), "{$1}");
            var parameters = description.ParameterDescriptions
                .Where(p => p.Source == BindingSource.Path || p.Source == BindingSource.Query || p.Source == BindingSource.Header)
                .Select(p => new Parameter(p.Source == BindingSource.Query ? JsonNamingPolicy.CamelCase.ConvertName(p.Name) : p.Name, p.Source.Id.ToLowerInvariant(), TypeName(p.Type), p.IsRequired || p.Source == BindingSource.Path))
                .ToList();
            var body = description.ParameterDescriptions.FirstOrDefault(p => p.Source == BindingSource.Body || p.Source == BindingSource.Form);
            var responses = description.SupportedResponseTypes
                .OrderBy(r => r.StatusCode)
                .Select(r => new Response(
                    r.StatusCode,
                    ReasonPhrases.GetReasonPhrase(r.StatusCode),
                    r.ApiResponseFormats.FirstOrDefault()?.MediaType,
                    r.Type is null || r.Type == typeof(void) ? null : ShapeOf(r.Type)))
                .ToList();
            return new Operation(
                "op-" + Slug(method + " " + path), method, path,
                metadata.OfType<IEndpointSummaryMetadata>().LastOrDefault()?.Summary,
                metadata.OfType<IEndpointDescriptionMetadata>().LastOrDefault()?.Description,
                [.. metadata.OfType<IAuthorizeData>().Select(a => a.Policy).OfType<string>().Distinct()],
                parameters,
                body?.Type is null ? null : ShapeOf(body.Type),
                responses);
        }

        private static string TagOf(ApiDescription description) =>
            description.ActionDescriptor.EndpointMetadata.OfType<ITagsMetadata>().SelectMany(t => t.Tags).FirstOrDefault()
            ?? description.GroupName ?? "API";

        private Shape ShapeOf(Type type)
        {
            var info = _json.GetTypeInfo(type);
            if (info.Kind == JsonTypeInfoKind.Enumerable && info.ElementType is { } element)
            {
                // A list: name it X[] and show the fields of X.
                info = _json.GetTypeInfo(element);
            }

            var fields = info.Kind == JsonTypeInfoKind.Object
                ? info.Properties.Select(p => new Field(p.Name, TypeName(p.PropertyType) + (p.IsGetNullable && !p.PropertyType.IsValueType ? "?" : string.Empty))).ToList()
                : [];
            return new Shape(TypeName(type), fields);
        }

        /// <summary>The JSON name of a type: string, integer, uuid, date-time, X[] or the record's own name.</summary>
        private string TypeName(Type type)
        {
            if (Nullable.GetUnderlyingType(type) is { } inner)
            {
                return TypeName(inner) + "?";
            }

            if (type.IsEnum)
            {
                return string.Join(" | ", Enum.GetValues(type).Cast<object>().Select(v => JsonSerializer.Serialize(v, type, _json)));
            }

            return Type.GetTypeCode(type) switch
            {
                TypeCode.String or TypeCode.Char => "string",
                TypeCode.Boolean => "boolean",
                TypeCode.Byte or TypeCode.SByte or TypeCode.Int16 or TypeCode.UInt16 or TypeCode.Int32 or TypeCode.UInt32
                    or TypeCode.Int64 or TypeCode.UInt64 => "integer",
                TypeCode.Single or TypeCode.Double or TypeCode.Decimal => "number",
                TypeCode.DateTime => "date-time",
                _ when type == typeof(Guid) => "uuid",
                _ when type == typeof(DateTimeOffset) => "date-time",
                _ when type == typeof(DateOnly) => "date",
                _ when type == typeof(TimeOnly) || type == typeof(TimeSpan) => "time",
                _ => ComplexName(type),
            };
        }

        private string ComplexName(Type type)
        {
            var info = _json.GetTypeInfo(type);
            return info.Kind switch
            {
                JsonTypeInfoKind.Enumerable when info.ElementType is { } element => TypeName(element) + "[]",
                JsonTypeInfoKind.Dictionary => "object",
                _ => type.IsGenericType ? type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] : type.Name,
            };
        }

        private static int MethodOrder(string method) => Array.IndexOf(["GET", "POST", "PUT", "PATCH", "DELETE"], method) is var i and >= 0 ? i : 9;

        private static string Slug(string text) =>
            string.Concat(text.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')).Trim('-');
    }
}
