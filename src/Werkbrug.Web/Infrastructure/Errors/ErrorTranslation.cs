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

    /// <summary>
    /// Adds each error to the form's model state under "<paramref name="prefix"/>.Field"; a field that already has the
    /// binder's message keeps only that one.
    /// </summary>
    public static void AddErrors(this ModelStateDictionary modelState, IEnumerable<Error> errors, IStringLocalizer text, string prefix = "Input")
    {
        var unbound = modelState.Where(e => e.Value is { ValidationState: ModelValidationState.Invalid }).Select(e => e.Key).ToHashSet();
        foreach (var error in errors)
        {
            var key = error.Field is null ? string.Empty : $"{prefix}.{error.Field}";
            if (key.Length == 0 || !unbound.Contains(key))
            {
                modelState.AddModelError(key, text.Describe(error));
            }
        }
    }
}
