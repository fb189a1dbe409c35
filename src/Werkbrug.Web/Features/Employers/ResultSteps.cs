using Werkbrug.Domain.Common;

namespace Werkbrug.Web.Features.Employers;

/// <summary>
/// A step's result followed by the read that answers it ("saved, now show the employer"): the failure of the step, or
/// the result of the read. Generic, kept here until it finds a home beside ApiResults.
/// </summary>
public static class ResultSteps
{
    public static async Task<Result<TOut>> ThenAsync<T, TOut>(this Result<T> result, Func<T, Task<Result<TOut>>> next) =>
        result.IsSuccess ? await next(result.Value) : Result<TOut>.Failure(result.Errors);

    public static async Task<Result<TOut>> ThenAsync<T, TOut>(this Task<Result<T>> step, Func<T, Task<Result<TOut>>> next) =>
        await (await step).ThenAsync(next);
}
