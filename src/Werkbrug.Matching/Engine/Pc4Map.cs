using System.Globalization;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Geography;

namespace Werkbrug.Matching.Engine;

/// <summary>
/// Centroids of the four-digit postcode areas, the unit of travel distance. Distances are great-circle kilometres
/// between centroids (as <see cref="GeoPoint.DistanceKmTo"/>, computed from the chord between precomputed unit
/// vectors: a fifth of the haversine's cost), as a float: the engine and the reference scorer both call
/// <see cref="DistanceKm"/>, so their filters agree to the bit.
/// </summary>
public sealed class Pc4Map
{
    private readonly double[] _lat = new double[10000];
    private readonly double[] _lon = new double[10000];
    private readonly bool[] _known = new bool[10000];
    private readonly double[] _x = new double[10000];
    private readonly double[] _y = new double[10000];
    private readonly double[] _z = new double[10000];

    public Pc4Map(IEnumerable<(int Pc4, double Latitude, double Longitude)> centroids)
    {
        ArgumentNullException.ThrowIfNull(centroids);
        foreach (var (pc4, lat, lon) in centroids)
        {
            if (pc4 is < 1000 or > 9999)
            {
                continue;
            }

            _lat[pc4] = lat;
            _lon[pc4] = lon;
            _known[pc4] = true;
            var (phi, lambda) = (lat * Math.PI / 180, lon * Math.PI / 180);
            _x[pc4] = Math.Cos(phi) * Math.Cos(lambda);
            _y[pc4] = Math.Cos(phi) * Math.Sin(lambda);
            _z[pc4] = Math.Sin(phi);
        }

        Known = Enumerable.Range(1000, 9000).Where(p => _known[p]).ToArray();
        _byLatitude = Known.OrderBy(p => _lat[p]).ThenBy(p => p).ToArray();
        _sortedLatitudes = _byLatitude.Select(p => _lat[p]).ToArray();
    }

    // Kilometres per degree of latitude, rounded down: |Δlat| × this never exceeds the great-circle distance.
    private const double KmPerDegreeLatitude = 110.5;

    // Kilometres per degree of longitude at 60° N, rounded down: a lower bound for every Dutch (and Belgian) area.
    private const double KmPerDegreeLongitudeLowerBound = 55.0;

    private readonly int[] _byLatitude;
    private readonly double[] _sortedLatitudes;

    /// <summary>Every PC4 with a centroid, ascending.</summary>
    public IReadOnlyList<int> Known { get; }

    public bool IsKnown(int pc4) => pc4 is >= 1000 and <= 9999 && _known[pc4];

    public GeoPoint Centroid(int pc4) => new(_lat[pc4], _lon[pc4]);

    /// <summary>Distance between two known areas in km; <see cref="float.PositiveInfinity"/> when either is unknown.</summary>
    public float DistanceKm(int from, int to)
    {
        if (!IsKnown(from) || !IsKnown(to))
        {
            return float.PositiveInfinity;
        }

        var dx = _x[from] - _x[to];
        var dy = _y[from] - _y[to];
        var dz = _z[from] - _z[to];
        var chord = Math.Sqrt((dx * dx) + (dy * dy) + (dz * dz));
        return (float)(2 * EarthRadiusKm * Math.Asin(Math.Min(1, chord / 2)));
    }

    private const double EarthRadiusKm = 6371.0088;

    /// <summary>
    /// The known areas whose latitude lies within <paramref name="km"/> of <paramref name="pc4"/>'s (a superset of those
    /// within that distance), for a search that must visit only the areas within reach.
    /// </summary>
    internal ReadOnlySpan<int> LatitudeBand(int pc4, double km)
    {
        var degrees = km / KmPerDegreeLatitude;
        var from = LowerBound(_lat[pc4] - degrees);
        var to = UpperBound(_lat[pc4] + degrees);
        return _byLatitude.AsSpan(from, to - from);
    }

    /// <summary>A cheap lower bound on the east–west distance, to skip far areas before the exact computation.</summary>
    internal double LongitudeGapKm(int from, int to) => Math.Abs(_lon[from] - _lon[to]) * KmPerDegreeLongitudeLowerBound;

    private int UpperBound(double latitude)
    {
        var i = LowerBound(latitude);
        while (i < _sortedLatitudes.Length && _sortedLatitudes[i] <= latitude)
        {
            i++;
        }

        return i;
    }

    private int LowerBound(double latitude)
    {
        var i = Array.BinarySearch(_sortedLatitudes, latitude);
        if (i < 0)
        {
            return ~i;
        }

        while (i > 0 && _sortedLatitudes[i - 1] >= latitude)
        {
            i--;
        }

        return i;
    }

    /// <summary>Reads a <c>pc4,lat,lon</c> CSV (the shared postcode centroid file, or the app's reference copy).</summary>
    public static Pc4Map Read(TextReader reader)
    {
        var records = Csv.Read(reader).ToList();
        if (records.Count == 0)
        {
            return new Pc4Map([]);
        }

        var header = new CsvHeader(records[0].Fields);
        return new Pc4Map(records.Skip(1).Select(r => (
            int.Parse(header.Get(r, "pc4") ?? "0", CultureInfo.InvariantCulture),
            double.Parse(header.Get(r, "lat") ?? "0", CultureInfo.InvariantCulture),
            double.Parse(header.Get(r, "lon") ?? "0", CultureInfo.InvariantCulture))));
    }
}
