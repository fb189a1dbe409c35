using Werkbrug.Domain.Common;

namespace Werkbrug.Domain.Referrals;

/// <summary>
/// An instrument of the region's catalogue applied to a placement (issue 16): which one (its key, name and rule version
/// at the time, kept when the catalogue changes), from when to when, and the amount (the total or the amount per month,
/// as the note says). Recorded by the placing organisation.
/// </summary>
public sealed class AppliedInstrument : IRegionScoped, IVersioned
{
    public const int NoteLength = 500;

    /// <summary>Amounts up to ten million euro (a subsidy is far below).</summary>
    public const decimal MaxAmount = 10_000_000m;

    public Guid Id { get; init; } = Ids.New();

    public required string RegionCode { get; init; }

    public required Guid PlacementId { get; init; }

    /// <summary>The catalogue's instrument (no foreign key: the record stays when the instrument is deleted).</summary>
    public required Guid InstrumentId { get; set; }

    public required string InstrumentKey { get; set; }

    public required string InstrumentName { get; set; }

    /// <summary>The instrument's rule version when it was recorded.</summary>
    public int RuleVersion { get; set; }

    public required DateOnly StartsOn { get; set; }

    public DateOnly? EndsOn { get; set; }

    /// <summary>In euro; null when not known (yet).</summary>
    public decimal? Amount { get; set; }

    public string? Note { get; set; }

    public Guid? RecordedByUserId { get; set; }

    public DateTime RecordedAtUtc { get; set; }

    public int Version { get; set; }

    /// <summary>What is wrong with the dates and amount (resource key suffixes under "AppliedInstrument."): the end before the start, a negative or too large amount.</summary>
    public static IReadOnlyList<(string Field, string Code)> Check(DateOnly startsOn, DateOnly? endsOn, decimal? amount)
    {
        var problems = new List<(string, string)>();
        if (endsOn < startsOn)
        {
            problems.Add((nameof(EndsOn), "EndBeforeStart"));
        }

        if (amount < 0)
        {
            problems.Add((nameof(Amount), "AmountNegative"));
        }
        else if (amount > MaxAmount || (amount is { } a && decimal.Round(a, 2) != a))
        {
            problems.Add((nameof(Amount), "AmountInvalid"));
        }

        return problems;
    }
}
