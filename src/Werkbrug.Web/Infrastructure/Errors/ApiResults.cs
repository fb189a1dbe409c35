using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Web.Infrastructure.Api;

namespace Werkbrug.Web.Infrastructure.Errors;

/// <summary>
/// The one way from a handler's <see cref="Result{T}"/> to an API response. Success types are typed results, so the
/// OpenAPI document reads each operation's response from its signature; every failure is problem+json
/// (<see cref="Problem(IReadOnlyList{Error}, IStringLocalizer)"/>).
/// </summary>
public static class ApiResults
{
    /// <summary>200 with the value.</summary>
    public static Results<Ok<T>, ProblemHttpResult> Ok<T>(this Result<T> result, IStringLocalizer text) =>
        result.IsSuccess ? TypedResults.Ok(result.Value) : result.Errors.Problem(text);

    /// <summary>200 with a part of the value.</summary>
    public static Results<Ok<TOut>, ProblemHttpResult> Ok<T, TOut>(this Result<T> result, IStringLocalizer text, Func<T, TOut> select) =>
        result.IsSuccess ? TypedResults.Ok(select(result.Value)) : result.Errors.Problem(text);

    /// <summary>200 with one page of a list in the API's one collection shape (<see cref="Collection{T}"/>, links from <paramref name="request"/>).</summary>
    public static Results<Ok<Collection<T>>, ProblemHttpResult> Ok<T>(this Result<Paged<T>> result, IStringLocalizer text, HttpRequest request) =>
        result.IsSuccess ? TypedResults.Ok(result.Value.ToCollection(request)) : result.Errors.Problem(text);

    /// <summary>201 with the value and its location.</summary>
    public static Results<Created<T>, ProblemHttpResult> Created<T>(this Result<T> result, IStringLocalizer text, Func<T, string> location) =>
        result.IsSuccess ? TypedResults.Created(location(result.Value), result.Value) : result.Errors.Problem(text);

    /// <summary>204 without a body.</summary>
    public static Results<NoContent, ProblemHttpResult> NoContent<T>(this Result<T> result, IStringLocalizer text) =>
        result.IsSuccess ? TypedResults.NoContent() : result.Errors.Problem(text);

    /// <summary>200 with the value written with <paramref name="options"/> (a contract's own JSON shape, e.g. VUM).</summary>
    public static Results<JsonHttpResult<T>, ProblemHttpResult> Json<T>(this Result<T> result, IStringLocalizer text, JsonSerializerOptions options) =>
        result.IsSuccess ? TypedResults.Json(result.Value, options) : result.Errors.Problem(text);

    /// <summary>
    /// The failed result as problem+json (<see cref="ProblemShape"/>): 400 with the messages per field (camelCase, as in
    /// the JSON body), or 404, 409 or 403 with the first error's message and code, and its field in the same structure.
    /// </summary>
    public static ProblemHttpResult Problem(this IReadOnlyList<Error> errors, IStringLocalizer text)
    {
        var first = errors[0];
        if (first.Kind == ErrorKind.Validation)
        {
            var fields = errors
                .GroupBy(e => FieldName(e.Field))
                .ToDictionary(g => g.Key, g => g.Select(text.Describe).ToArray());
            return TypedResults.Problem(new HttpValidationProblemDetails(fields)
            {
                Status = StatusCodes.Status400BadRequest,
                Detail = text["Problem.Validation.Fields", string.Join(", ", fields.Keys.Where(k => k.Length > 0))],
            });
        }

        var status = first.Kind switch
        {
            ErrorKind.NotFound => StatusCodes.Status404NotFound,
            ErrorKind.Conflict => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status403Forbidden,
        };
        // A plain "not found" says what ProblemShape says for every 404; a domain rule says its own sentence.
        var plain = first.Code == Error.NotFound().Code;
        var problem = new ProblemDetails
        {
            Status = status,
            Detail = plain ? null : text.Describe(first),
            Extensions = { ["code"] = plain ? ProblemShape.KeyOf(status) : first.Code },
        };
        if (first.Field is not null)
        {
            problem.Extensions["errors"] = new Dictionary<string, string[]> { [FieldName(first.Field)] = [text.Describe(first)] };
        }

        return TypedResults.Problem(problem);
    }

    private static string FieldName(string? field) => JsonNamingPolicy.CamelCase.ConvertName(field ?? string.Empty);

    /// <summary>A problem of its own kind, e.g. 409 with the possible duplicates to confirm.</summary>
    public static ProblemHttpResult Problem(IStringLocalizer text, string code, int status, string extension, object? value) =>
        TypedResults.Problem(new ProblemDetails
        {
            Status = status,
            Detail = text[code],
            Extensions = { ["code"] = code, [extension] = value },
        });
}
