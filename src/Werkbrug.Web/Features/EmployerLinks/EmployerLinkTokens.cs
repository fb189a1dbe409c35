using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Referrals;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.EmployerLinks;

/// <summary>Why a token was refused (or not): the open page answers 404 for an unknown token, 410 for one that ran out.</summary>
public enum LinkState
{
    Valid,
    Unknown,
    Expired,
    Revoked,
}

public sealed record CheckedLink(LinkState State, EmployerLink? Link)
{
    public bool IsValid => State == LinkState.Valid;
}

/// <summary>
/// Makes and checks the tokens of employer links. A token is the data-protected (signed and encrypted) payload
/// {link id, 32 random bytes, expiry}, base64url; the database keeps only the SHA-256 of the secret. A token works
/// while its signature holds, the clock is before its expiry and the link row is neither revoked nor expired: a
/// revoked or expired token never works again.
/// </summary>
public sealed class EmployerLinkTokens(WerkbrugDb db, IDataProtectionProvider protection, TimeProvider clock)
{
    public const string Purpose = "Werkbrug.EmployerLink.v1";

    private sealed record Payload(Guid L, string S, DateTime E);

    /// <summary>A new link for <paramref name="vacancyRegion"/>'s vacancy (added to the unit of work, not saved) and its token.</summary>
    public (EmployerLink Link, string Token) Create(string vacancyRegion, Guid vacancyId, Guid employerId, string contactName, int days, Guid byUserId)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var secret = RandomNumberGenerator.GetBytes(32);
        var link = new EmployerLink
        {
            RegionCode = vacancyRegion,
            VacancyId = vacancyId,
            EmployerId = employerId,
            ContactName = contactName,
            SecretHash = Hash(secret),
            ExpiresAtUtc = now.AddDays(days),
            CreatedByUserId = byUserId,
            CreatedAtUtc = now,
        };
        db.EmployerLinks.Add(link);
        var payload = JsonSerializer.SerializeToUtf8Bytes(new Payload(link.Id, WebEncoders.Base64UrlEncode(secret), link.ExpiresAtUtc));
        return (link, WebEncoders.Base64UrlEncode(Protector.Protect(payload)));
    }

    /// <summary>Checks a token as it came in (query string, cookie or header).</summary>
    public async Task<CheckedLink> CheckAsync(string? token, CancellationToken cancellationToken)
    {
        if (Read(token) is not { } payload)
        {
            return new CheckedLink(LinkState.Unknown, null);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        // Reviewed exception to the region filter: nobody is signed in yet; the signed token itself names its link,
        // and the secret's hash below proves the holder got it from us. Only EmployerLinks is read this way.
        var link = await db.EmployerLinks.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(l => l.Id == payload.L, cancellationToken);
        if (link is null || !SameSecret(link.SecretHash, payload.S))
        {
            return new CheckedLink(LinkState.Unknown, null);
        }

        if (link.IsRevoked)
        {
            return new CheckedLink(LinkState.Revoked, link);
        }

        return now >= payload.E || !link.IsValidAt(now) ? new CheckedLink(LinkState.Expired, link) : new CheckedLink(LinkState.Valid, link);
    }

    /// <summary>Notes when the link was last used (at most every five minutes, outside the caller's unit of work).</summary>
    public async Task TouchAsync(EmployerLink link, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (link.LastUsedAtUtc is null || now - link.LastUsedAtUtc > TimeSpan.FromMinutes(5))
        {
            // Same reviewed exception as in CheckAsync: the link was just proven by its token.
            await db.EmployerLinks.IgnoreQueryFilters().Where(l => l.Id == link.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.LastUsedAtUtc, now), cancellationToken);
        }
    }

    public static string Hash(byte[] secret) => Convert.ToHexStringLower(SHA256.HashData(secret));

    private IDataProtector Protector => protection.CreateProtector(Purpose);

    private Payload? Read(string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 2000)
        {
            return null;
        }

        try
        {
            var payload = JsonSerializer.Deserialize<Payload>(Protector.Unprotect(WebEncoders.Base64UrlDecode(token.Trim())));
            return payload is { S.Length: > 0 } ? payload with { E = DateTime.SpecifyKind(payload.E, DateTimeKind.Utc) } : null;
        }
        catch (Exception exception) when (exception is CryptographicException or FormatException or JsonException)
        {
            return null;
        }
    }

    private static bool SameSecret(string storedHash, string secret)
    {
        byte[] bytes;
        try
        {
            bytes = WebEncoders.Base64UrlDecode(secret);
        }
        catch (FormatException)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.ASCII.GetBytes(Hash(bytes)), System.Text.Encoding.ASCII.GetBytes(storedHash));
    }
}
