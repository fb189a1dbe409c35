using Werkbrug.Domain.Common;

namespace Werkbrug.Web.Infrastructure.Security;

/// <summary>
/// A personal access token for the API. Only the SHA-256 hash of the secret is stored; the secret is
/// shown once on creation. A token acts as its user, limited to the roles chosen when it was made.
/// </summary>
public sealed class PersonalAccessToken : IRegionScoped
{
    public Guid Id { get; init; } = Ids.New();

    public required string RegionCode { get; init; }

    public Guid UserId { get; init; }

    public required string Name { get; init; }

    /// <summary>Hex SHA-256 of the full token text.</summary>
    public required string TokenHash { get; init; }

    /// <summary>The first characters of the token, so a user can recognise it in a list.</summary>
    public required string Prefix { get; init; }

    /// <summary>The roles this token may use; always a subset of the user's roles at the time of use.</summary>
    public List<string> Roles { get; init; } = [];

    /// <summary>
    /// A partner token: the name of the partner's own system ("gemeente-amersfoort-sociaal-domein"). Only such a token may push profiles
    /// and vacancies through the exchange API; what it delivers is kept under this name with its external ids.
    /// </summary>
    public string? SourceSystem { get; init; }

    public DateTime CreatedAtUtc { get; init; }

    public DateTime ExpiresAtUtc { get; init; }

    public DateTime? RevokedAtUtc { get; set; }

    public DateTime? LastUsedAtUtc { get; set; }

    public Guid CreatedByUserId { get; init; }

    public bool IsActiveAt(DateTime utcNow) => RevokedAtUtc is null && ExpiresAtUtc > utcNow;
}
