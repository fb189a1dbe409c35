using System.Globalization;
using System.Text;
using Npgsql;
using NpgsqlTypes;
using Werkbrug.Matching.Engine;

namespace Werkbrug.Benchmarks;

/// <summary>
/// The same search as one SQL statement on PostgreSQL, in a fresh database dropped afterwards. Profiles in <c>p</c>
/// (loaded with COPY, indexed on (pc4, maxtravel) and the filter columns), held skills in <c>ps</c> (primary key
/// (pid, skill)); per vacancy, <see cref="Prepare"/> fills small tables (PC4 areas within reach with their distance,
/// wanted-skill credits per held skill and per occupation, occupation similarities), analyses them and prepares the
/// statement, outside the timed part; <see cref="Search"/> runs only the statement: the hard filters in WHERE, the
/// other criteria as CASE arithmetic, the skill credit as a correlated MAX per slot, ORDER BY score DESC, id LIMIT K.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA2100", Justification = "Benchmark SQL is built from numbers only.")]
internal sealed class PostgresBaseline : IDisposable
{
    private readonly string _admin;
    private readonly string _database;
    private readonly NpgsqlConnection _db;
    private NpgsqlCommand? _prepared;

    public PostgresBaseline(string connectionString)
    {
        _admin = connectionString;
        _database = "werkbrug_bench_matching_" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        using (var admin = new NpgsqlConnection(connectionString))
        {
            admin.Open();
            Exec(admin, $"DROP DATABASE IF EXISTS {_database}");
            Exec(admin, $"CREATE DATABASE {_database}");
        }

        _db = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Database = _database, Pooling = false }.ConnectionString);
        _db.Open();
    }

    public void Build(IReadOnlyList<CandidateProfile> profiles)
    {
        Exec(_db, """
            CREATE TABLE p(r int PRIMARY KEY, id text NOT NULL, pc4 int, maxtravel int, avail int, ready int, contracts int, tg int,
              hmin int, hmax int, edu int, dutch int, lic int, exp int, occ int, comp bigint, req int);
            CREATE TABLE ps(pid int NOT NULL, skill int NOT NULL, PRIMARY KEY (pid, skill));
            CREATE UNLOGGED TABLE qd(pc4 int PRIMARY KEY, d real);
            CREATE UNLOGGED TABLE qs(skill int, slot int, credit int);
            CREATE UNLOGGED TABLE qo(occ int, slot int, credit int);
            CREATE UNLOGGED TABLE qsim(occ int PRIMARY KEY, sim int);
            CREATE INDEX qs_skill ON qs(skill, slot, credit);
            CREATE INDEX qo_occ ON qo(occ, slot, credit);
            """);
        using (var copy = _db.BeginBinaryImport("COPY p FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < profiles.Count; i++)
            {
                var x = profiles[i];
                copy.StartRow();
                copy.Write(i, NpgsqlDbType.Integer);
                copy.Write(x.Id.ToString(), NpgsqlDbType.Text);
                foreach (var v in new[] { x.Pc4, x.MaxTravelKm, Rules.Day(x.AvailableFrom), (int)x.Readiness, (int)x.AcceptedContracts, (int)x.TargetGroups,
                    x.MinHoursPerWeek, x.MaxHoursPerWeek, (int)x.Education, (int)x.Dutch, (int)x.Licences, x.ExperienceYears, x.Occupation is { } o ? o.Value : -1 })
                {
                    copy.Write(v, NpgsqlDbType.Integer);
                }

                copy.Write((long)CandidateRecord.PackCompetences(x.Competences), NpgsqlDbType.Bigint);
                copy.Write((int)x.WorkRequirements, NpgsqlDbType.Integer);
            }

            copy.Complete();
        }

        using (var copy = _db.BeginBinaryImport("COPY ps FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < profiles.Count; i++)
            {
                foreach (var s in profiles[i].Skills.Distinct())
                {
                    copy.StartRow();
                    copy.Write(i, NpgsqlDbType.Integer);
                    copy.Write((int)s.Value, NpgsqlDbType.Integer);
                }
            }

            copy.Complete();
        }

        Exec(_db, "CREATE INDEX p_reach ON p(pc4, maxtravel) INCLUDE (avail, ready, contracts, tg)");
        Exec(_db, "VACUUM ANALYZE p");
        Exec(_db, "VACUUM ANALYZE ps");
    }

    /// <summary>Fills the per-vacancy tables and prepares the statement (not timed).</summary>
    public void Prepare(VacancyQuery q, VacancyPlanView view, Pc4Map map, int top)
    {
        var p = view.Plan;
        Exec(_db, "TRUNCATE qd, qs, qo, qsim");
        var limit = q.MaxDistanceKm ?? 255;
        using (var copy = _db.BeginBinaryImport("COPY qd FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var pc4 in map.Known)
            {
                var d = map.DistanceKm(q.Pc4, pc4);
                if (d <= limit)
                {
                    copy.StartRow();
                    copy.Write(pc4, NpgsqlDbType.Integer);
                    copy.Write(d, NpgsqlDbType.Real);
                }
            }

            copy.Complete();
        }

        var slots = view.SlotAlternatives();
        using (var qs = _db.BeginBinaryImport("COPY qs FROM STDIN (FORMAT BINARY)"))
        {
            for (var slot = 0; slot < slots.Length; slot++)
            {
                foreach (var (field, term, credit) in slots[slot].Where(a => a.Field == "skill"))
                {
                    qs.WriteRow(term, slot, credit);
                }
            }

            qs.Complete();
        }

        using (var qo = _db.BeginBinaryImport("COPY qo FROM STDIN (FORMAT BINARY)"))
        {
            for (var slot = 0; slot < slots.Length; slot++)
            {
                foreach (var (field, term, credit) in slots[slot].Where(a => a.Field != "skill"))
                {
                    qo.WriteRow(term, slot, credit);
                }
            }

            qo.Complete();
        }

        using (var sim = _db.BeginBinaryImport("COPY qsim FROM STDIN (FORMAT BINARY)"))
        {
            for (var i = 0; i < p.SimilarKeys.Length; i++)
            {
                sim.WriteRow((int)p.SimilarKeys[i], (int)p.SimilarValues[i]);
            }

            sim.Complete();
        }

        Exec(_db, "ANALYZE qd; ANALYZE qs; ANALYZE qo; ANALYZE qsim;");
        _prepared?.Dispose();
        _prepared = new NpgsqlCommand(Sql(q, p, top), _db);
        _prepared.Prepare();
    }

    /// <summary>Runs the prepared statement (the timed part).</summary>
    public List<string> Search()
    {
        var ids = new List<string>(50);
        using var reader = _prepared!.ExecuteReader();
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
            var parts = p.Competences.Select(c => string.Create(inv, $"(LEAST(((p.comp >> {c.Shift}) & 3)::int, {c.Required}) * 1000 / {c.Required})"));
            baseScore.Append(inv, $" + {p.WCompetences} * (({string.Join(" + ", parts)}) / {p.Competences.Length})");
        }

        if (p.WHours > 0)
        {
            var h = q.HoursPerWeek;
            baseScore.Append(inv, $" + {p.WHours} * (CASE WHEN {h} BETWEEN p.hmin AND p.hmax THEN 1000 ELSE GREATEST(0, 1000 - 125 * (CASE WHEN {h} < p.hmin THEN p.hmin - {h} ELSE {h} - p.hmax END)) END)");
        }

        if (p.WEducation > 0)
        {
            baseScore.Append(inv, $" + {p.WEducation} * (CASE WHEN p.edu >= {(int)q.MinEducation} THEN 1000 ELSE GREATEST(0, 1000 - 350 * ({(int)q.MinEducation} - p.edu)) END)");
        }

        if (p.WLanguage > 0)
        {
            baseScore.Append(inv, $" + {p.WLanguage} * (CASE WHEN p.dutch >= {(int)q.MinDutch} THEN 1000 ELSE GREATEST(0, 1000 - 350 * ({(int)q.MinDutch} - p.dutch)) END)");
        }

        if (p.WLicence > 0)
        {
            baseScore.Append(inv, $" + {p.WLicence} * (CASE WHEN (p.lic & {(int)q.RequiredLicences}) = {(int)q.RequiredLicences} THEN 1000 ELSE 0 END)");
        }

        if (p.WExperience > 0)
        {
            baseScore.Append(inv, $" + {p.WExperience} * LEAST(1000, p.exp * 1000 / {q.MinExperienceYears})");
        }

        if (p.WTasks > 0)
        {
            var fits = p.TaskDemands.Select(d => string.Create(inv, $"(CASE WHEN (p.req & {(int)d}) = 0 THEN 1 ELSE 0 END)"));
            baseScore.Append(inv, $" + {p.WTasks} * (({string.Join(" + ", fits)}) * 1000 / {p.TaskDemands.Length})");
        }

        string SlotSum(int from, int to) => string.Create(inv, $"""
            COALESCE((SELECT SUM(best) FROM (SELECT MAX(credit) AS best FROM (
                SELECT qs.slot, qs.credit FROM ps JOIN qs ON qs.skill = ps.skill WHERE ps.pid = c.r
                UNION ALL SELECT qo.slot, qo.credit FROM qo WHERE qo.occ = c.occ) AS a
              WHERE slot >= {from} AND slot < {to} GROUP BY slot) AS b), 0)::int
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
            where.Append(inv, $" AND (p.contracts & {(int)q.Contract}) <> 0");
        }

        if (q.ReservedFor != TargetGroups.None)
        {
            where.Append(inv, $" AND (p.tg & {(int)q.ReservedFor}) <> 0");
        }

        return $"""
            WITH c AS MATERIALIZED (SELECT p.r, p.id, p.occ, {baseScore} AS base FROM qd JOIN p ON p.pc4 = qd.pc4 WHERE {where})
            SELECT c.id, c.base + {skills} AS score FROM c ORDER BY score DESC, c.id LIMIT {top.ToString(inv)}
            """;
    }

    private static void Exec(NpgsqlConnection db, string sql)
    {
        using var cmd = new NpgsqlCommand(sql, db);
        cmd.ExecuteNonQuery();
    }

    public void Dispose()
    {
        _prepared?.Dispose();
        _db.Dispose();
        NpgsqlConnection.ClearAllPools();
        using var admin = new NpgsqlConnection(_admin);
        admin.Open();
        Exec(admin, $"DROP DATABASE IF EXISTS {_database} WITH (FORCE)");
    }
}
