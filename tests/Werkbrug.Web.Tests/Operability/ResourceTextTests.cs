using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using Werkbrug.Web.Features.Mail;

namespace Werkbrug.Web.Tests.Operability;

/// <summary>
/// The mechanical writing rules of the UI text (docs/glossary.md, "Writing conventions"), checked on the compiled
/// resources and the mail templates: no host, no database.
/// </summary>
public sealed partial class ResourceTextTests
{
    private static readonly ResourceManager Resources = new("Werkbrug.Web.Resources.SharedResource", typeof(MailTemplates).Assembly);

    private static readonly Dictionary<string, string> Dutch = Read(CultureInfo.InvariantCulture);

    private static readonly Dictionary<string, string> English = Read(CultureInfo.GetCultureInfo("en"));

    /// <summary>Variants the Dutch text does not use, with the form it uses instead.</summary>
    private static readonly (Regex Pattern, string Instead)[] DutchVariants =
    [
        (new(@"\b(je|jij|jou|jouw|jullie)\b", RegexOptions.IgnoreCase), "u, uw (formal address)"),
        (new(@"\bhebt\b|\bu kan\b|\bu zal\b", RegexOptions.IgnoreCase), "u heeft, u kunt, u zult"),
        (new(@"(?<![-\w])[Ee]mail(?!:)|[Ee]-mail adres"), "e-mail, e-mailadres (Email: only in a setting's name)"),
        (new(@"\bten (minste|hoogste)\b", RegexOptions.IgnoreCase), "minstens, hoogstens"),
        (new(@"\b\d+ cijfers\b"), "acht cijfers, zes cijfers (numbers below twenty in words)"),
        (new(@"(?<!‘)\btrajectregisseurs?\b"), "klantmanager (‘trajectregisseur’ only as the quoted column name)"),
    ];

    [Fact]
    public void every_key_has_a_dutch_and_an_english_text()
    {
        Assert.NotEmpty(Dutch);
        Assert.Empty(Dutch.Keys.Except(English.Keys).Order());
        Assert.Empty(English.Keys.Except(Dutch.Keys).Order());
        Assert.Empty(Dutch.Where(t => t.Value.Length == 0).Select(t => t.Key));
    }

    [Fact]
    public void dutch_and_english_have_the_same_placeholders()
    {
        var differ = Dutch.Keys.Intersect(English.Keys)
            .Where(k => !Placeholders(Dutch[k]).SequenceEqual(Placeholders(English[k])))
            .Select(k => $"{k}: {Dutch[k]} | {English[k]}");
        None(differ);
    }

    [Fact]
    public void no_text_has_stray_spaces_straight_quotes_or_a_double_full_stop()
    {
        var wrong = Dutch.Select(t => ("nl", t)).Concat(English.Select(t => ("en", t)))
            .Where(x => Stray().IsMatch(x.t.Value) || x.t.Value != x.t.Value.Trim())
            .Select(x => $"{x.Item1} {x.t.Key}: «{x.t.Value}»");
        None(wrong);
    }

    [Fact]
    public void dutch_text_uses_the_standard_variants()
    {
        var texts = Dutch.Select(t => (Name: t.Key, Text: t.Value)).Concat(MailTemplateTexts());
        var wrong = texts.SelectMany(t => DutchVariants.Where(v => v.Pattern.IsMatch(t.Text))
            .Select(v => $"{t.Name}: «{v.Pattern.Match(t.Text).Value}», use {v.Instead}"));
        None(wrong);
    }

    /// <summary>Passes on no findings; otherwise fails listing every one in full.</summary>
    private static void None(IEnumerable<string> findings)
    {
        var all = findings.ToList();
        Assert.True(all.Count == 0, string.Join(Environment.NewLine, all));
    }

    private static IEnumerable<string> Placeholders(string text) =>
        Placeholder().Matches(text).Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal);

    private static Dictionary<string, string> Read(CultureInfo culture)
    {
        var set = Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"No resources for '{culture.Name}'.");
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);
    }

    private static IEnumerable<(string Name, string Text)> MailTemplateTexts()
    {
        var assembly = typeof(MailTemplates).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.Contains(".Features.Mail.Templates.", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            yield return (name, reader.ReadToEnd());
        }
    }

    [GeneratedRegex(@"\{(\d+)(?::[^}]*)?\}")]
    private static partial Regex Placeholder();

    /// <summary>Two spaces, a space before a punctuation mark or %, a straight quote opening a quotation, "..".</summary>
    [GeneratedRegex(@"  | [.,;:!?%)]|(?<![\p{L}\p{N}])'|""|\.\.")]
    private static partial Regex Stray();
}
