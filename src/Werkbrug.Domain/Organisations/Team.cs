using Werkbrug.Domain.Common;

namespace Werkbrug.Domain.Organisations;

public enum TeamKind
{
    /// <summary>Serves employers in a set of municipalities.</summary>
    Geographic = 1,

    /// <summary>A brancheteam: serves employers of some SBI sections (report 3.1.5).</summary>
    Sector = 2,
}

/// <summary>
/// A team of a service point. Advisers of several partner organisations work in one team,
/// so a team belongs to the service point, and users of any partner can be its members.
/// </summary>
public sealed class Team : IRegionScoped, IVersioned
{
    public Guid Id { get; init; } = Ids.New();

    public required string RegionCode { get; init; }

    public Guid ServicePointId { get; set; }

    public required string Name { get; set; }

    public TeamKind Kind { get; set; }

    /// <summary>Municipality names (geographic team) or SBI section letters (sector team).</summary>
    public List<string> Focus { get; set; } = [];

    public int Version { get; set; }

    /// <summary>
    /// Checks the focus of a team against its kind: a geographic team names municipalities of its region,
    /// a sector team names SBI sections. Returns the entries that do not fit.
    /// </summary>
    public static IReadOnlyList<string> InvalidFocus(
        TeamKind kind, IEnumerable<string> focus, IReadOnlySet<string> municipalitiesInRegion, IReadOnlySet<string> sbiSections) =>
        focus.Where(f => kind == TeamKind.Geographic ? !municipalitiesInRegion.Contains(f) : !sbiSections.Contains(f))
            .ToList();
}
