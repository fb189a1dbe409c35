using System.Security.Cryptography;
using System.Text;

namespace Werkbrug.Domain.JobSeekers;

/// <summary>
/// The stable per-region pseudonym of a job seeker ("WZ-7K3M9QXA2B"): a keyed hash (HMAC-SHA-256) of the
/// region and the profile id under the region's secret, the first 50 bits written in Crockford base32
/// (no I, L, O or U, so it reads aloud and types without confusion). The same profile always gets the same
/// pseudonym in its region; without the secret nobody can compute it from the id, and the same id gives an
/// unrelated pseudonym in another region or under another secret.
/// </summary>
public static class Pseudonyms
{
    public const string Prefix = "WZ-";

    /// <summary>Characters after the prefix: 10 × 5 bits = 50 bits, so a collision in a region of 100,000 profiles has odds of about 1 in 250,000.</summary>
    public const int Length = 10;

    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string Of(Guid profileId, string regionCode, ReadOnlySpan<byte> regionSecret)
    {
        ArgumentNullException.ThrowIfNull(regionCode);
        if (regionSecret.Length < 32)
        {
            throw new ArgumentException("A pseudonym secret has at least 256 bits.", nameof(regionSecret));
        }

        var hash = HMACSHA256.HashData(regionSecret, Encoding.ASCII.GetBytes($"WZ|{regionCode}|{profileId:N}"));
        var bits = 0UL;
        for (var i = 0; i < 8; i++)
        {
            bits = (bits << 8) | hash[i];
        }

        var text = new StringBuilder(Prefix, Prefix.Length + Length);
        for (var i = 0; i < Length; i++)
        {
            text.Append(Alphabet[(int)((bits >> (64 - (5 * (i + 1)))) & 31)]);
        }

        return text.ToString();
    }

    /// <summary>Whether <paramref name="text"/> has the shape of a pseudonym (for refusing garbage before a lookup).</summary>
    public static bool IsWellFormed(string? text) =>
        text is not null && text.Length == Prefix.Length + Length && text.StartsWith(Prefix, StringComparison.Ordinal) && text[Prefix.Length..].All(c => Alphabet.Contains(c, StringComparison.Ordinal));
}
