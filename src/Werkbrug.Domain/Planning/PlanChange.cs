using System.Globalization;
using Werkbrug.Domain.Common;

namespace Werkbrug.Domain.Planning;

/// <summary>Something of a plan whose changes are kept.</summary>
public interface IDescribed
{
    /// <summary>The fields a change record compares, as invariant text (null: empty).</summary>
    IReadOnlyDictionary<string, string?> Describe();
}

public enum PlanPart
{
    Plan = 1,
    Goal = 2,
    Activity = 3,
}

public enum ChangeAction
{
    Created = 1,
    Updated = 2,
    Deleted = 3,
}

/// <summary>One field that changed: its value before and after (null: empty).</summary>
public sealed record FieldChange(string Field, string? Old, string? New);

/// <summary>One entry of a plan's history: who created, changed or deleted which part of it, when, and what changed.</summary>
public sealed class PlanChange : IRegionScoped
{
    public Guid Id { get; init; } = Ids.New();

    public required string RegionCode { get; init; }

    /// <summary>The plan (no foreign key: the history of a deleted plan is kept).</summary>
    public Guid PlanId { get; init; }

    public PlanPart Part { get; init; }

    public Guid PartId { get; init; }

    public ChangeAction Action { get; init; }

    public Guid? UserId { get; init; }

    public DateTime AtUtc { get; init; }

    public List<FieldChange> Fields { get; init; } = [];
}

/// <summary>The pure rule of a history entry: which fields differ between two descriptions.</summary>
public static class Changes
{
    public static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// The fields whose value differs, in the order of <paramref name="after"/> (or <paramref name="before"/> for a
    /// deletion); a missing description counts as every field empty, so a creation lists what was set.
    /// </summary>
    public static List<FieldChange> Between(IReadOnlyDictionary<string, string?>? before, IReadOnlyDictionary<string, string?>? after)
    {
        var fields = (after ?? before)?.Keys ?? [];
        return [.. fields
            .Select(f => new FieldChange(f, Empty(before?.GetValueOrDefault(f)), Empty(after?.GetValueOrDefault(f))))
            .Where(c => !string.Equals(c.Old, c.New, StringComparison.Ordinal))];
    }

    private static string? Empty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
