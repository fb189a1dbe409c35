using Werkbrug.Domain.Geography;

namespace Werkbrug.Domain.Tests.Geography;

public sealed class GeographyTests
{
    [Theory]
    [InlineData("3811 AB", "3811")]
    [InlineData("3811ab", "3811")]
    [InlineData("3811", "3811")]
    [InlineData(" 3811 ", "3811")]
    [InlineData("0811 AB", null)]
    [InlineData("381", null)]
    [InlineData("3811 A", null)]
    [InlineData("3811 1B", null)]
    [InlineData("ABCD", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void the_pc4_of_a_dutch_postcode(string? postcode, string? pc4) => Assert.Equal(pc4, Postcode.ToPc4(postcode));

    [Theory]
    // Amersfoort centre (3811) to Utrecht centre (3511): about 20 km as the crow flies.
    [InlineData(52.1561, 5.3878, 52.0907, 5.1214, 17.5, 20.5)]
    // Groningen (9711) to Maastricht (6211): about 265 km.
    [InlineData(53.2194, 6.5665, 50.8514, 5.6910, 260, 275)]
    [InlineData(52.0, 5.0, 52.0, 5.0, 0, 0.0001)]
    public void the_distance_between_centroids(double lat1, double lon1, double lat2, double lon2, double minKm, double maxKm)
    {
        var distance = new GeoPoint(lat1, lon1).DistanceKmTo(new GeoPoint(lat2, lon2));

        Assert.InRange(distance, minKm, maxKm);
        Assert.Equal(distance, new GeoPoint(lat2, lon2).DistanceKmTo(new GeoPoint(lat1, lon1)), 9);
    }
}
