using Werkbrug.Domain.JobSeekers;

namespace Werkbrug.Domain.Tests.JobSeekers;

public sealed class PseudonymTests
{
    private static readonly byte[] SecretA = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
    private static readonly byte[] SecretB = Enumerable.Range(101, 32).Select(i => (byte)i).ToArray();
    private static readonly Guid Profile = Guid.Parse("0196a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b");

    [Fact]
    public void the_same_profile_gets_the_same_pseudonym_every_time() =>
        Assert.Equal(Pseudonyms.Of(Profile, "AM14", SecretA), Pseudonyms.Of(Profile, "AM14", SecretA));

    [Fact]
    public void a_pseudonym_is_wz_and_ten_crockford_characters()
    {
        var pseudonym = Pseudonyms.Of(Profile, "AM14", SecretA);

        Assert.Matches("^WZ-[0-9A-HJKMNP-TV-Z]{10}$", pseudonym);
        Assert.True(Pseudonyms.IsWellFormed(pseudonym));
    }

    [Theory]
    [InlineData("AM14", "AM15")]
    [InlineData("AM01", "AM35")]
    public void another_region_gives_an_unrelated_pseudonym(string region, string other)
    {
        Assert.NotEqual(Pseudonyms.Of(Profile, region, SecretA), Pseudonyms.Of(Profile, other, SecretB));
        // Even under the same secret the region is part of what is hashed.
        Assert.NotEqual(Pseudonyms.Of(Profile, region, SecretA), Pseudonyms.Of(Profile, other, SecretA));
    }

    [Fact]
    public void another_secret_gives_another_pseudonym() =>
        Assert.NotEqual(Pseudonyms.Of(Profile, "AM14", SecretA), Pseudonyms.Of(Profile, "AM14", SecretB));

    [Fact]
    public void ten_thousand_profiles_get_ten_thousand_pseudonyms()
    {
        var pseudonyms = Enumerable.Range(0, 10_000).Select(_ => Pseudonyms.Of(Guid.CreateVersion7(), "AM14", SecretA)).ToHashSet();

        Assert.Equal(10_000, pseudonyms.Count);
    }

    [Fact]
    public void a_short_secret_is_refused() =>
        Assert.Throws<ArgumentException>(() => Pseudonyms.Of(Profile, "AM14", new byte[16]));

    [Theory]
    [InlineData("WZ-7K3M9QXA2B", true)]
    [InlineData("WZ-7K3M9QXA2", false)]
    [InlineData("WZ-7K3M9QXA2I", false)] // I is not in the alphabet
    [InlineData("wz-7K3M9QXA2B", false)]
    [InlineData("123456782", false)]
    [InlineData(null, false)]
    public void well_formed_pseudonyms_are_recognised(string? text, bool wellFormed) => Assert.Equal(wellFormed, Pseudonyms.IsWellFormed(text));
}
