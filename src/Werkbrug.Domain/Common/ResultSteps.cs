namespace Werkbrug.Domain.Common;

/// <summary>A step's result followed by the read that answers it ("saved, now show the employer").</summary>
public static class ResultSteps
{
    /// <summary>The failure of the step, or the result of <paramref name="next"/> on its value.</summary>
    public static async Task<Result<TOut>> ThenAsync<T, TOut>(this Result<T> result, Func<T, Task<Result<TOut>>> next) =>
        result.IsSuccess ? await next(result.Value) : Result<TOut>.Failure(result.Errors);

    /// <inheritdoc cref="ThenAsync{T, TOut}(Result{T}, Func{T, Task{Result{TOut}}})"/>
    public static async Task<Result<TOut>> ThenAsync<T, TOut>(this Task<Result<T>> step, Func<T, Task<Result<TOut>>> next) =>
        await (await step).ThenAsync(next);

    /// <summary>Hands a found value to <paramref name="keep"/> (a page's property); false when it was not found.</summary>
    public static bool Into<T>(this Result<T> result, Action<T> keep)
    {
        if (result.IsSuccess)
        {
            keep(result.Value);
        }

        return result.IsSuccess;
    }

    /// <summary>A part of the value on success; the failure otherwise.</summary>
    public static Result<TOut> Select<T, TOut>(this Result<T> result, Func<T, TOut> select) =>
        result.IsSuccess ? Result<TOut>.Success(select(result.Value)) : Result<TOut>.Failure(result.Errors);
}
