using System.Globalization;
using Werkbrug.Domain.Indicators;

namespace Werkbrug.Domain.Surveys.Templates;

/// <summary>One group a figure is a share of (all employers, or those with questions about employability …): its size and whether it is too small to show.</summary>
public sealed record MonitorBase(LocalText Label, int Respondents, double EffectiveSize, bool Suppressed);

/// <summary>One cell: the weighted share of the base for whom the row holds, its unweighted share, the count; none of them for a hidden cell or a suppressed base.</summary>
public sealed record MonitorCell(int? Count, Estimate? Weighted, Estimate? Unweighted, bool Hidden);

public sealed record MonitorRow(string Key, LocalText Label, IReadOnlyList<MonitorCell> Cells);

/// <summary>A figure or table of the report's chapter 6: per row the share of each base (one column per base).</summary>
public sealed record MonitorFigure(string Key, LocalText Title, IReadOnlyList<MonitorBase> Bases, IReadOnlyList<MonitorRow> Rows);

/// <summary>
/// The figures of the report's chapter 6 ("Werkgevers over het werkgeversservicepunt"), computed from responses to the
/// employer questionnaire (<see cref="EmployerMonitor"/>) as shares of weighted employers, in the report's own order and
/// form: knowing the service point (figure 6.1), which service point employers had contact with, of those with questions
/// about employability and of all (table 6.1), whom those with questions turn to (6.3), what the contact with the regional
/// service point was about (6.4), why employers do not turn to it (6.5), people with a work limitation at work (table 6.2),
/// willingness to hire people from each group, by whether they already employ someone with a limitation (6.6/6.7), and the
/// reasons to hire them (6.8). A base below the small-group threshold is suppressed whole; a count of 1 to threshold − 1
/// is hidden (with its complement).
/// </summary>
public static class EmployerMonitorFigures
{
    private static readonly LocalText All = new("Alle werkgevers", "All employers");
    private static readonly LocalText WithQuestions = new("Werkgevers met vragen over inzetbaarheid", "Employers with questions about employability");

    private static bool Has(IReadOnlyDictionary<string, Answer> a, string key, string option) =>
        a.TryGetValue(key, out var answer) && answer.Choices.Contains(option, StringComparer.Ordinal);

    private static bool Answered(IReadOnlyDictionary<string, Answer> a, string key) => a.TryGetValue(key, out var answer) && !answer.IsEmpty;

    private static bool Questions(IReadOnlyDictionary<string, Answer> a) => Has(a, "B3", "ja") || Has(a, "B31", "ja");

    private static bool AtWork(IReadOnlyDictionary<string, Answer> a, string how) =>
        Has(a, "E1", "ja") && a.TryGetValue("E2", out var e2) && e2.Rows.TryGetValue(how, out var count)
        && int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0;

    private sealed record Definition(string Key, LocalText Title, (LocalText Label, Func<IReadOnlyDictionary<string, Answer>, bool> In)[] Bases, (string Key, LocalText Label, Func<IReadOnlyDictionary<string, Answer>, bool> Holds)[] Rows);

    private static (string, LocalText, Func<IReadOnlyDictionary<string, Answer>, bool>)[] OptionsOf(string question, params string[] exclude)
    {
        var q = EmployerMonitor.Create().Find(question)!;
        return [.. q.Options.Where(o => !exclude.Contains(o.Key)).Select(o => (o.Key, o.Text, (Func<IReadOnlyDictionary<string, Answer>, bool>)(a => Has(a, question, o.Key))))];
    }

    private static IEnumerable<Definition> Definitions()
    {
        yield return new("6.1", new("Bekendheid van werkgevers met het werkgeversservicepunt", "Employers who know the employer service point"), [(All, _ => true)],
        [
            ("regionaal", new("Regionaal werkgeversservicepunt", "Regional employer service point"), a => Has(a, "A1", "rwsp") || Has(a, "A2", "ja")),
            ("landelijk", new("Landelijk werkgeversservicepunt", "National employer service point"), a => Has(a, "A1", "lwsp") || Has(a, "A3", "ja")),
            ("een-van-beide", new("Regionaal of landelijk", "Regional or national"), a => Has(a, "A1", "rwsp") || Has(a, "A2", "ja") || Has(a, "A1", "lwsp") || Has(a, "A3", "ja")),
        ]);
        yield return new("tabel-6.1", new("Met welk werkgeversservicepunt hadden werkgevers contact?", "Which employer service point did employers have contact with?"), [(WithQuestions, Questions), (All, _ => true)],
        [
            ("rwsp", new("Regionaal werkgeversservicepunt", "Regional employer service point"), a => Has(a, "A1", "rwsp")),
            ("lwsp", new("Landelijk werkgeversservicepunt", "National employer service point"), a => Has(a, "A1", "lwsp")),
            ("lwsp-uwv", new("Landelijk werkgeversservicepunt UWV", "National employer service point of UWV"), a => Has(a, "C4", "uwv")),
            ("lwsp-gemeenten", new("Landelijk werkgeversservicepunt gemeenten", "National employer service point of the municipalities"), a => Has(a, "C4", "gemeenten")),
            ("lwsp-weetniet", new("Weet niet of het landelijke werkgeversservicepunt van gemeente of UWV was", "Does not know whether the national point was the municipalities' or UWV's"), a => Has(a, "C4", "weetniet")),
            ("geen", new("Geen contact met een van deze overheidsinstanties", "No contact with any of these public bodies"), a => Has(a, "A1", "geen")),
        ]);
        yield return new("6.3", new("Tot wie richten werkgevers zich die wel eens vragen hebben over inzetbaarheid van mensen uit de doelgroep?", "Whom do employers with questions about the employability of people from the target group turn to?"), [(WithQuestions, Questions)], OptionsOf("A1"));
        yield return new("6.4", new("Waarover ging het contact met het regionale werkgeversservicepunt?", "What was the contact with the regional employer service point about?"), [(new("Werkgevers met contact met het regionale werkgeversservicepunt", "Employers in contact with the regional service point"), a => Has(a, "A1", "rwsp"))], OptionsOf("C1"));
        yield return new(
            "6.5",
            new("Waarom werkgevers zich niet wenden tot een werkgeversservicepunt", "Why employers do not turn to an employer service point"),
            [(new("Werkgevers met vragen die zich niet tot gemeente, UWV of werkgeversservicepunt wenden", "Employers with questions who do not turn to the municipality, UWV or the service point"), a => Answered(a, "B4") || Answered(a, "B41"))],
            [.. EmployerMonitor.Create().Find("B4")!.Options.Select(o => (o.Key, o.Text, (Func<IReadOnlyDictionary<string, Answer>, bool>)(a => Has(a, "B4", o.Key) || Has(a, "B41", o.Key))))]);
        yield return new("tabel-6.2", new("Werken er in uw organisatie mensen met een arbeidsbeperking?", "Do people with a work limitation work in your organisation?"), [(All, _ => true)],
        [
            ("ja", new("Bedrijven waar mensen met een arbeidsbeperking werken", "Companies where people with a work limitation work"), a => Has(a, "E1", "ja")),
            ("loondienst", new("Tenminste 1 persoon met een arbeidsbeperking in loondienst", "At least 1 person with a work limitation employed directly"), a => AtWork(a, "loondienst")),
            ("uitzend", new("Tenminste 1 persoon met een arbeidsbeperking via payroll of uitzendconstructie", "At least 1 through payroll or an agency"), a => AtWork(a, "uitzend")),
            ("anders", new("Tenminste 1 persoon met een arbeidsbeperking via een andere constructie", "At least 1 through another arrangement"), a => AtWork(a, "anders")),
        ]);
        var willing = EmployerMonitor.Create().Find("E31")!;
        yield return new(
            "6.6",
            new("Draagvlak voor het in dienst nemen van mensen uit verschillende doelgroepen (aandeel “ja”), naar of zij al mensen met een beperking in dienst hebben", "Willingness to hire people from different groups (share “yes”), by whether they already employ people with a limitation"),
            [
                (new("Met mensen met een arbeidsbeperking in dienst", "With people with a work limitation"), a => Answered(a, "E31") && Has(a, "E1", "ja")),
                (new("Zonder mensen met een arbeidsbeperking in dienst", "Without people with a work limitation"), a => Answered(a, "E31") && !Has(a, "E1", "ja")),
            ],
            [.. willing.Rows.Select(r => (r.Key, r.Text, (Func<IReadOnlyDictionary<string, Answer>, bool>)(a => a["E31"].Rows.TryGetValue(r.Key, out var c) && c == "ja")))]);
        yield return new("6.8", new("Wat is voor u de belangrijkste reden om iemand met een afstand tot de arbeidsmarkt in dienst te nemen?", "What is your main reason to hire someone at a distance from the labour market?"), [(new("Werkgevers die de vraag beantwoordden", "Employers who answered"), a => Answered(a, "E4"))], OptionsOf("E4"));
    }

    /// <summary>The figures from <paramref name="responses"/> (each response's answers and weight).</summary>
    public static IReadOnlyList<MonitorFigure> Of(IReadOnlyList<(IReadOnlyDictionary<string, Answer> Answers, double Weight)> responses, SmallGroups groups)
    {
        ArgumentNullException.ThrowIfNull(responses);
        ArgumentNullException.ThrowIfNull(groups);
        return [.. Definitions().Select(d => Figure(d, responses, groups))];
    }

    private static MonitorFigure Figure(Definition definition, IReadOnlyList<(IReadOnlyDictionary<string, Answer> Answers, double Weight)> responses, SmallGroups groups)
    {
        var bases = definition.Bases.Select(b => responses.Where(r => b.In(r.Answers)).ToList()).ToList();
        var baseViews = bases.Select((members, i) => new MonitorBase(
            definition.Bases[i].Label, members.Count, Weights.EffectiveSizeOf(members.Select(m => m.Weight)), groups.IsSmall(members.Count))).ToList();
        var counts = bases.Select(members => definition.Rows.Select(row => (long)members.Count(m => row.Holds(m.Answers))).ToList()).ToList();
        var hidden = bases.Select((members, i) => groups.Hide(members.Count, counts[i])).ToList();
        var rows = definition.Rows.Select((row, r) => new MonitorRow(row.Key, row.Label, [.. bases.Select((members, b) =>
        {
            if (members.Count == 0 || baseViews[b].Suppressed || hidden[b][r])
            {
                return new MonitorCell(null, null, null, members.Count > 0);
            }

            var yes = members.Select(m => row.Holds(m.Answers)).ToList();
            return new MonitorCell(
                (int)counts[b][r],
                Estimates.Proportion([.. members.Select((m, i) => (m.Weight, yes[i]))]),
                Estimates.Proportion([.. yes.Select(y => (1.0, y))]),
                false);
        })])).ToList();
        return new MonitorFigure(definition.Key, definition.Title, baseViews, rows);
    }
}
