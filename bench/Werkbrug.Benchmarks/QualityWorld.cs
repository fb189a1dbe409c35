using Werkbrug.Matching.Engine;
using Werkbrug.Matching.Taxonomy;

namespace Werkbrug.Benchmarks;

/// <summary>A candidate as the quality verb sees it: the latent truth beside what the adviser recorded.</summary>
internal sealed record JudgedCandidate(CandidateProfile Recorded, OccupationId TrueOccupation, double Proficiency, int TrueTravelKm, string? TypedTitle);

/// <summary>A vacancy with its latent occupation and what the account manager recorded.</summary>
internal sealed record JudgedVacancy(VacancyQuery Recorded, OccupationId TrueOccupation, string? TypedTitle);

/// <summary>
/// The quality verb's world. Every candidate and vacancy has a latent true occupation (Zipf popularity over the ESCO
/// occupations) and every candidate a latent proficiency; what the engine and the baselines get is what an adviser
/// types: a Dutch title (preferred or alternative label, a quarter with a typo, some missing, some naming a
/// neighbouring job instead) resolved through the title lookup (an uncertain resolution is confirmed by the adviser
/// from the short list when the intended title is on it, else left empty), and a partial skill list (more skills the
/// more proficient, a fifth of them a related skill instead of the exact one, a few unrelated). Relevance
/// (<see cref="Gain"/>) is judged on the latent values only, through <see cref="OccupationTruth"/> and a hidden
/// suitability model, over the whole pool.
/// </summary>
internal sealed class QualityWorld
{
    private readonly SkillTaxonomy _taxonomy;
    private readonly OccupationTruth _truth;
    private readonly TaxonomyLookup _lookup;
    private readonly Pc4Map _postcodes;
    private readonly Random _random;
    private readonly Synthetic _synthetic;
    private readonly Occupation[] _occupations;
    private readonly double[] _cdf;
    private readonly SkillId[] _skills;

    public QualityWorld(SkillTaxonomy taxonomy, OccupationTruth truth, TaxonomyLookup lookup, Pc4Map postcodes, int seed)
    {
        _taxonomy = taxonomy;
        _truth = truth;
        _lookup = lookup;
        _postcodes = postcodes;
        _random = new Random(seed);
        _synthetic = new Synthetic(taxonomy, postcodes, seed + 1);
        _occupations = taxonomy.Occupations.Where(o => o.EssentialSkills.Count > 0 && o.LabelNl is not null).ToArray();
        _random.Shuffle(_occupations);
        _cdf = new double[_occupations.Length];
        var sum = 0.0;
        for (var i = 0; i < _cdf.Length; i++)
        {
            _cdf[i] = sum += 1.0 / Math.Pow(i + 1, 0.9);
        }

        _skills = taxonomy.Skills.Where(s => s.Kind != SkillKind.Group).Select(s => s.Id).ToArray();
    }

    public int TitlesTyped { get; private set; }

    public int TitlesResolvedRight { get; private set; }

    public JudgedCandidate Candidate()
    {
        var occupation = PickOccupation();
        var proficiency = _random.NextDouble();
        string? typed = null;
        Occupation? intended = null;
        if (Roll(0.85))
        {
            var neighbours = _truth.Neighbours(occupation.Id);
            intended = Roll(0.1) && neighbours.Count > 0 ? _taxonomy[neighbours[_random.Next(neighbours.Count)]] : occupation;
            typed = Title(intended);
        }

        var skills = new List<SkillId>();
        foreach (var s in occupation.EssentialSkills)
        {
            if (Roll(0.3 + (0.5 * proficiency)))
            {
                skills.Add(Roll(0.2) ? Related(s) : s);
            }
        }

        skills.AddRange(occupation.OptionalSkills.Where(_ => Roll(0.15)));
        for (var n = _random.Next(0, 4); n > 0; n--)
        {
            skills.Add(_skills[_random.Next(_skills.Length)]);
        }

        var p = _synthetic.Profile() with { Occupation = Resolve(typed, intended), Skills = skills.Distinct().ToArray() };
        var trueTravel = Roll(0.1) ? p.MaxTravelKm + 10 : p.MaxTravelKm;
        return new JudgedCandidate(p, occupation.Id, proficiency, trueTravel, typed);
    }

    public JudgedVacancy Vacancy()
    {
        var occupation = PickOccupation();
        string? typed = null;
        OccupationId? recorded = null;
        if (Roll(0.85))
        {
            typed = Title(occupation);
            recorded = Resolve(typed, occupation);
        }

        var essential = occupation.EssentialSkills.ToArray();
        _random.Shuffle(essential);
        var required = essential.Take(_random.Next(3, 7)).Select(s => Roll(0.15) ? Related(s) : s).Distinct().ToList();
        var optional = occupation.OptionalSkills.ToArray();
        _random.Shuffle(optional);
        var nice = optional.Take(_random.Next(0, 4)).Except(required).ToList();
        var v = _synthetic.Vacancy() with { Occupation = recorded, RequiredSkills = required, NiceToHaveSkills = nice };
        return new JudgedVacancy(v, occupation.Id, typed);
    }

    /// <summary>
    /// The hidden relevance: 0 when the candidate cannot take the job in truth (too far for their real travel limit,
    /// not available in time, not werkfit, contract or reservation) or is not suited (low proficiency, no licence the
    /// job needs, Dutch two levels or more short); else the occupation grade (1–3).
    /// </summary>
    public int Gain(JudgedVacancy v, JudgedCandidate c)
    {
        var q = v.Recorded;
        var p = c.Recorded;
        var grade = _truth.Grade(v.TrueOccupation, c.TrueOccupation);
        if (grade == 0 || c.Proficiency < 0.25)
        {
            return 0;
        }

        var distance = _postcodes.DistanceKm(q.Pc4, p.Pc4);
        var feasible = distance <= c.TrueTravelKm && (q.MaxDistanceKm is null || distance <= q.MaxDistanceKm)
            && p.AvailableFrom <= q.StartDate
            && (p.Readiness == WorkReadiness.Ready || (p.Readiness == WorkReadiness.ReadyInTime && q.AcceptsReadyInTime))
            && (p.AcceptedContracts & q.Contract) != 0
            && (q.ReservedFor == TargetGroups.None || (p.TargetGroups & q.ReservedFor) != 0);
        var suited = (p.Licences & q.RequiredLicences) == q.RequiredLicences && (int)p.Dutch >= (int)q.MinDutch - 1;
        return feasible && suited ? grade : 0;
    }

    /// <summary>A Dutch label as an adviser types it: preferred or alternative, a quarter with one typo.</summary>
    public string Title(Occupation o)
    {
        var label = o.AltLabelsNl.Count > 0 && Roll(0.4) ? o.AltLabelsNl[_random.Next(o.AltLabelsNl.Count)] : o.LabelNl!;
        return Roll(0.25) ? Typo(label) : label;
    }

    /// <summary>One typing error: a letter replaced, dropped, added or swapped with the next.</summary>
    public string Typo(string text)
    {
        var letters = Enumerable.Range(0, text.Length).Where(i => char.IsLetter(text[i])).ToArray();
        if (letters.Length < 4)
        {
            return text;
        }

        var i = letters[_random.Next(letters.Length)];
        var c = (char)('a' + _random.Next(26));
        return _random.Next(4) switch
        {
            0 => text[..i] + c + text[(i + 1)..],
            1 => text.Remove(i, 1),
            2 => text.Insert(i, c.ToString()),
            _ => i + 1 < text.Length ? text[..i] + text[i + 1] + text[i] + text[(i + 2)..] : text.Remove(i, 1),
        };
    }

    public Occupation PickOccupation()
    {
        var i = Array.BinarySearch(_cdf, _random.NextDouble() * _cdf[^1]);
        return _occupations[Math.Min(_occupations.Length - 1, i < 0 ? ~i : i)];
    }

    public Occupation AnyOccupation() => _occupations[_random.Next(_occupations.Length)];

    /// <summary>The app's path: a confident resolution is stored; an uncertain one the adviser confirms from the short list.</summary>
    private OccupationId? Resolve(string? typed, Occupation? intended)
    {
        if (typed is null || intended is null)
        {
            return null;
        }

        TitlesTyped++;
        var r = _lookup.Resolve(typed, ConceptKind.Occupation);
        var id = r.Resolved is { } hit ? new OccupationId((ushort)hit.Id)
            : r.Choices.Any(h => h.Id == intended.Id.Value) ? intended.Id : (OccupationId?)null;
        TitlesResolvedRight += id == intended.Id ? 1 : 0;
        return id;
    }

    /// <summary>A skill next to <paramref name="s"/> in the skill hierarchy (broader, narrower or sibling), else itself.</summary>
    private SkillId Related(SkillId s)
    {
        var skill = _taxonomy[s];
        var options = skill.Broader.Where(b => _taxonomy[b].Kind != SkillKind.Group)
            .Concat(skill.Narrower)
            .Concat(skill.Broader.SelectMany(b => _taxonomy[b].Narrower).Where(x => x != s))
            .Distinct().ToArray();
        return options.Length == 0 ? s : options[_random.Next(options.Length)];
    }

    private bool Roll(double p) => _random.NextDouble() < p;
}
