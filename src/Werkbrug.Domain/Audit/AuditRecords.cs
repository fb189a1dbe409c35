using Werkbrug.Domain.Common;

namespace Werkbrug.Domain.Audit;

/// <summary>A record that is only ever added: the persistence layer refuses to change or delete it.</summary>
public interface IAppendOnly
{
    long Sequence { get; }

    /// <summary>The record's link in its chain; the previous record's hash is not stored again (it is that record's <see cref="Hash"/>).</summary>
    string Hash { get; }

    /// <summary>The fields covered by <see cref="Hash"/>, as <see cref="AuditChain.Canonical"/> writes them.</summary>
    string Canonical();
}

/// <summary>What was done with the personal data.</summary>
public enum AuditAction
{
    Read = 1,
    List = 2,
    Search = 3,
    Export = 4,
    Create = 5,
    Update = 6,
    Erase = 7,
}

public enum AuditResult
{
    Success = 1,
    Failure = 2,
}

/// <summary>
/// One processing of personal data in one request and region (Logboek Dataverwerkingen: the processing log).
/// It names its data subjects only by pseudonym and holds no identity of the staff member: an access request
/// (GDPR art. 15) is answered from these records without exposing colleagues. Who did it is in the
/// <see cref="UserAuditRecord"/> with the same <see cref="TraceId"/>.
/// </summary>
public sealed class ProcessingLogRecord : IRegionScoped, IAppendOnly
{
    public Guid Id { get; init; } = Ids.New();

    public required string RegionCode { get; init; }

    /// <summary>Position in the region's processing chain: 1, 2, 3… without gaps.</summary>
    public long Sequence { get; init; }

    /// <summary>W3C trace id (32 hex) of the request that processed the data.</summary>
    public required string TraceId { get; init; }

    /// <summary>The processing activity (verwerkingsactiviteit) from the register, e.g. "werkzoekenden.profielbeheer".</summary>
    public required string ActivityCode { get; init; }

    /// <summary>
    /// The data subjects this processing touched, by pseudonym, in the order processed: one record per read and region
    /// (ADR 0056), so a list of fifty people is one record naming fifty subjects, each once per read.
    /// </summary>
    public required IReadOnlyList<string> SubjectPseudonyms { get; init; }

    public AuditAction Action { get; init; }

    public AuditResult Result { get; init; }

    public DateTime AtUtc { get; init; }

    /// <summary>The organisation that processed the data (the controller or processor), never the person.</summary>
    public Guid? OrganisationId { get; init; }

    public string Hash { get; private set; } = string.Empty;

    /// <summary>Computes <see cref="Hash"/> from the previous record's once every other field is set; the record is then complete.</summary>
    public void Seal(string previousHash) => Hash = AuditChain.Link(previousHash, Canonical());

    /// <summary>The subjects are one field, joined by commas (which no pseudonym holds), so a record of one subject reads as
    /// records did before ADR 0056 and their hashes still hold.</summary>
    public string Canonical() => AuditChain.Canonical(
        "processing", Id, RegionCode, Sequence, TraceId, ActivityCode, string.Join(',', SubjectPseudonyms), Action.ToString(), Result.ToString(), AtUtc, OrganisationId);
}

/// <summary>Who processed personal data in a request: the user audit log, linked to the processing log by trace id.</summary>
public sealed class UserAuditRecord : IRegionScoped, IAppendOnly
{
    public Guid Id { get; init; } = Ids.New();

    public required string RegionCode { get; init; }

    public long Sequence { get; init; }

    public required string TraceId { get; init; }

    public Guid? ActorUserId { get; init; }

    public Guid? ActorOrganisationId { get; init; }

    /// <summary>The actor's roles at the time, comma-separated.</summary>
    public required string Roles { get; init; }

    /// <summary>Method and path of the request (never its query string).</summary>
    public required string Path { get; init; }

    public required string ActivityCode { get; init; }

    public AuditAction Action { get; init; }

    /// <summary>How many processing records (data subjects) this request wrote.</summary>
    public int SubjectCount { get; init; }

    public DateTime AtUtc { get; init; }

    public string Hash { get; private set; } = string.Empty;

    /// <summary>Computes <see cref="Hash"/> from the previous record's once every other field is set; the record is then complete.</summary>
    public void Seal(string previousHash) => Hash = AuditChain.Link(previousHash, Canonical());

    public string Canonical() => AuditChain.Canonical(
        "user", Id, RegionCode, Sequence, TraceId, ActorUserId, ActorOrganisationId, Roles, Path, ActivityCode, Action.ToString(), SubjectCount, AtUtc);
}

/// <summary>
/// The head of a region's two chains (processing and user audit): the last sequence and hash of each. Appends
/// update it under a lock, so concurrent writers never fork a chain; its <see cref="Version"/> guards it too.
/// </summary>
public sealed class AuditChainHead : IVersioned
{
    public required string RegionCode { get; init; }

    public long ProcessingSequence { get; set; }

    public string ProcessingHash { get; set; } = AuditChain.Genesis;

    public long UserSequence { get; set; }

    public string UserHash { get; set; } = AuditChain.Genesis;

    public int Version { get; set; }
}
