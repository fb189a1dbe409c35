using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Werkbrug.Web.Features.FrontDoor;

[AllowAnonymous]
public sealed class ConfirmationPage : PageModel
{
    public string? Reference { get; private set; }

    public DateOnly? DueDate { get; private set; }

    public void OnGet()
    {
        Reference = TempData["Reference"] as string;
        DueDate = TempData["DueDate"] is string due && DateOnly.TryParse(due, CultureInfo.InvariantCulture, out var date) ? date : null;
    }
}
