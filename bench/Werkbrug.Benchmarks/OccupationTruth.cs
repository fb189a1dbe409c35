using Werkbrug.Domain.Common;
using Werkbrug.Matching.Taxonomy;

namespace Werkbrug.Benchmarks;

/// <summary>
/// The quality verb's judge of how close two occupations are, from a structure the engine never reads: the ESCO
/// occupation hierarchy (<c>occupations_hierarchy.csv</c>, occupation → narrower occupation; the taxonomy import skips
/// these rows). 3 = the same occupation; 2 = directly broader or narrower, or a sibling under the same broader ESCO
/// occupation; 1 = only the same ISCO unit group; 0 = otherwise.
/// </summary>
internal sealed class OccupationTruth
{
    private readonly Dictionary<OccupationId, OccupationId> _parent = [];
    private readonly Dictionary<OccupationId, List<OccupationId>> _children = [];
    private readonly SkillTaxonomy _taxonomy;

    public OccupationTruth(SkillTaxonomy taxonomy)
    {
        _taxonomy = taxonomy;
        var uriByKey = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var reader = new StreamReader(SharedData.PathOf("esco-sample-en", "occupations.csv")))
        {
            CsvHeader? header = null;
            foreach (var r in Csv.Read(reader, ','))
            {
                if (header is null)
                {
                    header = new CsvHeader(r.Fields);
                    continue;
                }

                if (header.Get(r, "ID") is { } key && header.Get(r, "ESCOURI") is { } uri)
                {
                    uriByKey[key] = uri;
                }
            }
        }

        using (var reader = new StreamReader(SharedData.PathOf("esco-sample-en", "occupations_hierarchy.csv")))
        {
            CsvHeader? header = null;
            foreach (var r in Csv.Read(reader, ','))
            {
                if (header is null)
                {
                    header = new CsvHeader(r.Fields);
                    continue;
                }

                if (header.Get(r, "PARENTOBJECTTYPE") != "ESCOOccupation" || header.Get(r, "CHILDOBJECTTYPE") != "ESCOOccupation")
                {
                    continue;
                }

                if (Find(uriByKey, header.Get(r, "PARENTID")) is { } parent && Find(uriByKey, header.Get(r, "CHILDID")) is { } child)
                {
                    _parent[child] = parent;
                    if (!_children.TryGetValue(parent, out var list))
                    {
                        _children[parent] = list = [];
                    }

                    list.Add(child);
                }
            }
        }
    }

    public int Links => _parent.Count;

    public int Grade(OccupationId a, OccupationId b)
    {
        if (a == b)
        {
            return 3;
        }

        var pa = _parent.TryGetValue(a, out var x) ? x : (OccupationId?)null;
        var pb = _parent.TryGetValue(b, out var y) ? y : (OccupationId?)null;
        if (pa == b || pb == a || (pa is not null && pa == pb))
        {
            return 2;
        }

        var ia = _taxonomy[a].IscoGroup;
        return ia is { Length: 4 } && ia == _taxonomy[b].IscoGroup ? 1 : 0;
    }

    /// <summary>Occupations at grade 2 from <paramref name="o"/> (broader, narrower, siblings).</summary>
    public List<OccupationId> Neighbours(OccupationId o)
    {
        var list = new List<OccupationId>();
        if (_parent.TryGetValue(o, out var p))
        {
            list.Add(p);
            list.AddRange(_children[p].Where(c => c != o));
        }

        list.AddRange(_children.GetValueOrDefault(o) ?? []);
        return list;
    }

    private OccupationId? Find(Dictionary<string, string> uriByKey, string? key) =>
        key is not null && uriByKey.TryGetValue(key, out var uri) && _taxonomy.FindOccupation(uri) is { } o ? o.Id : null;
}
