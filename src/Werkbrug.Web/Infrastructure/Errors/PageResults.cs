using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;

namespace Werkbrug.Web.Infrastructure.Errors;

/// <summary>The one way from a failed <see cref="Result{T}"/> to a page's answer.</summary>
public static class PageResults
{
    /// <summary>
    /// The answer to a failed form post: the 404 page for a record the user cannot see, otherwise the same page again
    /// with each message beside its field ("<paramref name="prefix"/>.Field") and in the error summary.
    /// </summary>
    public static IActionResult Refuse(this PageModel page, IReadOnlyList<Error> errors, IStringLocalizer text, string prefix = "Input")
    {
        if (errors.Any(e => e.Kind == ErrorKind.NotFound))
        {
            return page.NotFound();
        }

        page.ModelState.AddErrors(errors, text, prefix);
        return page.Page();
    }

    /// <summary>
    /// <see cref="Refuse"/> for a page that shows a record beside its form: <paramref name="reload"/> loads it again
    /// and says false when the record is no longer there (then the 404 page).
    /// </summary>
    public static async Task<IActionResult> RefuseAsync(
        this PageModel page, IReadOnlyList<Error> errors, IStringLocalizer text, string prefix, Func<Task<bool>> reload)
    {
        var answer = page.Refuse(errors, text, prefix);
        return answer is PageResult && !await reload() ? page.NotFound() : answer;
    }
}
