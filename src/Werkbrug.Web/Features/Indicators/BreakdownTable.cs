namespace Werkbrug.Web.Features.Indicators;

/// <summary>One breakdown of an indicator as an accessible table (partial _BreakdownTable: the dashboard and the yearly evaluation).</summary>
public sealed record BreakdownTable(string Id, IndicatorFigures.View Indicator, IndicatorFigures.Breakdown Breakdown);
