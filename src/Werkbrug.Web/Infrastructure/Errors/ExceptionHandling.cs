using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Werkbrug.Web.Infrastructure.Errors;

/// <summary>
/// The one place unexpected exceptions end. API requests get problem+json; pages get the Dutch error
/// page (through UseExceptionHandler's re-execution). Five "expected" exceptions are translated here:
/// a write outside the user's own region (403, ADR 0034),
/// a lost optimistic-concurrency race (409), an unreadable request body (400 naming the field), an unreachable
/// database (<see cref="DatabaseOutage"/>) and an instance that is not ready yet (<see cref="InstanceNotReadyException"/>):
/// both 503 with Retry-After, logged as a warning.
/// </summary>
public sealed class WerkbrugExceptionHandler(IProblemDetailsService problems, IStringLocalizer<SharedResource> text, ILogger<WerkbrugExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // UseExceptionHandler has already rewritten Request.Path to the error page; the feature keeps the original.
        var path = new PathString(httpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path ?? httpContext.Request.Path.Value);
        var outage = DatabaseOutage.Is(exception) || exception is InstanceNotReadyException;
        if (exception is InstanceNotReadyException)
        {
            logger.LogWarning("This instance is not ready ({Reason}); answered 503", exception.Message);
        }
        else if (outage)
        {
            // The database's own message (host, port, error code), never the request's data.
            logger.LogWarning("The database cannot be reached ({Reason}); answered 503", exception.GetBaseException().Message);
        }

        if (outage)
        {
            httpContext.Response.Headers.RetryAfter = DatabaseOutage.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var outOfRegion = exception is Security.OutOfRegionWriteException;
        if (outOfRegion)
        {
            logger.LogWarning("A write outside the user's own region was refused ({Reason}); answered 403", exception.Message);
        }

        if (!path.StartsWithSegments("/api"))
        {
            if (!outage && !outOfRegion)
            {
                logger.LogError(exception, "Unhandled exception on a page");
            }

            return false;
        }

        var problem = exception switch
        {
            _ when outage => new ProblemDetails { Status = StatusCodes.Status503ServiceUnavailable },
            _ when outOfRegion => new ProblemDetails
            {
                Status = StatusCodes.Status403Forbidden,
                Detail = text["Error.OutOfRegion"],
                Extensions = { ["code"] = "Error.OutOfRegion" },
            },
            DbUpdateConcurrencyException => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Detail = text["Error.StaleVersion", string.Empty],
            },
            BadHttpRequestException bad => BadRequest(bad),
            _ => null,
        };
        if (problem is null)
        {
            logger.LogError(exception, "Unhandled exception on an API request");
            problem = new ProblemDetails { Status = StatusCodes.Status500InternalServerError };
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>An unreadable body names the field it could not read; a too-large one (413) just says so.</summary>
    private ProblemDetails BadRequest(BadHttpRequestException exception)
    {
        if (exception.StatusCode != StatusCodes.Status400BadRequest)
        {
            return new ProblemDetails { Status = exception.StatusCode };
        }

        var problem = new ValidationProblemDetails { Status = exception.StatusCode, Detail = text["Problem.UnreadableBody"], Extensions = { ["code"] = "Problem.UnreadableBody" } };
        if (exception.InnerException is JsonException { Path: { Length: > 2 } path })
        {
            problem.Errors[path.TrimStart('$', '.')] = [text["Validation.Format", path.TrimStart('$', '.')]];
        }

        return problem;
    }
}
