using System.Net;
using System.Security.Cryptography;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Werkbrug.Web.Tests.Infrastructure;

/// <summary>
/// Drives the account pages like a browser: a client that keeps cookies, reads forms with AngleSharp
/// (hidden fields such as __RequestVerificationToken included) and posts them back. Also computes TOTP codes.
/// </summary>
public static class AccountPages
{
    private static readonly HtmlParser Parser = new();

    /// <summary>A client that keeps cookies; it follows redirects unless <paramref name="followRedirects"/> is false.</summary>
    public static HttpClient Browser(WebApplicationFactory<Program> app, bool followRedirects = true) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = followRedirects, HandleCookies = true });

    /// <summary>A browser signed in with e-mail and password through the login form.</summary>
    public static async Task<HttpClient> SignInAsync(WebApplicationFactory<Program> app, TestUser user)
    {
        var browser = Browser(app);
        var response = await LoginAsync(browser, user.Email, user.Password);
        var page = await ReadAsync(response);
        if (response.RequestMessage?.RequestUri?.AbsolutePath != "/")
        {
            throw new InvalidOperationException($"Sign-in of {user.Email} ended on {response.RequestMessage?.RequestUri}: {page.QuerySelector("#error-summary")?.TextContent}");
        }

        return browser;
    }

    /// <summary>Fills in the login form; returns the response (after redirects when the browser follows them).</summary>
    public static Task<HttpResponseMessage> LoginAsync(HttpClient browser, string email, string password) =>
        SubmitAsync(browser, "/account/login", new() { ["Input.Email"] = email, ["Input.Password"] = password });

    public static async Task<IHtmlDocument> GetAsync(HttpClient browser, string url)
    {
        var response = await browser.GetAsync(url, TestContext.Current.CancellationToken);
        return await ReadAsync(response);
    }

    public static async Task<IHtmlDocument> ReadAsync(HttpResponseMessage response) =>
        await Parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

    /// <summary>
    /// Opens <paramref name="url"/>, takes the form matching <paramref name="formSelector"/> (default: the
    /// first form inside main), keeps its hidden fields, sets <paramref name="fields"/> and posts it to its action.
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient browser, string url, Dictionary<string, string> fields, string formSelector = "main form")
    {
        var page = await GetAsync(browser, url);
        return await SubmitAsync(browser, page, url, fields, formSelector);
    }

    /// <summary>Posts a form of an already loaded <paramref name="page"/> (found at <paramref name="url"/>).</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient browser, IHtmlDocument page, string url, Dictionary<string, string> fields, string formSelector = "main form")
    {
        var form = page.QuerySelector<IHtmlFormElement>(formSelector)
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {url}.");
        var values = form.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]")
            .Select(i => KeyValuePair.Create(i.Name!, i.Value))
            .Where(p => !fields.ContainsKey(p.Key))
            .Concat(fields)
            .ToList();
        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : url;
        var response = await browser.PostAsync(action, new FormUrlEncodedContent(values), TestContext.Current.CancellationToken);
        if (response.StatusCode == HttpStatusCode.BadRequest)
        {
            throw new InvalidOperationException($"Posting '{formSelector}' on {url} was refused (antiforgery?).");
        }

        return response;
    }

    /// <summary>The error messages of the page's error summary.</summary>
    public static IReadOnlyList<string> Errors(IDocument page) =>
        page.QuerySelectorAll("#error-summary li").Select(li => li.TextContent.Trim()).ToList();

    /// <summary>The current RFC 6238 code (HMAC-SHA1, 30 s step, 6 digits) for a base32 shared key.</summary>
    public static string Totp(string base32Key, DateTimeOffset? at = null)
    {
        var counter = (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds() / 30;
        var message = BitConverter.GetBytes(counter);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(message);
        }

#pragma warning disable CA5350 // RFC 6238 authenticator codes are defined over HMAC-SHA1, as Identity computes them.
        var hash = HMACSHA1.HashData(Base32(base32Key), message);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static byte[] Base32(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var clean = text.Replace(" ", string.Empty, StringComparison.Ordinal).TrimEnd('=').ToUpperInvariant();
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in clean)
        {
            buffer = ((buffer << 5) | alphabet.IndexOf(c, StringComparison.Ordinal)) & 0xffff;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)((buffer >> bits) & 0xff));
            }
        }

        return [.. bytes];
    }
}
