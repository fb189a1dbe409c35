using Werkbrug.Domain.Common;

namespace Werkbrug.Domain.Exchange;

/// <summary>What a partner system exchanges with Werkbrug: job-seeker profiles and vacancies.</summary>
public enum ExchangeKind
{
    Profile = 1,
    Vacancy = 2,
}

/// <summary>
/// One entry of the changes feed: a profile or vacancy was created, changed or removed. <see cref="Sequence"/> is the
/// watermark: a database-assigned number that only grows, in the order the changes were committed (ADR 0036), so a
/// partner that pulls "everything after n" misses nothing and gets nothing twice. Only ever added, except that erasing a
/// profile blanks <see cref="ExternalId"/> in its entries (the partner's key to the person goes with the person).
/// </summary>
public sealed class ExchangeChange : IRegionScoped
{
    public long Sequence { get; init; }

    public required string RegionCode { get; init; }

    public ExchangeKind Kind { get; init; }

    public Guid EntityId { get; init; }

    /// <summary>The organisation that owns the profile or vacancy.</summary>
    public Guid OwnerOrganisationId { get; init; }

    /// <summary>The record's id in its source system, when it has one.</summary>
    public string? ExternalId { get; init; }

    /// <summary>The source system that made this change (the partner token's), null for a change made in Werkbrug.</summary>
    public string? ChangedBySource { get; init; }

    public bool Removed { get; init; }

    public DateTime AtUtc { get; init; }
}

/// <summary>One delivery from a source: a partner push or a VUM file import, with its row counts (the freshness report).</summary>
public sealed class ExchangeDelivery : IRegionScoped
{
    public Guid Id { get; init; } = Ids.New();

    public required string RegionCode { get; init; }

    public Guid OrganisationId { get; init; }

    /// <summary>The partner's source system; <see cref="FileSource"/> for a VUM file imported by a user.</summary>
    public required string SourceSystem { get; init; }

    public ExchangeKind Kind { get; init; }

    public DateTime ReceivedAtUtc { get; init; }

    public int Rows { get; init; }

    public int Created { get; init; }

    public int Updated { get; init; }

    public int Unchanged { get; init; }

    public int Rejected { get; init; }

    /// <summary>The source name of a VUM file imported by a user (not a partner system).</summary>
    public const string FileSource = "vum-bestand";
}
