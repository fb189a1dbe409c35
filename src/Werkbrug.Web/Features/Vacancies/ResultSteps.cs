using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Web.Infrastructure.Errors;

namespace Werkbrug.Web.Features.Vacancies;

/// <summary>
/// Generic steps on a <see cref="Result{T}"/> that the central helpers do not offer yet (used by Vacancies and
/// JobSeekers; to be consolidated next to <see cref="ApiResults"/>): chain a second handler call, take a part of
/// the value, answer with JSON options of one's own.
/// </summary>
public static class ResultSteps
{
    /// <summary>The next step on success (e.g. read back what a command saved); the first failure otherwise.</summary>
    public static async Task<Result<TOut>> Then<T, TOut>(this Task<Result<T>> first, Func<T, Task<Result<TOut>>> next)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(next);
        var result = await first;
        return result.IsSuccess ? await next(result.Value) : Result<TOut>.Failure(result.Errors);
    }

    /// <summary>A part of the value on success; the failure otherwise.</summary>
    public static Result<TOut> Select<T, TOut>(this Result<T> result, Func<T, TOut> select)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(select);
        return result.IsSuccess ? Result<TOut>.Success(select(result.Value)) : Result<TOut>.Failure(result.Errors);
    }

    /// <summary>200 with the value written with <paramref name="options"/> (a contract's own JSON shape).</summary>
    public static Results<JsonHttpResult<T>, ProblemHttpResult> Json<T>(this Result<T> result, IStringLocalizer text, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.IsSuccess ? TypedResults.Json(result.Value, options) : result.Errors.Problem(text);
    }
}
