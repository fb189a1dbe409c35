using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Indicators;
using Werkbrug.Web.Features.Goals;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Indicators;

/// <summary>Kengetallen: every indicator for the chosen period, organisation and municipality, one accessible table per breakdown.</summary>
[Authorize(Policy = Policies.Indicators)]
public sealed class IndicatorsPage(IndicatorFigures.Handler handler, GoalsWithProgress.Handler goals, IOptions<IndicatorOptions> options, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public IndicatorFigures.Query Filter { get; set; } = new();

    public IReadOnlyList<IndicatorFigures.View> Figures { get; private set; } = [];

    /// <summary>The goals set for exactly this filter, with their progress (Features/Goals).</summary>
    public IReadOnlyList<GoalsWithProgress.GoalView> Goals { get; private set; } = [];

    public IReadOnlyList<KeyValuePair<string, string>> Organisations { get; private set; } = [];

    public IReadOnlyList<KeyValuePair<string, string>> Municipalities { get; private set; } = [];

    public IReadOnlyList<KeyValuePair<string, string>> Teams { get; private set; } = [];

    public int Threshold => options.Value.SmallGroupThreshold;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        (Organisations, Municipalities) = await handler.ChoicesAsync(cancellationToken);
        Teams = await handler.TeamChoicesAsync(cancellationToken);
        var result = await handler.AllAsync(Filter, cancellationToken);
        if (result.IsSuccess)
        {
            Figures = result.Value;
            Goals = await goals.ForFiguresAsync(Figures, cancellationToken);
            return;
        }

        Refuse(result.Errors);
    }

    /// <summary>Every indicator as one CSV file or spreadsheet for the filter; a bad filter or format shows the page with the messages.</summary>
    public async Task<IActionResult> OnGetExportAsync(string? format, [FromServices] IndicatorExport.Handler export, CancellationToken cancellationToken)
    {
        var file = await export.HandleAsync(null, Filter, format, cancellationToken);
        if (file.IsSuccess)
        {
            return File(file.Value.Content, file.Value.ContentType, file.Value.Name);
        }

        (Organisations, Municipalities) = await handler.ChoicesAsync(cancellationToken);
        Teams = await handler.TeamChoicesAsync(cancellationToken);
        Refuse(file.Errors);
        return Page();
    }

    private void Refuse(IReadOnlyList<Error> errors)
    {
        foreach (var error in errors)
        {
            ModelState.AddModelError(error.Field ?? string.Empty, text.Describe(error));
        }
    }

    /// <summary>Where a figure of <paramref name="key"/> drills down to for this user (never for an analyst), or null.</summary>
    public string? DrillDown(string key) => IndicatorDefinitions.DrillDownFor(key, User.IsInRole);

    /// <summary>A figure as the tables show it (<see cref="IndicatorDefinitions.Show"/>).</summary>
    public string Show(Figure figure, IndicatorKind kind) => IndicatorDefinitions.Show(figure, kind, text);
}
