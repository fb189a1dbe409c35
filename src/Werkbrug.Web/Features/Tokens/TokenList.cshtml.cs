using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Tokens;

[Authorize(Policy = Policies.Staff)]
public sealed class TokenListPage(TokenList.Handler handler) : PageModel
{
    public const string SecretKey = "TokenSecret";

    private static readonly TimeZoneInfo Dutch = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public IReadOnlyList<TokenList.Row> Rows { get; private set; } = [];

    /// <summary>The secret of the token just made: read once from TempData, so it is gone on the next request.</summary>
    public string? NewSecret { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(null, null, cancellationToken);
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        Rows = result.Value;
        NewSecret = TempData[SecretKey] as string;

        return Page();
    }

    /// <summary>A moment in Dutch time, in the page's culture.</summary>
    public static string Show(DateTime? utc, bool withTime = false) => utc is null
        ? "–"
        : TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc.Value, DateTimeKind.Utc), Dutch)
            .ToString(withTime ? "d MMM yyyy HH:mm" : "d MMM yyyy", CultureInfo.CurrentCulture);
}
