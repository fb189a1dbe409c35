using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Werkbrug.Domain.Mail;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Mail;

/// <summary>"E-mail" under Beheer: is e-mail on, what waits in the outbox, what went out and what was given up (never what a mail says).</summary>
[Authorize(Policy = Policies.Administration)]
public sealed class OutboxPage(OutboxStatus.Handler handler) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public OutboxMailStatus? Status { get; set; }

    public OutboxStatus.Summary Summary { get; private set; } = null!;

    public Paged<OutboxStatus.Row> Listing { get; private set; } = new([], 1, PageRequest.DefaultSize, 0);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Summary = await handler.SummaryAsync(cancellationToken);
        var result = await handler.ListAsync(new OutboxStatus.Query { Status = Status is { } s && Enum.IsDefined(s) ? s : null }, cancellationToken);
        if (result.IsSuccess)
        {
            Listing = result.Value;
        }
    }
}
