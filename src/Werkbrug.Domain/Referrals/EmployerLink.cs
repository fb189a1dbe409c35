using Werkbrug.Domain.Common;

namespace Werkbrug.Domain.Referrals;

/// <summary>
/// A personal link for an employer's contact person to follow the referrals for one vacancy without an account. The
/// link carries a signed token; only a hash of its secret is stored. It expires, and it can be revoked, after which
/// the same token is refused.
/// </summary>
public sealed class EmployerLink : IRegionScoped
{
    public Guid Id { get; init; } = Ids.New();

    public required string RegionCode { get; init; }

    public required Guid VacancyId { get; init; }

    public required Guid EmployerId { get; init; }

    /// <summary>Who at the employer it was made for (business contact data).</summary>
    public required string ContactName { get; init; }

    /// <summary>SHA-256 of the token's secret, hex.</summary>
    public required string SecretHash { get; init; }

    public required DateTime ExpiresAtUtc { get; init; }

    public DateTime? RevokedAtUtc { get; private set; }

    public Guid? RevokedByUserId { get; private set; }

    public required Guid CreatedByUserId { get; init; }

    public DateTime CreatedAtUtc { get; init; }

    public DateTime? LastUsedAtUtc { get; set; }

    public bool IsRevoked => RevokedAtUtc is not null;

    public bool IsValidAt(DateTime nowUtc) => !IsRevoked && nowUtc < ExpiresAtUtc;

    /// <summary>Revokes the link for good; revoking twice keeps the first moment.</summary>
    public void Revoke(DateTime atUtc, Guid byUserId)
    {
        if (IsRevoked)
        {
            return;
        }

        RevokedAtUtc = atUtc;
        RevokedByUserId = byUserId;
    }
}
