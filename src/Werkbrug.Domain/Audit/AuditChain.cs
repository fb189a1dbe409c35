using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Werkbrug.Domain.Audit;

/// <summary>
/// The hash chain of an append-only log. Each record's hash is SHA-256 over the previous record's hash and the
/// record's canonical content (its fields in a fixed order, one per line, invariant formatting), so changing,
/// removing or reordering a stored record breaks every link after it. The first record of a chain links to
/// <see cref="Genesis"/>.
/// </summary>
public static class AuditChain
{
    public static readonly string Genesis = new('0', 64);

    /// <summary>Times are hashed (and stored) at whole microseconds, the precision PostgreSQL keeps.</summary>
    public static DateTime Truncate(DateTime utc) => new(utc.Ticks - (utc.Ticks % 10), DateTimeKind.Utc);

    /// <summary>The canonical text of a record: each field on its own line, nulls empty, line breaks escaped.</summary>
    public static string Canonical(params object?[] fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var text = new StringBuilder();
        foreach (var field in fields)
        {
            var value = field switch
            {
                null => string.Empty,
                DateTime t => Truncate(t).ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ", CultureInfo.InvariantCulture),
                Guid g => g.ToString("D"),
                IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
                _ => field.ToString() ?? string.Empty,
            };
            text.Append(value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal)).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The hash of a record (lower-case hex) from the previous hash and its canonical content.</summary>
    public static string Link(string previousHash, string canonical) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(previousHash + "\n" + canonical)));

    /// <summary>
    /// Checks a chain read in sequence order: sequences run 1, 2, 3… without gaps and each stored hash matches its
    /// content linked to the record before. Returns the sequence of the first broken record, or null.
    /// </summary>
    public static long? FirstBroken(IEnumerable<(long Sequence, string Hash, string Canonical)> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var expectedSequence = 1L;
        var previous = Genesis;
        foreach (var record in records)
        {
            if (record.Sequence != expectedSequence || Link(previous, record.Canonical) != record.Hash)
            {
                return Math.Min(record.Sequence, expectedSequence);
            }

            previous = record.Hash;
            expectedSequence++;
        }

        return null;
    }
}
