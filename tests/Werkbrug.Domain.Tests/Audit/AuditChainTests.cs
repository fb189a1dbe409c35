using Werkbrug.Domain.Audit;

namespace Werkbrug.Domain.Tests.Audit;

public sealed class AuditChainTests
{
    private static List<(long, string, string)> AChain(int length)
    {
        var chain = new List<(long, string, string)>();
        var previous = AuditChain.Genesis;
        for (var i = 1; i <= length; i++)
        {
            var canonical = AuditChain.Canonical(i, "AM14", "read", new DateTime(2026, 5, 1, 10, 0, i, DateTimeKind.Utc), Guid.Empty, null);
            var hash = AuditChain.Link(previous, canonical);
            chain.Add((i, hash, canonical));
            previous = hash;
        }

        return chain;
    }

    [Fact]
    public void an_intact_chain_verifies() => Assert.Null(AuditChain.FirstBroken(AChain(5)));

    [Fact]
    public void changed_content_is_found()
    {
        var chain = AChain(5);
        chain[2] = (chain[2].Item1, chain[2].Item2, chain[2].Item3.Replace("read", "erase", StringComparison.Ordinal));

        Assert.Equal(3, AuditChain.FirstBroken(chain));
    }

    [Fact]
    public void a_removed_record_is_found()
    {
        var chain = AChain(5);
        chain.RemoveAt(1);

        Assert.Equal(2, AuditChain.FirstBroken(chain));
    }

    [Fact]
    public void an_inserted_record_is_found_even_when_it_links_correctly()
    {
        var chain = AChain(5);
        var forged = AuditChain.Canonical(3, "AM14", "read", new DateTime(2026, 5, 1, 10, 0, 2, DateTimeKind.Utc), Guid.Empty, "inserted");
        chain.Insert(2, (3, AuditChain.Link(chain[1].Item2, forged), forged));

        Assert.Equal(3, AuditChain.FirstBroken(chain));
    }

    [Fact]
    public void a_recomputed_hash_still_breaks_the_next_link()
    {
        var chain = AChain(5);
        var forged = chain[2].Item3.Replace("read", "erase", StringComparison.Ordinal);
        chain[2] = (3, AuditChain.Link(chain[1].Item2, forged), forged);

        Assert.Equal(4, AuditChain.FirstBroken(chain));
    }

    [Fact]
    public void canonical_text_cannot_be_shifted_between_fields() =>
        Assert.NotEqual(AuditChain.Canonical("a\nb", "c"), AuditChain.Canonical("a", "b\nc"));

    [Fact]
    public void times_are_kept_at_microseconds()
    {
        var time = new DateTime(2026, 5, 1, 10, 0, 0, DateTimeKind.Utc).AddTicks(12_345_678);

        Assert.Equal(AuditChain.Canonical(AuditChain.Truncate(time)), AuditChain.Canonical(time));
        Assert.Equal(0, AuditChain.Truncate(time).Ticks % 10);
    }
}
