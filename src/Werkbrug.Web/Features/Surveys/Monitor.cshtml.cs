using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Werkbrug.Web.Features.Indicators;
using Werkbrug.Web.Features.Shared;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Surveys;

/// <summary>The monitor view of an appendix-2 survey: chapter 6's figures, each a bar chart with its accessible table.</summary>
[Authorize(Policy = Policies.Indicators)]
public sealed class MonitorPage(SurveyMonitor.Handler handler, IStringLocalizer<SharedResource> text, IOptions<IndicatorOptions> options) : PageModel
{
    public SurveyMonitor.View Monitor { get; private set; } = null!;

    [BindProperty(SupportsGet = true)]
    public SurveyMonitor.Query Filter { get; set; } = new();

    public int Threshold => options.Value.SmallGroupThreshold;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(id, Filter, cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Errors.Any(e => e.Kind == Domain.Common.ErrorKind.NotFound) ? NotFound() : BadRequest();
        }

        Monitor = result.Value;
        return Page();
    }

    public string BaseLine(SurveyMonitor.BaseView b) => MonitorFigures.BaseLine(b, Threshold, text);

    public BarChart Chart(SurveyMonitor.FigureView figure) => MonitorFigures.Chart(figure, text);
}
