namespace Werkbrug.Domain.Indicators;

/// <summary>
/// The small-group rule of every aggregate figure: a count of 1 up to <see cref="Threshold"/> − 1 people or records is
/// never shown (0 is: it singles nobody out), and when exactly one cell of a breakdown is hidden while the total is
/// shown, the smallest other non-zero cell is hidden too, so the hidden one cannot be worked out as the total minus the
/// rest.
/// </summary>
public sealed record SmallGroups(int Threshold)
{
    public const int DefaultThreshold = 5;

    public static SmallGroups Default { get; } = new(DefaultThreshold);

    public bool IsSmall(long count) => count > 0 && count < Threshold;

    /// <summary>Which of <paramref name="parts"/> (the cells of one breakdown of <paramref name="total"/>) to hide.</summary>
    public bool[] Hide(long total, IReadOnlyList<long> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var hidden = parts.Select(p => IsSmall(p) || (IsSmall(total) && p > 0)).ToArray();
        return Complete(hidden, parts);
    }

    /// <summary>
    /// Adds the complementary cells: while exactly one cell is hidden, also hides the smallest shown non-zero cell
    /// (by <paramref name="sizes"/>). Two hidden cells only give away their sum.
    /// </summary>
    public static bool[] Complete(bool[] hidden, IReadOnlyList<long> sizes)
    {
        ArgumentNullException.ThrowIfNull(hidden);
        ArgumentNullException.ThrowIfNull(sizes);
        while (hidden.Count(h => h) == 1)
        {
            var next = Enumerable.Range(0, sizes.Count).Where(i => !hidden[i] && sizes[i] > 0).OrderBy(i => sizes[i]).DefaultIfEmpty(-1).First();
            if (next < 0)
            {
                break;
            }

            hidden[next] = true;
        }

        return hidden;
    }
}
