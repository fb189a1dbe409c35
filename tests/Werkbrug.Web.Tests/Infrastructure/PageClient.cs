using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Werkbrug.Web.Tests.Infrastructure;

/// <summary>A page as the browser got it: the final response (after redirects) and its parsed HTML.</summary>
public sealed record PageResult(HttpResponseMessage Response, IDocument Document)
{
    /// <summary>The path the browser ended on, e.g. the list page after a redirect.</summary>
    public string Path => Response.RequestMessage!.RequestUri!.AbsolutePath;
}

/// <summary>
/// Drives the Razor Pages like a browser without JavaScript: signs in through the login form (the client
/// keeps the cookies), reads pages with AngleSharp and posts forms with their antiforgery token.
/// </summary>
public sealed class PageClient(HttpClient client)
{
    public HttpClient Http => client;

    /// <summary>A client signed in as <paramref name="user"/> through /account/login.</summary>
    public static async Task<PageClient> LoginAsync(WerkbrugAppFactory app, TestUser user)
    {
        var pages = new PageClient(app.CreateClient());
        var login = await pages.GetAsync("/account/login");
        var result = await pages.SubmitAsync(login, "form", new() { ["Input.Email"] = [user.Email], ["Input.Password"] = [user.Password] });
        if (result.Path.StartsWith("/account/login", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"Signing in as {user.Email} failed.");
        }

        return pages;
    }

    /// <summary>GETs a page and parses it; the response may be any status (the error pages are HTML too).</summary>
    public async Task<PageResult> GetAsync(string url)
    {
        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        return new PageResult(response, await ParseAsync(response));
    }

    /// <summary>
    /// Posts the form matched by <paramref name="formSelector"/> on <paramref name="page"/> with its current values
    /// (hidden fields such as the antiforgery token and Version, checked boxes, selected options), each name in
    /// <paramref name="values"/> replacing all of that field's values. Redirects are followed.
    /// </summary>
    public async Task<PageResult> SubmitAsync(PageResult page, string formSelector = "form.wb-form", Dictionary<string, string[]>? values = null, string? formAction = null)
    {
        var form = page.Document.QuerySelector<IHtmlFormElement>(formSelector)
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {page.Path}.");
        var fields = FieldsOf(form).Where(f => values is null || !values.ContainsKey(f.Key)).ToList();
        fields.AddRange((values ?? []).SelectMany(v => v.Value.Select(value => KeyValuePair.Create(v.Key, value))));

        var action = formAction ?? (form.GetAttribute("action") is { Length: > 0 } a ? a : page.Response.RequestMessage!.RequestUri!.PathAndQuery);
        var response = await client.PostAsync(action, new FormUrlEncodedContent(fields), TestContext.Current.CancellationToken);
        return new PageResult(response, await ParseAsync(response));
    }

    /// <summary>Posts the form as multipart/form-data with its current values plus one file, as a browser uploads it.</summary>
    public async Task<PageResult> UploadAsync(PageResult page, string fileField, string fileName, string content, Dictionary<string, string>? values = null, string formSelector = "form.wb-form")
    {
        var form = page.Document.QuerySelector<IHtmlFormElement>(formSelector)
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {page.Path}.");
        using var body = new MultipartFormDataContent();
        foreach (var field in FieldsOf(form).Where(f => f.Key != fileField && (values is null || !values.ContainsKey(f.Key))))
        {
            body.Add(new StringContent(field.Value), field.Key);
        }

        foreach (var value in values ?? [])
        {
            body.Add(new StringContent(value.Value), value.Key);
        }

        body.Add(new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(content)), fileField, fileName);
        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : page.Response.RequestMessage!.RequestUri!.PathAndQuery;
        var response = await client.PostAsync(action, body, TestContext.Current.CancellationToken);
        return new PageResult(response, await ParseAsync(response));
    }

    private static IEnumerable<KeyValuePair<string, string>> FieldsOf(IHtmlFormElement form)
    {
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Name.Length: > 0 } input when input.Type is "checkbox" or "radio":
                    if (input.IsChecked)
                    {
                        yield return KeyValuePair.Create(input.Name!, input.Value);
                    }

                    break;
                case IHtmlInputElement { Name.Length: > 0 } input when input.Type is not ("submit" or "button"):
                    yield return KeyValuePair.Create(input.Name!, input.Value);
                    break;
                case IHtmlSelectElement { Name.Length: > 0 } select:
                    foreach (var option in select.Options.Where(o => o.IsSelected))
                    {
                        yield return KeyValuePair.Create(select.Name!, option.Value);
                    }

                    break;
                case IHtmlTextAreaElement { Name.Length: > 0 } area:
                    yield return KeyValuePair.Create(area.Name!, area.Value);
                    break;
            }
        }
    }

    private static async Task<IDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var context = BrowsingContext.New(Configuration.Default);
        return await context.OpenAsync(r => r.Content(html).Address(response.RequestMessage!.RequestUri!), TestContext.Current.CancellationToken);
    }
}
