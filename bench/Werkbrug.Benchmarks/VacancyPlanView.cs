using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Werkbrug.Matching.Engine;
using Werkbrug.Matching.Taxonomy;

namespace Werkbrug.Benchmarks;

/// <summary>The engine's compiled vacancy, read by the baselines so they score with the same weights and credits.</summary>
internal sealed class VacancyPlanView
{
    private readonly VacancyPlan _plan;

    public VacancyPlanView(VacancyQuery q, SkillTaxonomy taxonomy)
    {
        _plan = VacancyPlan.Compile(q, taxonomy, MatchWeights.Default, dense: false);
    }

    public int StartDay => _plan.StartDay;

    internal VacancyPlan Plan => _plan;

    /// <summary>Per wanted-skill slot: (field, term, credit) alternatives that earn credit for it.</summary>
    public List<(string Field, int Term, int Credit)>[] SlotAlternatives()
    {
        var slots = Enumerable.Range(0, _plan.Slots.Length).Select(_ => new List<(string, int, int)>()).ToArray();
        for (var k = 0; k < _plan.SkillKeys.Length; k++)
        {
            for (var e = _plan.SkillStarts[k]; e < _plan.SkillStarts[k + 1]; e++)
            {
                slots[_plan.SkillEntries[e].Slot].Add(("skill", _plan.SkillKeys[k], _plan.SkillEntries[e].Credit));
            }
        }

        for (var k = 0; k < _plan.OccupationKeys.Length; k++)
        {
            for (var e = _plan.OccupationStarts[k]; e < _plan.OccupationStarts[k + 1]; e++)
            {
                slots[_plan.OccupationEntries[e].Slot].Add(("occ", _plan.OccupationKeys[k], _plan.OccupationEntries[e].Credit));
            }
        }

        return slots;
    }

    /// <summary>Lucene clauses whose constant scores add up like the engine's weight × credit.</summary>
    public IEnumerable<Query> Clauses()
    {
        var p = _plan;
        var slots = SlotAlternatives();
        for (var slot = 0; slot < slots.Length; slot++)
        {
            var required = slot < p.RequiredCount;
            var weight = required ? (float)p.WRequired / p.RequiredCount : (float)p.WNice / p.NiceCount;
            var max = new DisjunctionMaxQuery(0f);
            foreach (var (field, term, credit) in slots[slot])
            {
                max.Add(Constant(new TermQuery(new Term(field, term.ToString(CultureInfo.InvariantCulture))), weight * credit));
            }

            if (slots[slot].Count > 0)
            {
                yield return max;
            }
        }

        if (p.WOccupation > 0 && p.SimilarKeys.Length > 0)
        {
            var max = new DisjunctionMaxQuery(0f);
            for (var i = 0; i < p.SimilarKeys.Length; i++)
            {
                max.Add(Constant(new TermQuery(new Term("occ", p.SimilarKeys[i].ToString(CultureInfo.InvariantCulture))), (float)p.WOccupation * p.SimilarValues[i]));
            }

            yield return max;
        }

        foreach (var (shift, required) in p.Competences)
        {
            var max = new DisjunctionMaxQuery(0f);
            for (var m = 1; m <= 3; m++)
            {
                max.Add(Constant(NumericRangeQuery.NewInt32Range("c" + (shift / 2).ToString(CultureInfo.InvariantCulture), LuceneBaseline.Step, m, m, true, true),
                    (float)p.WCompetences * Rules.CompetenceCredit(m, required) / p.Competences.Length));
            }

            yield return max;
        }

        if (p.WHours > 0)
        {
            var h = p.Query.HoursPerWeek;
            yield return Constant(new BooleanQuery(true)
            {
                { NumericRangeQuery.NewInt32Range("hmin", LuceneBaseline.Step, null, h, true, true), Occur.MUST },
                { NumericRangeQuery.NewInt32Range("hmax", LuceneBaseline.Step, h, null, true, true), Occur.MUST },
            }, p.WHours * 1000f);
        }

        foreach (var (field, weight, credits, top) in new[] { ("edu", p.WEducation, p.EducationCredit, 8), ("dutch", p.WLanguage, p.LanguageCredit, 6), ("exp", p.WExperience, p.ExperienceCredit, 60) })
        {
            if (weight == 0)
            {
                continue;
            }

            var max = new DisjunctionMaxQuery(0f);
            for (var level = 0; level <= top; level++)
            {
                if (credits[level] > 0)
                {
                    max.Add(Constant(NumericRangeQuery.NewInt32Range(field, LuceneBaseline.Step, level, level, true, true), (float)weight * credits[level]));
                }
            }

            yield return max;
        }

        if (p.WLicence > 0)
        {
            var all = new BooleanQuery(true);
            for (var bit = 0; bit < 8; bit++)
            {
                if (((int)p.Query.RequiredLicences & (1 << bit)) != 0)
                {
                    all.Add(new TermQuery(new Term("lic", bit.ToString(CultureInfo.InvariantCulture))), Occur.MUST);
                }
            }

            yield return Constant(all, p.WLicence * 1000f);
        }

        foreach (var demands in p.TaskDemands)
        {
            var fits = new BooleanQuery(true) { { new MatchAllDocsQuery(), Occur.MUST } };
            for (var bit = 0; bit < 16; bit++)
            {
                if (((int)demands & (1 << bit)) != 0)
                {
                    fits.Add(new TermQuery(new Term("req", bit.ToString(CultureInfo.InvariantCulture))), Occur.MUST_NOT);
                }
            }

            yield return Constant(fits, (float)p.WTasks * 1000 / p.TaskDemands.Length);
        }
    }

    private static ConstantScoreQuery Constant(Query q, float boost) => new(q) { Boost = boost };
}
