using System.Globalization;
using System.Text;
using Werkbrug.Matching.Taxonomy;

namespace Werkbrug.Matching.Engine;

/// <summary>
/// Turns one scored pair into its per-criterion breakdown, a short Dutch explanation and the gaps with their bridges.
/// Runs only for returned results. Privacy: a candidate's work requirements and target groups are never named; a
/// clash with tasks reads "aanpassing nodig in taken" and nothing more.
/// </summary>
internal static class Explainer
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    public static string CompetenceLabel(Competence c) => c switch
    {
        Competence.Cooperation => "samenwerken",
        Competence.CustomerFocus => "klantgerichtheid",
        Competence.Accuracy => "nauwkeurigheid",
        Competence.Independence => "zelfstandigheid",
        Competence.Flexibility => "flexibiliteit",
        Competence.StressResistance => "stressbestendigheid",
        Competence.EagerToLearn => "leergierigheid",
        Competence.Communication => "communiceren",
        Competence.Reliability => "betrouwbaarheid",
        Competence.Initiative => "initiatief",
        Competence.Perseverance => "doorzettingsvermogen",
        Competence.Planning => "plannen en organiseren",
        Competence.Responsibility => "verantwoordelijkheid",
        Competence.FollowingRules => "zich aan regels houden",
        Competence.Creativity => "creativiteit",
        Competence.Leadership => "leidinggeven",
        _ => c.ToString(),
    };

    public static (IReadOnlyList<CriterionScore> Breakdown, string Explanation, IReadOnlyList<Gap> Gaps) Explain(
        VacancyPlan plan, SkillTaxonomy taxonomy, in CandidateRecord r, ReadOnlySpan<ushort> skills, ReadOnlySpan<ushort> desired, float distanceKm, int rawScore,
        IReadOnlyList<IGapBridgeProvider> providers, BridgeContext context)
    {
        var q = plan.Query;
        var breakdown = new List<CriterionScore>();
        var gaps = new List<Gap>();
        var summary = new List<string>();

        // Best credit per wanted skill, remembering what earned it: the skill itself, a related held skill or the occupation.
        var best = new int[plan.Slots.Length];
        var via = new string?[plan.Slots.Length];
        var source = new EvidenceSource[plan.Slots.Length];
        foreach (var s in skills)
        {
            foreach (var e in plan.EntriesFor(s))
            {
                if (e.Credit > best[e.Slot])
                {
                    best[e.Slot] = e.Credit;
                    var held = new SkillId(s);
                    (source[e.Slot], via[e.Slot]) = held == plan.Slots[e.Slot] ? (EvidenceSource.Held, null) : (EvidenceSource.RelatedSkill, taxonomy[held].DisplayLabel);
                }
            }
        }

        if (r.Occupation != CandidateRecord.NoOccupation)
        {
            foreach (var e in plan.OccupationEntriesFor(r.Occupation))
            {
                if (e.Credit > best[e.Slot])
                {
                    best[e.Slot] = e.Credit;
                    (source[e.Slot], via[e.Slot]) = (EvidenceSource.Occupation, taxonomy[new OccupationId(r.Occupation)].DisplayLabel);
                }
            }
        }

        List<SkillEvidence> Evidence(int from, int to)
        {
            var list = new List<SkillEvidence>();
            for (var i = from; i < to; i++)
            {
                list.Add(new SkillEvidence(taxonomy[plan.Slots[i]].DisplayLabel, best[i], best[i] > 0 ? source[i] : EvidenceSource.Missing, best[i] > 0 ? via[i] : null));
            }

            return list;
        }

        if (plan.RequiredCount > 0)
        {
            var full = 0;
            var partial = 0;
            var sum = 0;
            for (var i = 0; i < plan.RequiredCount; i++)
            {
                sum += best[i];
                var skill = taxonomy[plan.Slots[i]];
                if (best[i] >= Rules.Full)
                {
                    full++;
                    continue;
                }

                partial += best[i] > 0 ? 1 : 0;
                var kind = best[i] > 0 ? GapKind.PartialSkill : GapKind.MissingSkill;
                var text = best[i] > 0 ? $"Vaardigheid '{skill.DisplayLabel}' deels aanwezig ({How(source[i], via[i])})" : $"Vaardigheid '{skill.DisplayLabel}' ontbreekt";
                var bridges = skill.Trainable ? new List<Bridge> { new(BridgeKind.Training, $"Training of cursus '{skill.DisplayLabel}'") } : [];
                gaps.Add(new Gap(kind, text, bridges) { SkillUri = skill.Uri });
            }

            var credit = sum / plan.RequiredCount;
            var evidence = Evidence(0, plan.RequiredCount);
            breakdown.Add(new CriterionScore(Criterion.RequiredSkills, plan.WRequired, credit, "Vereiste vaardigheden", SkillDetail(evidence)) { Skills = evidence });
            summary.Add($"{full} van {plan.RequiredCount} vereiste vaardigheden" + (partial > 0 ? $" en {partial} deels" : string.Empty));
        }

        if (plan.NiceCount > 0)
        {
            var sum = 0;
            for (var i = plan.RequiredCount; i < plan.Slots.Length; i++)
            {
                sum += best[i];
            }

            var evidence = Evidence(plan.RequiredCount, plan.Slots.Length);
            breakdown.Add(new CriterionScore(Criterion.NiceToHaveSkills, plan.WNice, sum / plan.NiceCount, "Gewenste vaardigheden", SkillDetail(evidence)) { Skills = evidence });
        }

        if (q.Occupation is not null)
        {
            var credit = Scorer.OccupationCredit(r, desired, plan);
            var detail = OccupationDetail(plan, taxonomy, r, desired, credit);
            breakdown.Add(new CriterionScore(Criterion.Occupation, plan.WOccupation, credit, "Beroep", detail));
            summary.Add(detail);
        }

        if (plan.Competences.Length > 0)
        {
            var credit = Scorer.CompetenceCredit(r.Competences, plan);
            var ok = 0;
            foreach (var (shift, required) in plan.Competences)
            {
                var mastery = (int)((r.Competences >> shift) & 3);
                if (mastery >= required)
                {
                    ok++;
                    continue;
                }

                var name = CompetenceLabel((Competence)(shift / 2));
                gaps.Add(new Gap(GapKind.Competence, $"Gedragscompetentie '{name}' onder het gevraagde niveau", [new Bridge(BridgeKind.Training, $"Coaching op de werkplek ({name})")]));
            }

            breakdown.Add(new CriterionScore(Criterion.Competences, plan.WCompetences, credit, "Gedragscompetenties", $"{ok} van {plan.Competences.Length} op het gevraagde niveau"));
        }

        if (q.HoursPerWeek > 0)
        {
            var credit = Rules.HoursCredit(r.MinHours, r.MaxHours, q.HoursPerWeek);
            breakdown.Add(new CriterionScore(Criterion.Hours, plan.WHours, credit, "Uren", $"zoekt {r.MinHours}–{r.MaxHours} uur, vacature {q.HoursPerWeek} uur"));
            if (credit < Rules.Full)
            {
                gaps.Add(new Gap(GapKind.Hours, "Gewenste uren wijken af", [new Bridge(BridgeKind.JobCarving, "Uren of taken in overleg aanpassen")]));
            }
        }

        if (q.MinEducation > EducationLevel.None)
        {
            var credit = plan.EducationCredit[r.Education & 15];
            var have = (EducationLevel)(r.Education & 15);
            breakdown.Add(new CriterionScore(Criterion.Education, plan.WEducation, credit, "Opleiding", $"{EducationLabel(have)}, gevraagd {EducationLabel(q.MinEducation)}" + (credit >= Rules.Full ? " (voldoende)" : " (lager)")));
            if (credit < Rules.Full)
            {
                gaps.Add(new Gap(GapKind.Education, "Opleidingsniveau lager dan gevraagd", [new Bridge(BridgeKind.Training, "Opleiding of EVC-traject")]));
            }
        }

        if (q.MinDutch > LanguageLevel.None)
        {
            var credit = plan.LanguageCredit[r.Dutch & 15];
            var have = (LanguageLevel)(r.Dutch & 15);
            breakdown.Add(new CriterionScore(Criterion.Language, plan.WLanguage, credit, "Nederlandse taal", $"{LanguageLabel(have)}, gevraagd {LanguageLabel(q.MinDutch)}" + (credit >= Rules.Full ? " (voldoende)" : " (lager)")));
            if (credit < Rules.Full)
            {
                gaps.Add(new Gap(GapKind.Language, $"Taalniveau Nederlands lager dan {LanguageLabel(q.MinDutch)}", [new Bridge(BridgeKind.Training, "Taaltraining Nederlands")]));
            }
        }

        if (q.RequiredLicences != DrivingLicences.None)
        {
            var credit = Rules.LicenceCredit((DrivingLicences)r.Licences, q.RequiredLicences);
            breakdown.Add(new CriterionScore(Criterion.DrivingLicence, plan.WLicence, credit, "Rijbewijs", credit >= Rules.Full ? $"rijbewijs {q.RequiredLicences} aanwezig" : $"rijbewijs {q.RequiredLicences} ontbreekt"));
            if (credit < Rules.Full)
            {
                gaps.Add(new Gap(GapKind.DrivingLicence, $"Rijbewijs {q.RequiredLicences} ontbreekt", [new Bridge(BridgeKind.Training, "Rijopleiding")]));
            }
        }

        if (q.MinExperienceYears > 0)
        {
            var credit = plan.ExperienceCredit[r.Experience];
            breakdown.Add(new CriterionScore(Criterion.Experience, plan.WExperience, credit, "Werkervaring", $"{r.Experience} jaar, gevraagd {q.MinExperienceYears}"));
            if (credit < Rules.Full)
            {
                gaps.Add(new Gap(GapKind.Experience, "Minder werkervaring dan gevraagd", [new Bridge(BridgeKind.Other, "Inwerkperiode of werkervaringsplaats")]));
            }
        }

        if (q.Tasks.Count > 0)
        {
            var credit = Scorer.TaskCredit((FunctionalIndicators)r.Requirements, plan);
            var clashing = new List<int>();
            for (var t = 0; t < plan.TaskDemands.Length; t++)
            {
                if (Rules.Clashes(plan.TaskDemands[t], (FunctionalIndicators)r.Requirements))
                {
                    clashing.Add(t + 1);
                }
            }

            breakdown.Add(new CriterionScore(Criterion.Tasks, plan.WTasks, credit, "Taken", clashing.Count == 0 ? "alle taken passen" : "aanpassing nodig in taken"));
            if (clashing.Count > 0)
            {
                gaps.Add(new Gap(GapKind.TaskAdjustment, "Aanpassing nodig in taken", [new Bridge(BridgeKind.JobCarving, "Jobcarving: taken anders verdelen")]) { TaskNumbers = clashing });
                summary.Add("aanpassing nodig in taken");
            }
        }

        if (providers.Count > 0)
        {
            for (var i = 0; i < gaps.Count; i++)
            {
                var extra = providers.SelectMany(p => p.BridgesFor(gaps[i], context)).ToList();
                if (extra.Count > 0)
                {
                    gaps[i] = gaps[i] with { Bridges = [.. gaps[i].Bridges, .. extra] };
                }
            }
        }

        return (breakdown, Sentence(Percent(rawScore, plan.MaxScore), rawScore, plan.MaxScore, distanceKm, summary, gaps), gaps);
    }

    /// <summary>
    /// What earned the occupation credit: the worked occupation ("zelfde beroep (X)", "verwant beroep (X)"), a desired
    /// one ("gewenst beroep (Y)", "verwant aan gewenst beroep (Y)") with ", bereid tot omscholing" when that raised the
    /// credit, or one inferred from the skills ("beroep afgeleid uit vaardigheden (Z)", "verwant aan beroep afgeleid uit
    /// vaardigheden (Z)"). A tie goes to the worked occupation.
    /// </summary>
    private static string OccupationDetail(VacancyPlan plan, SkillTaxonomy taxonomy, in CandidateRecord r, ReadOnlySpan<ushort> desired, int credit)
    {
        var worked = r.Occupation == CandidateRecord.NoOccupation ? (int?)null : plan.SimilarityTo(r.Occupation);
        var workedLabel = worked is null ? null : taxonomy[new OccupationId(r.Occupation)].DisplayLabel;
        if (worked is { } sim && (sim >= credit || credit == 0))
        {
            return sim >= Rules.Full ? $"zelfde beroep ({workedLabel})" : sim > 0 ? $"verwant beroep ({workedLabel})" : $"ander beroep ({workedLabel})";
        }

        if (desired.IsEmpty)
        {
            return "geen beroep bekend";
        }

        // The desired (or inferred) occupation with the highest similarity earned the credit (the first of equals).
        var best = desired[0];
        foreach (var o in desired)
        {
            best = plan.SimilarityTo(o) > plan.SimilarityTo(best) ? o : best;
        }

        var label = taxonomy[new OccupationId(best)].DisplayLabel;
        var similarity = plan.SimilarityTo(best);
        if (r.Inferred)
        {
            return similarity >= Rules.Full ? $"beroep afgeleid uit vaardigheden ({label})"
                : similarity > 0 ? $"verwant aan beroep afgeleid uit vaardigheden ({label})"
                : $"ander beroep afgeleid uit vaardigheden ({label})";
        }

        if (similarity == 0)
        {
            return $"ander gewenst beroep ({label})";
        }

        var text = similarity >= Rules.Full ? $"gewenst beroep ({label})" : $"verwant aan gewenst beroep ({label})";
        var withoutRetraining = Math.Max(worked ?? 0, Rules.DesiredOccupationCredit(similarity, willingToRetrain: false));
        return r.WillingToRetrain && credit > withoutRetraining ? text + ", bereid tot omscholing" : text;
    }

    /// <summary>"zelf aanwezig", "via verwante vaardigheid 'X'", "via beroep 'Y'".</summary>
    private static string How(EvidenceSource source, string? via) => source switch
    {
        EvidenceSource.Held => "zelf aanwezig",
        EvidenceSource.RelatedSkill => $"via verwante vaardigheid '{via}'",
        EvidenceSource.Occupation => $"via beroep '{via}'",
        _ => "ontbreekt",
    };

    /// <summary>Each wanted skill with what earned its credit: "'magazijnbeheer' zelf aanwezig; 'heftruck rijden' via verwante vaardigheid 'reachtruck rijden' (60%)".</summary>
    private static string SkillDetail(List<SkillEvidence> evidence) => string.Join("; ", evidence.Select(e =>
        $"'{e.Skill}' {How(e.Source, e.Via)}" + (e.Credit is > 0 and < Rules.Full ? string.Create(Dutch, $" ({e.Credit / 10}%)") : string.Empty)));

    public static string EducationLabel(EducationLevel level) => level switch
    {
        EducationLevel.Primary => "basisonderwijs",
        EducationLevel.Vmbo => "vmbo",
        EducationLevel.Mbo1 => "MBO 1",
        EducationLevel.Mbo2 => "MBO 2",
        EducationLevel.Mbo3 => "MBO 3",
        EducationLevel.Mbo4HavoVwo => "MBO 4/havo/vwo",
        EducationLevel.Hbo => "hbo",
        EducationLevel.Wo => "wo",
        _ => "geen opleiding bekend",
    };

    public static string LanguageLabel(LanguageLevel level) => level switch
    {
        LanguageLevel.None => "onbekend of geen",
        LanguageLevel.A1 or LanguageLevel.A2 => $"{level} (redelijk)",
        LanguageLevel.B1 or LanguageLevel.B2 => $"{level} (goed)",
        _ => $"{level} (uitstekend)",
    };

    public static int Percent(int raw, int max) => max <= 0 ? 0 : (int)Math.Round(100.0 * raw / max, MidpointRounding.AwayFromZero);

    private static string Sentence(int percent, int rawScore, int maxScore, float distanceKm, List<string> summary, List<Gap> gaps)
    {
        var sb = new StringBuilder();
        var parts = summary.Where(s => s != "aanpassing nodig in taken").Append(string.Create(Dutch, $"reisafstand ca. {Math.Round(distanceKm):0} km"));
        var earned = Math.Round(rawScore / (double)Rules.Full, 1, MidpointRounding.AwayFromZero);
        sb.Append(Dutch, $"Match {percent}% ({earned:0.#} van de {maxScore / Rules.Full} punten die voor deze vacature te halen zijn): ").AppendJoin(", ", parts).Append('.');
        var missing = gaps.Where(g => g.Kind is GapKind.MissingSkill).Take(3).ToList();
        if (missing.Count > 0)
        {
            sb.Append(" Te overbruggen: ");
            sb.Append(string.Join("; ", missing.Select(g => g.Description[(g.Description.IndexOf('\'', StringComparison.Ordinal) + 1)..g.Description.LastIndexOf('\'')]
                + (g.Bridges.Any(b => b.Kind == BridgeKind.Training) ? " (training)" : string.Empty))));
            sb.Append('.');
        }

        if (gaps.Any(g => g.Kind == GapKind.TaskAdjustment))
        {
            sb.Append(" Aanpassing nodig in taken (jobcarving mogelijk).");
        }

        return sb.ToString();
    }
}
