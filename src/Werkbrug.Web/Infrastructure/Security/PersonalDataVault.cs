using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Infrastructure.Security;

/// <summary>
/// A random 256-bit secret per region and purpose (pseudonyms, BSN hashes), kept in the database encrypted
/// with the Data Protection key ring, so every instance uses the same secret and none lives in one process.
/// </summary>
public sealed class RegionSecret
{
    public required string RegionCode { get; init; }

    public required string Purpose { get; init; }

    /// <summary>The secret, protected by Data Protection (purpose "Werkbrug.RegionSecrets.v1").</summary>
    public required string ProtectedValue { get; init; }

    public DateTime CreatedAtUtc { get; init; }
}

/// <summary>Loads (or, first time, creates) the region secrets; caches them in memory for the process.</summary>
public sealed class RegionSecrets(IServiceScopeFactory scopes, IDataProtectionProvider protection, TimeProvider clock)
{
    public const string PseudonymPurpose = "pseudonym";
    public const string BsnHashPurpose = "bsn-hash";

    private readonly ConcurrentDictionary<(string, string), byte[]> _cache = new();
    private readonly IDataProtector _protector = protection.CreateProtector("Werkbrug.RegionSecrets.v1");

    public async Task<byte[]> GetAsync(string regionCode, string purpose, CancellationToken cancellationToken)
    {
        if (_cache.TryGetValue((regionCode, purpose), out var cached))
        {
            return cached;
        }

        // Its own scope and context: creating a secret must not save whatever the caller's context has pending.
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WerkbrugDb>();
        var stored = await db.RegionSecrets.AsNoTracking().FirstOrDefaultAsync(s => s.RegionCode == regionCode && s.Purpose == purpose, cancellationToken);
        if (stored is null)
        {
            db.RegionSecrets.Add(new RegionSecret
            {
                RegionCode = regionCode,
                Purpose = purpose,
                ProtectedValue = _protector.Protect(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))),
                CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another instance created it first: use theirs.
                db.ChangeTracker.Clear();
            }

            stored = await db.RegionSecrets.AsNoTracking().FirstAsync(s => s.RegionCode == regionCode && s.Purpose == purpose, cancellationToken);
        }

        return _cache.GetOrAdd((regionCode, purpose), Convert.FromBase64String(_protector.Unprotect(stored.ProtectedValue)));
    }
}

/// <summary>
/// Encryption at rest for the BSN and the special-category data (functional work requirements), with ASP.NET
/// Core Data Protection (authenticated encryption, key ring in the database encrypted with the certificate of
/// <see cref="KeyEncryption"/>, keys rotated every 90 days and old keys kept for reading). Each region has its own purpose, so a value copied to another region's row does
/// not open. Also the keyed hashes: the BSN hash for exact search and the pseudonym.
/// </summary>
public sealed class PersonalDataVault(IDataProtectionProvider protection, RegionSecrets secrets)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    public string SealBsn(string regionCode, string bsn) => Protector("bsn", regionCode).Protect(bsn);

    public string OpenBsn(string regionCode, string sealedBsn) => Protector("bsn", regionCode).Unprotect(sealedBsn);

    public string? SealWorkRequirements(string regionCode, FunctionalWorkRequirements requirements) =>
        requirements.IsEmpty ? null : Protector("work-requirements", regionCode).Protect(JsonSerializer.Serialize(requirements, Json));

    public FunctionalWorkRequirements OpenWorkRequirements(string regionCode, string? sealedRequirements) =>
        sealedRequirements is null
            ? FunctionalWorkRequirements.None
            : JsonSerializer.Deserialize<FunctionalWorkRequirements>(Protector("work-requirements", regionCode).Unprotect(sealedRequirements), Json)!;

    public string? SealContactNote(string regionCode, string? note) => note is null ? null : Protector("contact-note", regionCode).Protect(note);

    public string? OpenContactNote(string regionCode, string? sealedNote) => sealedNote is null ? null : Protector("contact-note", regionCode).Unprotect(sealedNote);

    public string SealAftercareNote(string regionCode, string note) => Protector("aftercare-note", regionCode).Protect(note);

    public string? OpenAftercareNote(string regionCode, string? sealedNote) => sealedNote is null ? null : Protector("aftercare-note", regionCode).Unprotect(sealedNote);

    /// <summary>HMAC-SHA-256 of the normalised BSN under the region's BSN secret (hex): exact search without storing the number.</summary>
    public async Task<string> BsnHashAsync(string regionCode, string bsn, CancellationToken cancellationToken) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(await secrets.GetAsync(regionCode, RegionSecrets.BsnHashPurpose, cancellationToken), Encoding.ASCII.GetBytes(bsn)));

    public async Task<string> PseudonymAsync(string regionCode, Guid profileId, CancellationToken cancellationToken) =>
        Pseudonyms.Of(profileId, regionCode, await secrets.GetAsync(regionCode, RegionSecrets.PseudonymPurpose, cancellationToken));

    private IDataProtector Protector(string kind, string regionCode) => protection.CreateProtector("Werkbrug.JobSeekers.v1", kind, regionCode);
}
