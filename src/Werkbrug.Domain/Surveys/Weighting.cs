namespace Werkbrug.Domain.Surveys;

/// <summary>A weighting cell: SBI section (letter A–U) × size band.</summary>
public sealed record Stratum(string Section, SizeBand Size);

/// <summary>
/// The size bands of the weighting: CBS's publication classes of establishments by number of employed persons,
/// coarse enough that a region's response fills them. <see cref="Bands.Of(Employers.SizeClass)"/> maps an employer's size class.
/// </summary>
public enum SizeBand
{
    Employees1To9 = 1,
    Employees10To49 = 2,
    Employees50To99 = 3,
    Employees100Plus = 4,
}

public static class Bands
{
    public static SizeBand Of(Employers.SizeClass size) => size switch
    {
        Employers.SizeClass.Employees0 or Employers.SizeClass.Employees1 or Employers.SizeClass.Employees2To4 or Employers.SizeClass.Employees5To9 => SizeBand.Employees1To9,
        Employers.SizeClass.Employees10To49 => SizeBand.Employees10To49,
        Employers.SizeClass.Employees50To99 => SizeBand.Employees50To99,
        _ => SizeBand.Employees100Plus,
    };
}

/// <summary>
/// The population of employers of a region: counts per cell (section × size band) where they are known, else the two
/// margins (counts per section, counts per size band) as CBS publishes them separately.
/// </summary>
public sealed record PopulationTable(
    IReadOnlyDictionary<Stratum, long> Cells,
    IReadOnlyDictionary<string, long> Sections,
    IReadOnlyDictionary<SizeBand, long> Sizes)
{
    public static PopulationTable FromCells(IReadOnlyDictionary<Stratum, long> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        return new(
            cells,
            cells.GroupBy(c => c.Key.Section).ToDictionary(g => g.Key, g => g.Sum(c => c.Value), StringComparer.Ordinal),
            cells.GroupBy(c => c.Key.Size).ToDictionary(g => g.Key, g => g.Sum(c => c.Value)));
    }

    public static PopulationTable FromMargins(IReadOnlyDictionary<string, long> sections, IReadOnlyDictionary<SizeBand, long> sizes) =>
        new(new Dictionary<Stratum, long>(), sections, sizes);

    public bool HasCells => Cells.Count > 0;

    public long Total => HasCells ? Cells.Values.Sum() : Sections.Values.Sum();
}

public enum WeightingMethod
{
    /// <summary>No population table: every respondent weighs 1.</summary>
    None = 0,

    /// <summary>Every populated cell has respondents: weight N_h / n_h.</summary>
    PostStratification = 1,

    /// <summary>Only the margins are known, or some populated cells have no respondents: iterative proportional fitting to the margins.</summary>
    Raking = 2,
}

/// <summary>
/// The weights, one per respondent in the order given (0 for a respondent outside the population table), how they were
/// made, and whether raking converged.
/// </summary>
public sealed record Weights(IReadOnlyList<double> Values, WeightingMethod Method, bool Converged, int Iterations)
{
    /// <summary>Kish's effective sample size: (Σw)² / Σw².</summary>
    public double EffectiveSize => EffectiveSizeOf(Values);

    public static double EffectiveSizeOf(IEnumerable<double> weights)
    {
        var list = weights.Where(w => w > 0).ToList();
        var squares = list.Sum(w => w * w);
        return squares == 0 ? 0 : Math.Pow(list.Sum(), 2) / squares;
    }
}

/// <summary>
/// Weights respondents to the population of employers (the report weighted its employer survey by branch and size the
/// same way). Post-stratification when the cells are known and each populated cell has respondents; otherwise raking to
/// the margins (section, size band), which lets an empty cell's employers be carried by its row and column.
/// Weights sum to the population total, so a weighted count is a number of employers.
/// </summary>
public static class Weighting
{
    public const int MaxIterations = 100;

    public const double Tolerance = 1e-9;

    public static Weights Weigh(IReadOnlyList<Stratum> respondents, PopulationTable? population)
    {
        ArgumentNullException.ThrowIfNull(respondents);
        if (population is null || population.Total == 0 || respondents.Count == 0)
        {
            return new Weights(respondents.Select(_ => 1.0).ToList(), WeightingMethod.None, true, 0);
        }

        var counts = respondents.GroupBy(r => r).ToDictionary(g => g.Key, g => g.Count());
        var cellsFilled = population.HasCells && population.Cells.Where(c => c.Value > 0).All(c => counts.ContainsKey(c.Key));
        return cellsFilled ? PostStratify(respondents, population.Cells) : Rake(respondents, population.Sections, population.Sizes);
    }

    /// <summary>w = N_h / n_h for a respondent in cell h; 0 outside the table.</summary>
    public static Weights PostStratify(IReadOnlyList<Stratum> respondents, IReadOnlyDictionary<Stratum, long> cells)
    {
        ArgumentNullException.ThrowIfNull(respondents);
        ArgumentNullException.ThrowIfNull(cells);
        var counts = respondents.GroupBy(r => r).ToDictionary(g => g.Key, g => g.Count());
        return new Weights(
            respondents.Select(r => cells.TryGetValue(r, out var n) ? (double)n / counts[r] : 0).ToList(),
            WeightingMethod.PostStratification, true, 0);
    }

    /// <summary>
    /// Iterative proportional fitting: starting from N / n, scale the weights so that they sum to each section's count,
    /// then to each size band's count, until both margins hold within <see cref="Tolerance"/> (relative) or after
    /// <see cref="MaxIterations"/> rounds. A margin category without respondents cannot be met and is left out (the
    /// estimates then describe the employers of the categories that did respond; the size margin is scaled to the section
    /// margin's total so both describe the same employers); a respondent outside the margins weighs 0.
    /// </summary>
    public static Weights Rake(IReadOnlyList<Stratum> respondents, IReadOnlyDictionary<string, long> sections, IReadOnlyDictionary<SizeBand, long> sizes)
    {
        ArgumentNullException.ThrowIfNull(respondents);
        ArgumentNullException.ThrowIfNull(sections);
        ArgumentNullException.ThrowIfNull(sizes);
        var covered = respondents.Select(r => sections.GetValueOrDefault(r.Section) > 0 && sizes.GetValueOrDefault(r.Size) > 0).ToArray();
        var sectionTargets = Targets(sections, respondents.Where((_, i) => covered[i]).Select(r => r.Section));
        var sizeTargets = Targets(sizes, respondents.Where((_, i) => covered[i]).Select(r => r.Size));
        if (sizeTargets.Count > 0)
        {
            // Both margins must describe the same total, or the fit swings between them forever.
            var scale = sectionTargets.Values.Sum() / sizeTargets.Values.Sum();
            foreach (var key in sizeTargets.Keys.ToList())
            {
                sizeTargets[key] *= scale;
            }
        }

        var coveredCount = covered.Count(c => c);
        var start = coveredCount == 0 ? 0 : sectionTargets.Values.Sum() / coveredCount;
        var weights = covered.Select(c => c ? start : 0).ToArray();

        for (var iteration = 1; iteration <= MaxIterations; iteration++)
        {
            Fit(weights, covered, respondents, r => r.Section, sectionTargets);
            Fit(weights, covered, respondents, r => r.Size, sizeTargets);
            if (Gap(weights, covered, respondents, r => r.Section, sectionTargets) < Tolerance)
            {
                return new Weights(weights, WeightingMethod.Raking, true, iteration);
            }
        }

        return new Weights(weights, WeightingMethod.Raking, false, MaxIterations);
    }

    /// <summary>The margin's counts of the categories that have respondents.</summary>
    private static Dictionary<T, double> Targets<T>(IReadOnlyDictionary<T, long> margin, IEnumerable<T> present)
        where T : notnull
    {
        var seen = present.ToHashSet();
        return margin.Where(m => m.Value > 0 && seen.Contains(m.Key)).ToDictionary(m => m.Key, m => (double)m.Value);
    }

    private static void Fit<T>(double[] weights, bool[] covered, IReadOnlyList<Stratum> respondents, Func<Stratum, T> category, Dictionary<T, double> targets)
        where T : notnull
    {
        var sums = Sums(weights, covered, respondents, category);
        for (var i = 0; i < weights.Length; i++)
        {
            if (covered[i] && sums.TryGetValue(category(respondents[i]), out var sum) && sum > 0)
            {
                weights[i] *= targets[category(respondents[i])] / sum;
            }
        }
    }

    private static double Gap<T>(double[] weights, bool[] covered, IReadOnlyList<Stratum> respondents, Func<Stratum, T> category, Dictionary<T, double> targets)
        where T : notnull
    {
        var sums = Sums(weights, covered, respondents, category);
        return targets.Max(t => Math.Abs(sums.GetValueOrDefault(t.Key) - t.Value) / t.Value);
    }

    private static Dictionary<T, double> Sums<T>(double[] weights, bool[] covered, IReadOnlyList<Stratum> respondents, Func<Stratum, T> category)
        where T : notnull
    {
        var sums = new Dictionary<T, double>();
        for (var i = 0; i < weights.Length; i++)
        {
            if (covered[i])
            {
                var key = category(respondents[i]);
                sums[key] = sums.GetValueOrDefault(key) + weights[i];
            }
        }

        return sums;
    }
}
