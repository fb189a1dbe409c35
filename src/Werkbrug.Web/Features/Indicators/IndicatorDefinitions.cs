using System.Globalization;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Indicators;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Indicators;

/// <summary>
/// The catalogue as people read it: per indicator its name and definition (what is counted, from which records, known
/// limits) from the resources "Indicators.&lt;key&gt;.*", its breakdowns, its definition page, and the list it drills
/// down to for the roles that may open that list.
/// </summary>
public static class IndicatorDefinitions
{
    public sealed record BreakdownLabel(string Key, string Label);

    public sealed record Item(
        string Key, string Name, IndicatorGroup Group, IndicatorKind Kind, string Counts, string Records, string Limits, IReadOnlyList<BreakdownLabel> Breakdowns, string Page);

    /// <summary>The list a figure counts and the roles that may open it (never the Analyst: lists show records).</summary>
    public sealed record DrillDown(string Href, IReadOnlyList<string> Roles);

    private static readonly Dictionary<string, DrillDown> DrillDowns = new()
    {
        [IndicatorCatalogue.Placements] = new("/placements", Policies.JobSeekerRoles),
        [IndicatorCatalogue.CrossPartnerPlacements] = new("/placements", Policies.JobSeekerRoles),
        [IndicatorCatalogue.LastingSixMonths] = new("/placements#durability", Policies.JobSeekerRoles),
        [IndicatorCatalogue.LastingTwelveMonths] = new("/placements#durability", Policies.JobSeekerRoles),
        [IndicatorCatalogue.IntakeAnsweredInTime] = new("/intake-requests", Policies.AdviserRoles),
        [IndicatorCatalogue.AftercareOnTime] = new("/aftercare/overdue", Policies.ManagerRoles),
        [IndicatorCatalogue.EmployersReached] = new("/employers", Policies.AdviserRoles),
        [IndicatorCatalogue.EmployersNew] = new("/employers", Policies.AdviserRoles),
        [IndicatorCatalogue.EmployerContacts] = new("/employers", Policies.AdviserRoles),
        [IndicatorCatalogue.ReferralsInvited] = new("/referrals", Policies.JobSeekerRoles),
        [IndicatorCatalogue.ReferralsHired] = new("/referrals", Policies.JobSeekerRoles),
        [IndicatorCatalogue.Rejections] = new("/referrals", Policies.JobSeekerRoles),
        [IndicatorCatalogue.VacanciesClosed] = new("/vacancies", Policies.AdviserRoles),
        [IndicatorCatalogue.TimeToFill] = new("/vacancies", Policies.AdviserRoles),
    };

    public static string PageOf(string key) => "/indicators/" + key;

    public static Item Describe(IndicatorDefinition indicator, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(text);
        var prefix = "Indicators." + indicator.Key;
        return new Item(
            indicator.Key, text[prefix + ".Name"], indicator.Group, indicator.Kind, text[prefix + ".Counts"], text[prefix + ".Records"], text[prefix + ".Limits"],
            indicator.Breakdowns.Select(b => new BreakdownLabel(b, text["Indicators.Breakdown." + b])).ToList(), PageOf(indicator.Key));
    }

    public static IReadOnlyList<Item> All(IStringLocalizer text) => IndicatorCatalogue.All.Select(i => Describe(i, text)).ToList();

    /// <summary>Where a figure of <paramref name="key"/> drills down to for the caller, or null when none of its roles may open that list.</summary>
    public static string? DrillDownFor(string key, Func<string, bool> isInRole) =>
        DrillDowns.TryGetValue(key, out var drill) && drill.Roles.Any(isInRole) ? drill.Href : null;

    /// <summary>
    /// Why the figure of <paramref name="view"/> or of its previous period is not available (see <see cref="Figure.Available"/>):
    /// a municipality filter on an indicator whose records have no municipality, or a period without its source (a snapshot,
    /// a population table); null when both periods have a figure.
    /// </summary>
    public static string? NotAvailableNote(IndicatorFigures.View view, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(text);
        if (view.Value.Available && view.Previous.Available)
        {
            return null;
        }

        // An indicator may say in its own words why ("Indicators.<key>.NotByMunicipality|NotAvailable"); else the pool's reasons.
        var byMunicipality = view.Municipality is not null && IndicatorCatalogue.Find(view.Key) is { ByMunicipality: false };
        var own = text[$"Indicators.{view.Key}.{(byMunicipality ? "NotByMunicipality" : "NotAvailable")}"];
        return own.ResourceNotFound ? text[byMunicipality ? "Indicators.NotByMunicipality" : "Indicators.NoSnapshot"] : own;
    }

    /// <summary>A figure as people read it: "afgeschermd" when suppressed, "niet beschikbaar" when there is none, a count, "12,5% (3 van 24)", or "–" without a base.</summary>
    public static string Show(Figure figure, IndicatorKind kind, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(figure);
        ArgumentNullException.ThrowIfNull(text);
        if (!figure.Available)
        {
            return text["Indicators.NotAvailable"];
        }

        if (figure.Suppressed)
        {
            return text["Indicators.Suppressed"];
        }

        var culture = CultureInfo.CurrentCulture;
        return figure.Value is not { } value ? "–" : kind switch
        {
            IndicatorKind.Share => text["Indicators.ShareValue", value.ToString("0.#", culture), figure.Count ?? 0, figure.Of ?? 0],
            IndicatorKind.AverageDays => text["Indicators.DaysValue", value.ToString("0.#", culture), figure.Count ?? 0],
            _ => value.ToString("N0", culture),
        };
    }
}
