namespace Werkbrug.Domain.Geography;

/// <summary>A WGS84 position, such as the centroid of a four-digit postcode area.</summary>
public readonly record struct GeoPoint(double Latitude, double Longitude)
{
    private const double EarthRadiusKm = 6371.0088;

    /// <summary>Great-circle (haversine) distance in kilometres: the straight-line basis of travel estimates.</summary>
    public double DistanceKmTo(GeoPoint other)
    {
        var lat1 = ToRadians(Latitude);
        var lat2 = ToRadians(other.Latitude);
        var dLat = lat2 - lat1;
        var dLon = ToRadians(other.Longitude - Longitude);
        var h = Math.Pow(Math.Sin(dLat / 2), 2) + (Math.Cos(lat1) * Math.Cos(lat2) * Math.Pow(Math.Sin(dLon / 2), 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    private static double ToRadians(double degrees) => degrees * Math.PI / 180;
}

/// <summary>Dutch four-digit postcode (PC4) rules.</summary>
public static class Postcode
{
    /// <summary>
    /// Returns the PC4 part of a Dutch postcode ("3811 AB", "3811ab", "3811"), or null when it is not one.
    /// A PC4 runs from 1000 to 9999.
    /// </summary>
    public static string? ToPc4(string? postcode)
    {
        if (string.IsNullOrWhiteSpace(postcode))
        {
            return null;
        }

        var compact = postcode.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        if (compact.Length is not (4 or 6) || compact[0] == '0' || !compact[..4].All(char.IsAsciiDigit))
        {
            return null;
        }

        return compact.Length == 6 && !(char.IsAsciiLetterUpper(compact[4]) && char.IsAsciiLetterUpper(compact[5]))
            ? null
            : compact[..4];
    }
}
