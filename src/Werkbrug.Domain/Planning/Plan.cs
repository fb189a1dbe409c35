using System.Globalization;
using Werkbrug.Domain.Common;

namespace Werkbrug.Domain.Planning;

/// <summary>The two yearly plans of a region (docs/glossary.md).</summary>
public enum PlanKind
{
    /// <summary>Uitvoeringsplan: what the service point does this year and which goals it sets.</summary>
    ExecutionPlan = 1,

    /// <summary>Marktbewerkingsplan: which employers and sectors the service point approaches this year.</summary>
    MarketPlan = 2,
}

/// <summary>A region's yearly plan: its goals (<see cref="Goal"/>) and activities (<see cref="PlanActivity"/>).</summary>
public sealed class Plan : IRegionScoped, IVersioned, IDescribed
{
    public Guid Id { get; init; } = Ids.New();

    public required string RegionCode { get; init; }

    public int Year { get; set; }

    public PlanKind Kind { get; set; }

    public required string Title { get; set; }

    public string? Description { get; set; }

    /// <summary>The day the plan was adopted (vastgesteld), if it was.</summary>
    public DateOnly? AdoptedOn { get; set; }

    /// <summary>The day the plan was evaluated, if it was.</summary>
    public DateOnly? EvaluatedOn { get; set; }

    public int Version { get; set; }

    public IReadOnlyDictionary<string, string?> Describe() => new Dictionary<string, string?>
    {
        ["Year"] = Year.ToString(CultureInfo.InvariantCulture),
        ["Kind"] = Kind.ToString(),
        ["Title"] = Title,
        ["Description"] = Description,
        ["AdoptedOn"] = Changes.Day(AdoptedOn),
        ["EvaluatedOn"] = Changes.Day(EvaluatedOn),
    };
}

/// <summary>What an activity of a plan has come to.</summary>
public enum ActivityStatus
{
    Planned = 1,
    InProgress = 2,
    Done = 3,
    Dropped = 4,
}

/// <summary>An activity of a plan: who carries it out (an organisation of the region, optionally one of its users) and by when.</summary>
public sealed class PlanActivity : IRegionScoped, IVersioned, IDescribed
{
    public Guid Id { get; init; } = Ids.New();

    public required string RegionCode { get; init; }

    public Guid PlanId { get; init; }

    public required string Title { get; set; }

    public Guid OwnerOrganisationId { get; set; }

    public Guid? OwnerUserId { get; set; }

    public ActivityStatus Status { get; set; } = ActivityStatus.Planned;

    public DateOnly? DueOn { get; set; }

    public int Version { get; set; }

    public IReadOnlyDictionary<string, string?> Describe() => new Dictionary<string, string?>
    {
        ["Title"] = Title,
        ["OwnerOrganisationId"] = OwnerOrganisationId.ToString(),
        ["OwnerUserId"] = OwnerUserId?.ToString(),
        ["Status"] = Status.ToString(),
        ["DueOn"] = Changes.Day(DueOn),
    };
}

/// <summary>Column lengths of plans, goals and activities (also the input limits).</summary>
public static class PlanLimits
{
    public const int Title = 200;

    public const int Description = 4000;

    public const int IndicatorKey = 60;

    public const int Municipality = 100;

    public const int BreakdownDimension = 60;

    public const int BreakdownKey = 100;
}
