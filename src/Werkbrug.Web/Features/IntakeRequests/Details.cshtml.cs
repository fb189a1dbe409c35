using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.IntakeRequests;

/// <summary>
/// One request with its history and the steps its status allows. Each step is its own form (page handler) with the
/// hidden version; on an error the page shows again with the message, and nothing is saved.
/// </summary>
[Authorize(Policy = Policies.Advisers)]
public sealed class IntakeRequestDetailsPage(IntakeRequestDetails.Handler details, IntakeRequestChoices choices, IStringLocalizer<SharedResource> text) : PageModel
{
    public IntakeRequestDetails.View View { get; private set; } = null!;

    public IntakeRequestChoices Choices => choices;

    public IReadOnlyList<KeyValuePair<string, string>> Teams { get; private set; } = [];

    public IReadOnlyList<KeyValuePair<string, string>> Advisers { get; private set; } = [];

    [BindProperty]
    public AssignIntakeRequest.Command Assign { get; set; } = new();

    [BindProperty]
    public AnswerIntakeRequest.Command Answer { get; set; } = new();

    [BindProperty]
    public CloseIntakeRequest.Command Close { get; set; } = new();

    [BindProperty]
    public PickUpIntakeRequest.Command Step { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostPickUpAsync(Guid id, [FromServices] PickUpIntakeRequest.Handler handler, CancellationToken cancellationToken) =>
        DoAsync(id, "Step", "IntakeRequest.PickedUp", () => handler.HandleAsync(id, Step, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostReopenAsync(Guid id, [FromServices] ReopenIntakeRequest.Handler handler, CancellationToken cancellationToken) =>
        DoAsync(id, "Step", "IntakeRequest.Reopened", () => handler.HandleAsync(id, Step, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostAssignAsync(Guid id, [FromServices] AssignIntakeRequest.Handler handler, CancellationToken cancellationToken) =>
        DoAsync(id, nameof(Assign), "IntakeRequest.Assigned", () => handler.HandleAsync(id, Assign, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostAnswerAsync(Guid id, [FromServices] AnswerIntakeRequest.Handler handler, CancellationToken cancellationToken) =>
        DoAsync(id, nameof(Answer), "IntakeRequest.AnswerRecorded", () => handler.HandleAsync(id, Answer, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostCloseAsync(Guid id, [FromServices] CloseIntakeRequest.Handler handler, CancellationToken cancellationToken) =>
        DoAsync(id, nameof(Close), "IntakeRequest.ClosedNotice", () => handler.HandleAsync(id, Close, cancellationToken), cancellationToken);

    private async Task<IActionResult> DoAsync(Guid id, string prefix, string notice, Func<Task<Result<int>>> step, CancellationToken cancellationToken)
    {
        var result = await step();
        if (result.IsSuccess)
        {
            TempData["Notice"] = text[notice].Value;
            return RedirectToPage("/IntakeRequests/Details", new { id });
        }

        return await LoadAsync(id, cancellationToken, keepInput: true) ? this.Refuse(result.Errors, text, prefix) : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken, bool keepInput = false)
    {
        var found = await details.HandleAsync(id, cancellationToken);
        if (!found.IsSuccess)
        {
            return false;
        }

        View = found.Value;
        Teams = await choices.TeamsAsync(cancellationToken);
        Advisers = await choices.AdvisersAsync(cancellationToken);
        if (!keepInput)
        {
            Assign = new AssignIntakeRequest.Command { TeamId = View.TeamId, UserId = View.OwnerUserId };
        }

        return true;
    }
}
