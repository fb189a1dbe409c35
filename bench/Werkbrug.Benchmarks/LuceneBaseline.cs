using System.Globalization;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Werkbrug.Matching.Engine;

namespace Werkbrug.Benchmarks;

/// <summary>
/// Lucene.NET 4.8 with the closest equivalent query: the hard filters as one filter over cached columns (each PC4
/// area's postings read from the inverted index, every document in it kept when its doc values for max travel,
/// availability, readiness, contract and reservation pass: numeric doc values are loaded once per segment and
/// stay cached, so only the areas within reach are visited, as the engine does), and the score as a sum of
/// constant-score clauses whose boosts are the engine's weight × credit: a max (DisjunctionMax) per wanted skill over
/// the held skills and occupations that earn credit for it, a max over similar occupations, one clause per level for
/// education, language, experience and competences, and per task a clause that matches when it does not clash.
/// Ties fall back to Lucene's document order, so only speed is compared, not the exact top K.
/// </summary>
internal sealed class LuceneBaseline : IDisposable
{
    /// <summary>Precision step of the numeric fields: the values are small, so fewer, wider terms index faster.</summary>
    public const int Step = 8;

    private static readonly FieldType IntType = CreateIntType();

    private readonly FSDirectory _directory;
    private readonly string _path;
    private DirectoryReader? _reader;
    private IndexSearcher? _searcher;

    public LuceneBaseline()
    {
        _path = Path.Combine(Path.GetTempPath(), "werkbrug-bench-lucene-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        System.IO.Directory.CreateDirectory(_path);
        _directory = FSDirectory.Open(_path);
        BooleanQuery.MaxClauseCount = 1 << 20;
    }

    public void Build(IReadOnlyList<CandidateProfile> profiles)
    {
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new KeywordAnalyzer()) { OpenMode = OpenMode.CREATE, RAMBufferSizeMB = 512 };
        using (var writer = new IndexWriter(_directory, config))
        {
            foreach (var p in profiles)
            {
                writer.AddDocument(ToDocument(p));
            }

            writer.Commit();
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader);
    }

    private static Document ToDocument(CandidateProfile p)
    {
        var doc = new Document
        {
            new StoredField("id", p.Id.ToString()),
            new StringField("pc4", p.Pc4.ToString(CultureInfo.InvariantCulture), Field.Store.NO),
            new Int32Field("maxtravel", p.MaxTravelKm, IntType),
            new Int32Field("avail", Rules.Day(p.AvailableFrom), IntType),
            new StringField("ready", ((int)p.Readiness).ToString(CultureInfo.InvariantCulture), Field.Store.NO),
            new Int32Field("hmin", p.MinHoursPerWeek, IntType),
            new Int32Field("hmax", p.MaxHoursPerWeek, IntType),
            new Int32Field("edu", (int)p.Education, IntType),
            new Int32Field("dutch", (int)p.Dutch, IntType),
            new Int32Field("exp", p.ExperienceYears, IntType),
            new NumericDocValuesField("dv_travel", p.MaxTravelKm),
            new NumericDocValuesField("dv_avail", Rules.Day(p.AvailableFrom)),
            new NumericDocValuesField("dv_ready", (int)p.Readiness),
            new NumericDocValuesField("dv_contract", (int)p.AcceptedContracts),
            new NumericDocValuesField("dv_tg", (int)p.TargetGroups),
        };
        AddBits(doc, "contract", (int)p.AcceptedContracts);
        AddBits(doc, "tg", (int)p.TargetGroups);
        AddBits(doc, "lic", (int)p.Licences);
        AddBits(doc, "req", (int)p.WorkRequirements);
        if (p.Occupation is { } o)
        {
            doc.Add(new StringField("occ", o.Value.ToString(CultureInfo.InvariantCulture), Field.Store.NO));
        }

        foreach (var s in p.Skills)
        {
            doc.Add(new StringField("skill", s.Value.ToString(CultureInfo.InvariantCulture), Field.Store.NO));
        }

        foreach (var c in p.Competences)
        {
            doc.Add(new Int32Field("c" + ((int)c.Competence).ToString(CultureInfo.InvariantCulture), c.Mastery, IntType));
        }

        return doc;
    }

    private static FieldType CreateIntType()
    {
        var type = new FieldType(Int32Field.TYPE_NOT_STORED) { NumericPrecisionStep = Step };
        type.Freeze();
        return type;
    }

    private static void AddBits(Document doc, string field, int mask)
    {
        for (var bit = 0; bit < 16; bit++)
        {
            if ((mask & (1 << bit)) != 0)
            {
                doc.Add(new StringField(field, bit.ToString(CultureInfo.InvariantCulture), Field.Store.NO));
            }
        }
    }

    public List<string> Search(VacancyQuery q, VacancyPlanView plan, Pc4Map map, int top)
    {
        var limit = q.MaxDistanceKm ?? 255;
        var areas = map.Known.Select(pc4 => (Pc4: pc4, D: map.DistanceKm(q.Pc4, pc4))).Where(x => x.D <= limit)
            .Select(x => (x.Pc4, Band: (int)Math.Ceiling(x.D))).ToArray();
        var filter = new ReachFilter(areas, plan.StartDay, q.AcceptsReadyInTime, (int)q.Contract, (int)q.ReservedFor);
        var score = new BooleanQuery(true) { { new ConstantScoreQuery(new MatchAllDocsQuery()) { Boost = 0.001f }, Occur.SHOULD } };
        foreach (var clause in plan.Clauses())
        {
            score.Add(clause, Occur.SHOULD);
        }

        var hits = _searcher!.Search(score, filter, top);
        return hits.ScoreDocs.Select(h => _searcher.Doc(h.Doc).Get("id", CultureInfo.InvariantCulture)).ToList();
    }

    /// <summary>The hard filters: the postings of each PC4 area within reach, checked against the cached doc values.</summary>
    private sealed class ReachFilter((int Pc4, int Band)[] areas, int startDay, bool acceptsReadyInTime, int contract, int reservedFor) : Filter
    {
        public override DocIdSet GetDocIdSet(AtomicReaderContext context, IBits acceptDocs)
        {
            var reader = context.AtomicReader;
            var travel = reader.GetNumericDocValues("dv_travel");
            var avail = reader.GetNumericDocValues("dv_avail");
            var ready = reader.GetNumericDocValues("dv_ready");
            var contracts = reader.GetNumericDocValues("dv_contract");
            var groups = reader.GetNumericDocValues("dv_tg");
            var bits = new FixedBitSet(reader.MaxDoc);
            var terms = reader.GetTerms("pc4")?.GetEnumerator();
            if (terms is null)
            {
                return bits;
            }

            DocsEnum? docs = null;
            foreach (var (pc4, band) in areas)
            {
                if (!terms.SeekExact(new BytesRef(pc4.ToString(CultureInfo.InvariantCulture))))
                {
                    continue;
                }

                docs = terms.Docs(acceptDocs, docs, DocsFlags.NONE);
                int d;
                while ((d = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
                {
                    var r = ready.Get(d);
                    if (travel.Get(d) >= band
                        && (startDay == 0 || avail.Get(d) <= startDay)
                        && (r == 0 || (r == 1 && acceptsReadyInTime))
                        && (contract == 0 || (contracts.Get(d) & contract) != 0)
                        && (reservedFor == 0 || (groups.Get(d) & reservedFor) != 0))
                    {
                        bits.Set(d);
                    }
                }
            }

            return bits;
        }
    }

    public void Dispose()
    {
        _reader?.Dispose();
        _directory.Dispose();
        try
        {
            System.IO.Directory.Delete(_path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
