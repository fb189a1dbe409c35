using Microsoft.Extensions.Localization;

namespace Werkbrug.Web.Infrastructure.Errors;

/// <summary>
/// The one shape of every API error, whoever writes it (a handler's result, the exception handler, status-code pages,
/// the rate limiter, the request limits): <c>application/problem+json</c> with the status, a Dutch <c>title</c> for the
/// status, a Dutch <c>detail</c> sentence, a stable machine <c>code</c> (a resource key, e.g. <c>Problem.NotFound</c> or
/// <c>Employer.PossibleDuplicates</c>) and, for input errors, <c>errors</c>: the messages per field (camelCase).
/// </summary>
public static class ProblemShape
{
    private static readonly Dictionary<int, string> Kinds = new()
    {
        [StatusCodes.Status400BadRequest] = "Validation",
        [StatusCodes.Status401Unauthorized] = "Unauthorized",
        [StatusCodes.Status403Forbidden] = "Forbidden",
        [StatusCodes.Status404NotFound] = "NotFound",
        [StatusCodes.Status405MethodNotAllowed] = "MethodNotAllowed",
        [StatusCodes.Status406NotAcceptable] = "NotAcceptable",
        [StatusCodes.Status409Conflict] = "Conflict",
        [StatusCodes.Status413PayloadTooLarge] = "TooLarge",
        [StatusCodes.Status414UriTooLong] = "UriTooLong",
        [StatusCodes.Status415UnsupportedMediaType] = "UnsupportedMediaType",
        [StatusCodes.Status429TooManyRequests] = "TooManyRequests",
        [StatusCodes.Status500InternalServerError] = "Unexpected",
        [StatusCodes.Status503ServiceUnavailable] = "Unavailable",
    };

    /// <summary>The resource key of a status's title; its detail is the same key + <c>.Detail</c>.</summary>
    public static string KeyOf(int status) =>
        "Problem." + (Kinds.TryGetValue(status, out var kind) ? kind : status >= 500 ? "Unexpected" : "Validation");

    public static void Apply(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        var text = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
        var key = KeyOf(status);
        problem.Status = status;
        problem.Title = text[key];
        problem.Detail ??= text[key + ".Detail"];
        problem.Extensions.TryAdd("code", key);
    }
}
