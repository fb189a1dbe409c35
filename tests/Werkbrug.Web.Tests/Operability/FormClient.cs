using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Operability;

/// <summary>A cookie-keeping HTTP client that reads antiforgery tokens from forms and signs in like a browser.</summary>
internal static class FormClient
{
    public static HttpClient Create(WerkbrugAppFactory app) =>
        app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>The antiforgery token of the first form on <paramref name="path"/> (the GET also sets the antiforgery cookie).</summary>
    public static async Task<string> AntiforgeryTokenAsync(this HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path, TestContext.Current.CancellationToken);
        var document = new HtmlParser().ParseDocument(html);
        return document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"No antiforgery token on {path}.");
    }

    public static Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string path, IEnumerable<KeyValuePair<string, string>> fields) =>
        client.PostAsync(path, new FormUrlEncodedContent(fields), TestContext.Current.CancellationToken);

    public static async Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password)
    {
        var token = await client.AntiforgeryTokenAsync("/account/login");
        return await client.PostFormAsync("/account/login",
            [new("Input.Email", email), new("Input.Password", password), new("__RequestVerificationToken", token)]);
    }
}
