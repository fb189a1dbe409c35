using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Localization;
using Werkbrug.Web.Infrastructure;

namespace Werkbrug.Web.Features.Mail;

/// <summary>A mail as it goes out: subject, plain text and HTML.</summary>
public sealed record RenderedMail(string Subject, string Text, string Html);

/// <summary>
/// The mail templates: embedded text files in Templates/, per kind a <c>.txt</c> (subject on the first line, a blank line,
/// the body) and a <c>.html</c> body, each placed in the layout of its type. A placeholder <c>{Name}</c> takes the value
/// of that name, HTML-encoded in the HTML part; a value starting with <c>@</c> is a resource key, shown in Dutch; values
/// of names ending in <c>Link</c> are local paths, made absolute with the public base URL. Mails are always Dutch.
/// </summary>
public sealed partial class MailTemplates(IStringLocalizer<SharedResource> text)
{
    private static readonly Dictionary<string, string> Files = typeof(MailTemplates).Assembly.GetManifestResourceNames()
        .Where(n => n.Contains(".Features.Mail.Templates.", StringComparison.Ordinal))
        .ToDictionary(n => n[(n.IndexOf(".Templates.", StringComparison.Ordinal) + ".Templates.".Length)..], Read, StringComparer.Ordinal);

    public RenderedMail Render(string kind, IReadOnlyDictionary<string, string> values, Uri baseUrl)
    {
        ArgumentNullException.ThrowIfNull(values);
        var resolved = Resolve(values, baseUrl);
        var plain = File(kind + ".txt").Split('\n', 2);
        var subject = Fill(plain[0].Trim(), resolved, encode: false);
        var withSubject = new Dictionary<string, string>(resolved) { ["Subject"] = subject };
        return new RenderedMail(
            subject,
            Fill(File("Layout.txt"), new Dictionary<string, string> { ["Body"] = Fill(plain[1].TrimStart('\n'), resolved, encode: false).TrimEnd() }, encode: false),
            Fill(File("Layout.html"), new Dictionary<string, string>(withSubject) { ["Body"] = Fill(File(kind + ".html"), resolved, encode: true) }, encode: true, raw: "Body"));
    }

    private Dictionary<string, string> Resolve(IReadOnlyDictionary<string, string> values, Uri baseUrl)
    {
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = Languages.Supported[0];
        try
        {
            return values.ToDictionary(
                v => v.Key,
                v => v.Key.EndsWith("Link", StringComparison.Ordinal) ? new Uri(baseUrl, v.Value).AbsoluteUri
                    : v.Value.StartsWith('@') ? text[v.Value[1..]].Value
                    : v.Value,
                StringComparer.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }

    private static string Fill(string template, Dictionary<string, string> values, bool encode, string? raw = null) =>
        Placeholder().Replace(template, m => values.TryGetValue(m.Groups[1].Value, out var value)
            ? encode && m.Groups[1].Value != raw ? WebUtility.HtmlEncode(value) : value
            : throw new InvalidOperationException($"Mail template placeholder {m.Value} has no value."));

    private static string File(string name) =>
        Files.TryGetValue(name, out var content) ? content : throw new InvalidOperationException($"No mail template {name}.");

    private static string Read(string resource)
    {
        using var stream = typeof(MailTemplates).Assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex Placeholder();
}
