using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Web.Infrastructure.Errors;

namespace Werkbrug.Web.Features.Referrals;

/// <summary>
/// A failed post on a page that shows more than its form (a referral, a task, a placement): <see cref="PageResults.Refuse"/>,
/// then the page's view loaded again, or the 404 page when it is gone. Used by the referral, employer-link, aftercare
/// and placement pages; a candidate to sit beside <see cref="PageResults"/>.
/// </summary>
public static class PageRefusal
{
    /// <summary>
    /// <paramref name="errors"/> into the form under <paramref name="prefix"/> (or the 404 page) as <paramref name="page"/>'s
    /// answer, with <paramref name="text"/>'s messages; <paramref name="reload"/> loads what the page shows besides its
    /// form and says false when the record is no longer there.
    /// </summary>
    public static async Task<IActionResult> RefuseAsync(
        this PageModel page, IReadOnlyList<Error> errors, IStringLocalizer text, string prefix, Func<Task<bool>> reload)
    {
        var answer = page.Refuse(errors, text, prefix);
        return answer is PageResult && !await reload() ? page.NotFound() : answer;
    }
}
