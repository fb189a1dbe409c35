using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Errors;

namespace Werkbrug.Web.Features.PublishedVacancies;

/// <summary>Published vacancies: the public pages /vacatures and /vacatures/{id} and the anonymous feed /api/v1/public/vacancies (schema.org JobPosting).</summary>
public static class PublishedVacanciesFeature
{
    /// <summary>How long a client or proxy may keep the feed before asking again (with its ETag).</summary>
    public const int FeedMaxAgeSeconds = 300;

    public static IServiceCollection AddPublishedVacancies(this IServiceCollection services)
    {
        services.AddScoped<PublicPostings.Handler>();
        return services;
    }

    public static void MapPublishedVacancies(this RouteGroupBuilder api)
    {
        api.MapGet("/public/vacancies", RuntimeBinding.Handler(async ([AsParameters] PublicPostings.Query query, PublicPostings.Handler handler, HttpContext http, IOptions<ApiOptions> options,
                IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                Feed(await handler.ListAsync(query, ct), http, PublicBaseUrl.Of(http.Request, options.Value), json.Value.SerializerOptions, text)))
            .WithTags("Published vacancies")
            .AllowAnonymous()
            .Produces(StatusCodes.Status304NotModified)
            .WithSummary("Public, without signing in: the front door region's published vacancies (marked public by their owner, open, closing date not passed), newest first, as schema.org JobPosting JSON-LD documents in the API's list shape (page, pageSize 1-100). No personal data: no contact person, adviser, note or candidate. Cacheable for 5 minutes; send the ETag back in If-None-Match to get 304 when nothing changed.");
    }

    private static Results<Ok<Collection<JobPosting>>, StatusCodeHttpResult, ProblemHttpResult> Feed(
        Domain.Common.Result<Paged<PublicPostings.Posting>> result, HttpContext http, string baseUrl, JsonSerializerOptions json, IStringLocalizer text)
    {
        if (!result.IsSuccess)
        {
            return result.Errors.Problem(text);
        }

        var page = result.Value;
        var collection = page.With(page.Items.Select(p => JobPosting.From(p, baseUrl)).ToList()).ToCollection(http.Request);
        var tag = $"\"{Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(collection, json)))[..32]}\"";
        var headers = http.Response.Headers;
        headers.ETag = tag;
        headers.CacheControl = $"public, max-age={FeedMaxAgeSeconds}";
        return http.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(t => t.Trim() == tag || t.Trim() == "*"))
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Ok(collection);
    }
}

/// <summary>The address the public reaches Werkbrug on, for the absolute urls of a published vacancy.</summary>
public static class PublicBaseUrl
{
    /// <summary><c>Api:PublicBaseUrl</c> when set, else the request's scheme and host; no trailing slash.</summary>
    public static string Of(HttpRequest request, ApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(options);
        return !string.IsNullOrEmpty(options.PublicBaseUrl) ? options.PublicBaseUrl.TrimEnd('/') : $"{request.Scheme}://{request.Host}{request.PathBase}";
    }
}
