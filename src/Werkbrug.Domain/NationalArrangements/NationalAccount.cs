using Werkbrug.Domain.Common;

namespace Werkbrug.Domain.NationalArrangements;

/// <summary>
/// A national account (landelijke werkgever): one business (a KvK number) present in
/// <see cref="Employers.Employer.NationalRegionThreshold"/> or more regions, served by one national account manager.
/// Not region-scoped: it spans regions. Its registrations in each region stay the regions' own employers; the
/// account manager may read them (and their vacancies) in every region, and change them in none but their own (ADR 0034).
/// </summary>
public sealed class NationalAccount : IVersioned
{
    public Guid Id { get; init; } = Ids.New();

    public required string KvkNumber { get; init; }

    public required string Name { get; set; }

    /// <summary>The national account manager whose account this is.</summary>
    public Guid ManagerUserId { get; set; }

    public DateTime CreatedAtUtc { get; init; }

    public int Version { get; set; }
}
