namespace Werkbrug.Domain.Geography;

/// <summary>A four-digit postcode area (PC4) with its centroid, the unit of distance estimates.</summary>
public sealed class PostcodeArea
{
    public required string Pc4 { get; init; }

    public double Latitude { get; set; }

    public double Longitude { get; set; }

    public GeoPoint Centroid => new(Latitude, Longitude);
}
