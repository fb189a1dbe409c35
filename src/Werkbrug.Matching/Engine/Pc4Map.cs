using System.Globalization;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Geography;

namespace Werkbrug.Matching.Engine;

/// <summary>
/// Centroids of the four-digit postcode areas, the unit of travel distance. Distances are great-circle kilometres
/// between centroids (<see cref="GeoPoint.DistanceKmTo"/>), rounded down to a float: the engine and the reference scorer
/// both call <see cref="DistanceKm"/>, so their filters agree to the bit.
/// </summary>
public sealed class Pc4Map
{
    private readonly double[] _lat = new double[10000];
    private readonly double[] _lon = new double[10000];
    private readonly bool[] _known = new bool[10000];

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
        }

        Known = Enumerable.Range(1000, 9000).Where(p => _known[p]).ToArray();
    }

    /// <summary>Every PC4 with a centroid, ascending.</summary>
    public IReadOnlyList<int> Known { get; }

    public bool IsKnown(int pc4) => pc4 is >= 1000 and <= 9999 && _known[pc4];

    public GeoPoint Centroid(int pc4) => new(_lat[pc4], _lon[pc4]);

    /// <summary>Distance between two known areas in km; <see cref="float.PositiveInfinity"/> when either is unknown.</summary>
    public float DistanceKm(int from, int to) =>
        IsKnown(from) && IsKnown(to) ? (float)Centroid(from).DistanceKmTo(Centroid(to)) : float.PositiveInfinity;

    /// <summary>A cheap lower bound on the north–south distance, to skip far areas before the exact computation.</summary>
    internal double LatitudeGapKm(int from, int to) => Math.Abs(_lat[from] - _lat[to]) * 110.57;

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
