using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace Werkbrug.Web.Tests.Infrastructure;

/// <summary>A signed-in browser session for page tests: cookies, antiforgery tokens and forms, read with AngleSharp.</summary>
public sealed class EmployerPageSession(HttpClient client)
{
    public HttpClient Client => client;

    /// <summary>Gets a page; returns the status and the parsed document (also for error pages).</summary>
    public async Task<(HttpStatusCode Status, IDocument Document)> GetAsync(string url)
    {
        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        return (response.StatusCode, await ParseAsync(response));
    }

    /// <summary>
    /// Submits the form of <paramref name="page"/> that <paramref name="formSelector"/> selects, like a browser: every
    /// field with its current value, then <paramref name="values"/> replace the fields of the same name (several pairs
    /// with one name set a multi-valued field, a null value clears it). <paramref name="button"/> names a submit button.
    /// </summary>
    public async Task<(HttpStatusCode Status, IDocument Document)> SubmitAsync(
        IDocument page, string formSelector, IEnumerable<(string Name, string? Value)> values, string? button = null)
    {
        var form = page.QuerySelector<IHtmlFormElement>(formSelector) ?? throw new InvalidOperationException($"No form {formSelector} on {page.Url}.");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio" } box when box.IsChecked && box.Name is { Length: > 0 }:
                    fields.Add(new(box.Name, box.Value));
                    break;
                case IHtmlInputElement { Type: not ("checkbox" or "radio" or "submit" or "button") } input when input.Name is { Length: > 0 }:
                    fields.Add(new(input.Name, input.Value));
                    break;
                case IHtmlSelectElement select when select.Name is { Length: > 0 }:
                    fields.Add(new(select.Name, select.Value ?? string.Empty));
                    break;
                case IHtmlTextAreaElement area when area.Name is { Length: > 0 }:
                    fields.Add(new(area.Name, area.Value));
                    break;
            }
        }

        var overrides = values.ToList();
        fields.RemoveAll(f => overrides.Any(o => o.Name == f.Key));
        fields.AddRange(overrides.Where(o => o.Value is not null).Select(o => new KeyValuePair<string, string>(o.Name, o.Value!)));
        if (button is not null)
        {
            var pressed = form.QuerySelector<IHtmlButtonElement>(button) ?? throw new InvalidOperationException($"No button {button} in {formSelector}.");
            fields.Add(new(pressed.Name!, pressed.Value));
        }

        var response = await client.PostAsync(form.Action, new FormUrlEncodedContent(fields), TestContext.Current.CancellationToken);
        return (response.StatusCode, await ParseAsync(response));
    }

    private static async Task<IDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var address = response.RequestMessage!.RequestUri!.ToString();
        return await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html).Address(address), TestContext.Current.CancellationToken);
    }
}

/// <summary>Builders and helpers for the employer tests.</summary>
public static class EmployerPages
{
    /// <summary>Signs <paramref name="user"/> in through the login page and returns the session.</summary>
    public static async Task<EmployerPageSession> SignInAsync(this WerkbrugAppFactory app, TestUser user)
    {
        var session = new EmployerPageSession(app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = true, HandleCookies = true }));
        var (_, login) = await session.GetAsync("/account/login");
        var (status, home) = await session.SubmitAsync(login, "form.wb-form", [("Input.Email", user.Email), ("Input.Password", user.Password)]);
        if (status != HttpStatusCode.OK || home.Url.Contains("/account/login", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Signing in {user.Email} failed: {status}.");
        }

        return session;
    }

    /// <summary><see cref="TestData.CreateUserAsync"/>, tried twice: tests of other classes may create the region's service point at the same moment.</summary>
    public static async Task<TestUser> CreateAdviserAsync(this WerkbrugAppFactory app, string regionCode, params string[] roles)
    {
        try
        {
            return await app.CreateUserAsync(regionCode, roles);
        }
        catch (DbUpdateException)
        {
            return await app.CreateUserAsync(regionCode, roles);
        }
    }

    /// <summary>A KvK number no other test uses.</summary>
    public static string NewKvk() => Random.Shared.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string UniqueName(string prefix) => $"{prefix} {Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>Registers an employer through the API and returns its id.</summary>
    public static async Task<Guid> RegisterEmployerAsync(
        this HttpClient api, string? tradeName = null, string? kvk = null, string postcode = "3811 AB", string municipality = "Amersfoort")
    {
        var response = await api.PostAsJsonAsync("/api/v1/employers", new
        {
            kvkNumber = kvk ?? NewKvk(),
            tradeName = tradeName ?? UniqueName("Werkgever"),
            sbiCodes = new List<string> { "4941" },
            sizeClass = "Employees10To49",
            addressLine = "Stationsplein 1",
            postcode,
            municipalityName = municipality,
            confirmDuplicate = true,
        }, TestContext.Current.CancellationToken);
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"Registering failed: {response.StatusCode} {await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
        }

        return (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("id").GetGuid();
    }

    /// <summary>Logs a contact moment through the API (acknowledging warnings) and returns its id.</summary>
    public static async Task<Guid> LogContactAsync(this HttpClient api, Guid employerId, DateTimeOffset occurredAt, string? note = null, bool planned = false)
    {
        var response = await api.PostAsJsonAsync("/api/v1/contact-moments", new
        {
            employerId,
            occurredAt,
            channel = "Phone",
            initiator = "ServicePoint",
            topics = new List<string> { "vacancy" },
            note,
            planned,
            acknowledgeWarnings = true,
        }, TestContext.Current.CancellationToken);
        if (response.StatusCode != HttpStatusCode.Created)
        {
            throw new InvalidOperationException($"Logging failed: {response.StatusCode} {await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)}");
        }

        return (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("id").GetGuid();
    }

    /// <summary>The problem+json body of a failed response.</summary>
    public static async Task<JsonElement> ProblemAsync(this HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
    }

    /// <summary>The messages of one field of a validation problem.</summary>
    public static IReadOnlyList<string> FieldErrors(this JsonElement problem, string field) =>
        problem.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out var messages)
            ? messages.EnumerateArray().Select(m => m.GetString()!).ToList()
            : [];
}
