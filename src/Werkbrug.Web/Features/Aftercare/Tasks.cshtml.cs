using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Aftercare;

/// <summary>A table of referrals waiting for the user (partial _ReferralTable).</summary>
public sealed record ReferralTable(string Id, string Heading, string Caption, IReadOnlyList<MyTasks.ReferralRow> Rows);

/// <summary>"Mijn taken".</summary>
[Authorize(Policy = Policies.Tasks)]
public sealed class MyTasksPage(MyTasks.Handler handler) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public MyTasks.Query Filter { get; set; } = new();

    public MyTasks.View View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        View = await handler.HandleAsync(Filter, cancellationToken);
    }
}
