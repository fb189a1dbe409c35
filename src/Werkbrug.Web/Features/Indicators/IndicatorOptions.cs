using System.ComponentModel.DataAnnotations;
using Werkbrug.Domain.Indicators;

namespace Werkbrug.Web.Features.Indicators;

/// <summary>The `Werkbrug:Indicators` section: the small-group threshold (counts of 1 up to it minus one are never shown; default 5). Checked at start-up.</summary>
public sealed class IndicatorOptions
{
    public const string Section = "Werkbrug:Indicators";

    [Range(2, 100)]
    public int SmallGroupThreshold { get; set; } = SmallGroups.DefaultThreshold;

    public SmallGroups Rule => new(SmallGroupThreshold);
}
