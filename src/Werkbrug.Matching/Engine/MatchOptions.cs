using System.Security.Cryptography;
using Werkbrug.Matching.Taxonomy;

namespace Werkbrug.Matching.Engine;

/// <summary>What an index needs: the taxonomy, the PC4 centroids, weights per region, the pseudonym key and bridge providers.</summary>
public sealed class MatchOptions
{
    public MatchOptions(SkillTaxonomy taxonomy, Pc4Map postcodes, byte[] pseudonymKey)
    {
        ArgumentNullException.ThrowIfNull(pseudonymKey);
        if (pseudonymKey.Length < 16)
        {
            throw new ArgumentException("The pseudonym key needs at least 16 bytes.", nameof(pseudonymKey));
        }

        Taxonomy = taxonomy;
        Postcodes = postcodes;
        Pseudonyms = new Pseudonymiser(pseudonymKey);
    }

    public SkillTaxonomy Taxonomy { get; }

    public Pc4Map Postcodes { get; }

    public RegionalWeights Weights { get; init; } = new();

    public IReadOnlyList<IGapBridgeProvider> BridgeProviders { get; init; } = [];

    public Pseudonymiser Pseudonyms { get; }
}

/// <summary>
/// Stable pseudonyms for candidates shown to other organisations: "K-" and ten base-32 characters of
/// HMAC-SHA256(key, id). The same key gives the same pseudonym after a restart; without the key it cannot be reversed.
/// </summary>
public sealed class Pseudonymiser(byte[] key) : IDisposable
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    // One keyed HMAC per thread: setting the key up costs far more than hashing sixteen bytes.
    private readonly ThreadLocal<IncrementalHash> _hmac = new(() => IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key), trackAllValues: true);

    public void Dispose()
    {
        foreach (var h in _hmac.Values)
        {
            h.Dispose();
        }

        _hmac.Dispose();
    }

    public string For(Guid candidateId)
    {
        Span<byte> id = stackalloc byte[16];
        candidateId.TryWriteBytes(id);
        Span<byte> hash = stackalloc byte[32];
        var hmac = _hmac.Value!;
        hmac.AppendData(id);
        hmac.GetHashAndReset(hash);
        Span<char> text = stackalloc char[12];
        text[0] = 'K';
        text[1] = '-';
        ulong bits = BitConverter.ToUInt64(hash);
        for (var i = 0; i < 10; i++)
        {
            text[2 + i] = Alphabet[(int)(bits & 31)];
            bits >>= 5;
        }

        return new string(text);
    }
}
