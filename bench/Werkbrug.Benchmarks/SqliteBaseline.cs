using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Werkbrug.Matching.Engine;

namespace Werkbrug.Benchmarks;

/// <summary>
/// The same search as one SQL statement on SQLite, as close as SQL allows: a per-query table of the PC4 areas within
/// reach and their distance, tables of the wanted-skill credits (held skill → slot, occupation → slot) and occupation
/// similarities, the hard filters in WHERE, the other criteria as CASE arithmetic, the skill credit as a correlated
/// MAX per slot, ORDER BY score DESC, id LIMIT K. Integer arithmetic as in the engine.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA2100", Justification = "Benchmark SQL is built from numbers only.")]
internal sealed class SqliteBaseline : IDisposable
{
    private readonly SqliteConnection _db;
    private readonly string _path;

    public SqliteBaseline()
    {
        _path = Path.Combine(Path.GetTempPath(), "werkbrug-bench-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + ".db");
        File.Delete(_path);
        _db = new SqliteConnection($"Data Source={_path};Pooling=False");
        _db.Open();
        Exec("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-1000000; PRAGMA temp_store=MEMORY;");
    }

    public void Build(IReadOnlyList<CandidateProfile> profiles)
    {
        Exec("""
            CREATE TABLE p(r INTEGER PRIMARY KEY, id TEXT NOT NULL, pc4 INT, maxtravel INT, avail INT, ready INT, contracts INT, tg INT,
              hmin INT, hmax INT, edu INT, dutch INT, lic INT, exp INT, occ INT, comp INT, req INT);
            CREATE TABLE ps(pid INT NOT NULL, skill INT NOT NULL);
            CREATE TABLE qd(pc4 INTEGER PRIMARY KEY, d REAL);
            CREATE TABLE qs(skill INT, slot INT, credit INT);
            CREATE TABLE qo(occ INT, slot INT, credit INT);
            CREATE TABLE qsim(occ INTEGER PRIMARY KEY, sim INT);
            """);
        using var tx = _db.BeginTransaction();
        using var insert = _db.CreateCommand();
        insert.CommandText = "INSERT INTO p VALUES($r,$id,$pc4,$mt,$av,$rd,$ct,$tg,$hmin,$hmax,$edu,$nl,$lic,$exp,$occ,$comp,$req)";
        var names = new[] { "$r", "$id", "$pc4", "$mt", "$av", "$rd", "$ct", "$tg", "$hmin", "$hmax", "$edu", "$nl", "$lic", "$exp", "$occ", "$comp", "$req" };
        var prms = names.Select(n => insert.Parameters.Add(n, SqliteType.Integer)).ToArray();
        using var skill = _db.CreateCommand();
        skill.CommandText = "INSERT INTO ps VALUES($p,$s)";
        var sp = skill.Parameters.Add("$p", SqliteType.Integer);
        var ss = skill.Parameters.Add("$s", SqliteType.Integer);
        for (var i = 0; i < profiles.Count; i++)
        {
            var p = profiles[i];
            object?[] values = [i, p.Id.ToString(), p.Pc4, p.MaxTravelKm, Rules.Day(p.AvailableFrom), (int)p.Readiness, (int)p.AcceptedContracts, (int)p.TargetGroups,
                p.MinHoursPerWeek, p.MaxHoursPerWeek, (int)p.Education, (int)p.Dutch, (int)p.Licences, p.ExperienceYears,
                p.Occupation is { } o ? o.Value : -1, (long)CandidateRecord.PackCompetences(p.Competences), (int)p.WorkRequirements];
            for (var k = 0; k < values.Length; k++)
            {
                prms[k].Value = values[k];
            }

            insert.ExecuteNonQuery();
            sp.Value = i;
            foreach (var s in p.Skills.Distinct())
            {
                ss.Value = (int)s.Value;
                skill.ExecuteNonQuery();
            }
        }

        tx.Commit();
        Exec("CREATE INDEX p_pc4 ON p(pc4); CREATE INDEX ps_pid ON ps(pid, skill); CREATE INDEX qs_skill ON qs(skill); CREATE INDEX qo_occ ON qo(occ); ANALYZE;");
    }

    public List<string> Search(VacancyQuery q, VacancyPlanView view, Pc4Map map, int top)
    {
        var p = view.Plan;
        using (var tx = _db.BeginTransaction())
        {
            Exec("DELETE FROM qd; DELETE FROM qs; DELETE FROM qo; DELETE FROM qsim;");
            var limit = q.MaxDistanceKm ?? 255;
            BulkInsert("INSERT INTO qd VALUES($a,$b)", map.Known.Select(pc4 => (pc4, (double)map.DistanceKm(q.Pc4, pc4))).Where(x => x.Item2 <= limit).Select(x => ((long)x.pc4, x.Item2)));
            var slots = view.SlotAlternatives();
            for (var slot = 0; slot < slots.Length; slot++)
            {
                foreach (var (field, term, credit) in slots[slot])
                {
                    Exec(string.Create(CultureInfo.InvariantCulture, $"INSERT INTO {(field == "skill" ? "qs" : "qo")} VALUES({term},{slot},{credit})"));
                }
            }

            BulkInsert("INSERT INTO qsim VALUES($a,$b)", p.SimilarKeys.Select((k, i) => ((long)k, (double)p.SimilarValues[i])));
            tx.Commit();
        }

        using var cmd = _db.CreateCommand();
        cmd.CommandText = Sql(q, p, top);
        var ids = new List<string>(top);
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    private static string Sql(VacancyQuery q, VacancyPlan p, int top)
    {
        var inv = CultureInfo.InvariantCulture;
        var baseScore = new StringBuilder("0");
        if (p.WOccupation > 0)
        {
            baseScore.Append(inv, $" + {p.WOccupation} * COALESCE((SELECT sim FROM qsim WHERE qsim.occ = p.occ), 0)");
        }

        if (p.Competences.Length > 0)
        {
            var parts = p.Competences.Select(c => string.Create(inv, $"(MIN((p.comp >> {c.Shift}) & 3, {c.Required}) * 1000 / {c.Required})"));
            baseScore.Append(inv, $" + {p.WCompetences} * (({string.Join(" + ", parts)}) / {p.Competences.Length})");
        }

        if (p.WHours > 0)
        {
            var h = q.HoursPerWeek;
            baseScore.Append(inv, $" + {p.WHours} * (CASE WHEN {h} BETWEEN p.hmin AND p.hmax THEN 1000 ELSE MAX(0, 1000 - 125 * (CASE WHEN {h} < p.hmin THEN p.hmin - {h} ELSE {h} - p.hmax END)) END)");
        }

        if (p.WEducation > 0)
        {
            baseScore.Append(inv, $" + {p.WEducation} * (CASE WHEN p.edu >= {(int)q.MinEducation} THEN 1000 ELSE MAX(0, 1000 - 350 * ({(int)q.MinEducation} - p.edu)) END)");
        }

        if (p.WLanguage > 0)
        {
            baseScore.Append(inv, $" + {p.WLanguage} * (CASE WHEN p.dutch >= {(int)q.MinDutch} THEN 1000 ELSE MAX(0, 1000 - 350 * ({(int)q.MinDutch} - p.dutch)) END)");
        }

        if (p.WLicence > 0)
        {
            baseScore.Append(inv, $" + {p.WLicence} * (CASE WHEN (p.lic & {(int)q.RequiredLicences}) = {(int)q.RequiredLicences} THEN 1000 ELSE 0 END)");
        }

        if (p.WExperience > 0)
        {
            baseScore.Append(inv, $" + {p.WExperience} * MIN(1000, p.exp * 1000 / {q.MinExperienceYears})");
        }

        if (p.WTasks > 0)
        {
            var fits = p.TaskDemands.Select(d => string.Create(inv, $"(CASE WHEN (p.req & {(int)d}) = 0 THEN 1 ELSE 0 END)"));
            baseScore.Append(inv, $" + {p.WTasks} * (({string.Join(" + ", fits)}) * 1000 / {p.TaskDemands.Length})");
        }

        string SlotSum(int from, int to) => string.Create(inv, $"""
            COALESCE((SELECT SUM(best) FROM (SELECT MAX(credit) AS best FROM (
                SELECT qs.slot, qs.credit FROM ps JOIN qs ON qs.skill = ps.skill WHERE ps.pid = c.r
                UNION ALL SELECT qo.slot, qo.credit FROM qo WHERE qo.occ = c.occ)
              WHERE slot >= {from} AND slot < {to} GROUP BY slot)), 0)
            """);

        var skills = new StringBuilder("0");
        if (p.RequiredCount > 0)
        {
            skills.Append(inv, $" + {p.WRequired} * ({SlotSum(0, p.RequiredCount)} / {p.RequiredCount})");
        }

        if (p.NiceCount > 0)
        {
            skills.Append(inv, $" + {p.WNice} * ({SlotSum(p.RequiredCount, p.RequiredCount + p.NiceCount)} / {p.NiceCount})");
        }

        var where = new StringBuilder("qd.d <= p.maxtravel");
        if (p.StartDay > 0)
        {
            where.Append(inv, $" AND p.avail <= {p.StartDay}");
        }

        where.Append(q.AcceptsReadyInTime ? " AND p.ready IN (0, 1)" : " AND p.ready = 0");
        if (q.Contract != ContractTypes.None)
        {
            where.Append(inv, $" AND (p.contracts & {(int)q.Contract}) != 0");
        }

        if (q.ReservedFor != TargetGroups.None)
        {
            where.Append(inv, $" AND (p.tg & {(int)q.ReservedFor}) != 0");
        }

        return $"""
            WITH c AS (SELECT p.r, p.id, p.occ, {baseScore} AS base FROM qd JOIN p ON p.pc4 = qd.pc4 WHERE {where})
            SELECT c.id, c.base + {skills} AS score FROM c ORDER BY score DESC, c.id LIMIT {top.ToString(inv)}
            """;
    }

    private void BulkInsert(string sql, IEnumerable<(long A, double B)> rows)
    {
        using var cmd = _db.CreateCommand();
        cmd.CommandText = sql;
        var a = cmd.Parameters.Add("$a", SqliteType.Integer);
        var b = cmd.Parameters.Add("$b", SqliteType.Real);
        foreach (var (x, y) in rows)
        {
            a.Value = x;
            b.Value = y;
            cmd.ExecuteNonQuery();
        }
    }

    private void Exec(string sql)
    {
        using var cmd = _db.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    public void Dispose()
    {
        _db.Dispose();
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }
}
