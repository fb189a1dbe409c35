using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Web.Infrastructure.Errors;

namespace Werkbrug.Web.Features.Referrals;

/// <summary>
/// The glue of the pages that show a record besides their forms (a referral, the employer's sheet, a task, a
/// placement, a vacancy's employer links), written once. Candidates to sit beside <see cref="PageResults"/>.
/// </summary>
public static class PageAnswers
{
    /// <summary>
    /// A failed post: <paramref name="errors"/> into the form under <paramref name="prefix"/> (or the 404 page) as
    /// <paramref name="page"/>'s answer (<see cref="PageResults.Refuse"/>), with <paramref name="text"/>'s messages;
    /// <paramref name="reload"/> loads what the page shows besides its form and says false when the record is no longer
    /// there (then the 404 page).
    /// </summary>
    public static async Task<IActionResult> RefuseAsync(
        this PageModel page, IReadOnlyList<Error> errors, IStringLocalizer text, string prefix, Func<Task<bool>> reload)
    {
        var answer = page.Refuse(errors, text, prefix);
        return answer is PageResult && !await reload() ? page.NotFound() : answer;
    }

    /// <summary>Hands a found record to <paramref name="keep"/> (the page's property); false when it was not found.</summary>
    public static bool Into<T>(this Result<T> result, Action<T> keep)
    {
        if (result.IsSuccess)
        {
            keep(result.Value);
        }

        return result.IsSuccess;
    }
}
