using System.Text.Json;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;

namespace Werkbrug.Web.Infrastructure.Errors;

/// <summary>Turns expected errors into what each edge shows: problem+json for the API, field messages for forms.</summary>
public static class ErrorTranslation
{
    public static string Describe(this IStringLocalizer text, Error error)
    {
        var field = error.Field is null ? string.Empty : text["Field." + error.Field].Value;
        return text[error.Code, [field, .. error.Arguments]].Value;
    }

    /// <summary>The API response for failed results: 400 with field errors, 404, 409 or 403 as problem+json.</summary>
    public static IResult ToProblem(this IReadOnlyList<Error> errors, IStringLocalizer text)
    {
        var first = errors[0];
        if (first.Kind == ErrorKind.Validation)
        {
            var fields = errors
                .GroupBy(e => JsonNamingPolicy.CamelCase.ConvertName(e.Field ?? string.Empty))
                .ToDictionary(g => g.Key, g => g.Select(text.Describe).ToArray());
            return TypedResults.ValidationProblem(fields, title: text["Problem.Validation"], type: "https://werkbrug.nl/problems/validation");
        }

        var status = first.Kind switch
        {
            ErrorKind.NotFound => StatusCodes.Status404NotFound,
            ErrorKind.Conflict => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status403Forbidden,
        };
        var extensions = first.Field is null
            ? null
            : new Dictionary<string, object?> { ["field"] = JsonNamingPolicy.CamelCase.ConvertName(first.Field), ["code"] = first.Code };
        return TypedResults.Problem(text.Describe(first), statusCode: status, title: text["Problem." + first.Kind], extensions: extensions);
    }

    /// <summary>Adds each error to the form's model state under "<paramref name="prefix"/>.Field".</summary>
    public static void AddErrors(this ModelStateDictionary modelState, IEnumerable<Error> errors, IStringLocalizer text, string prefix = "Input")
    {
        foreach (var error in errors)
        {
            modelState.AddModelError(error.Field is null ? string.Empty : $"{prefix}.{error.Field}", text.Describe(error));
        }
    }
}
