using System.Net;
using System.Net.Http.Json;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Infrastructure.Security;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.JobSeekers;

/// <summary>Where a user stands to the job seeker: in the owner organisation, in another organisation of the region, or in another region.</summary>
public enum Relation
{
    OwnOrganisation,
    OtherOrganisationInRegion,
    OtherRegion,
}

/// <summary>One cell of the authorisation matrix: what the response showed, and the raw material for the leak scans.</summary>
public sealed record Cell(string Endpoint, string Role, Relation Relation, string Expected, string Observed, string Body, IReadOnlyList<string> Urls)
{
    public string Name => $"{Endpoint} × {Role} × {Relation}";
}

/// <summary>
/// Calls every page and endpoint of the job-seeker feature as every role in every relation to one registered job
/// seeker and classifies what came back: full (the name and a sealed field: the work requirements or the masked BSN),
/// named (the name, no sealed field), pseudonymised, none (allowed, but nothing of this person), 404 or 403.
/// </summary>
public static class PrivacySweep
{
    private static readonly string[] ContactDetails = ["ContactDetails"];

    /// <summary>The masking dot of a BSN as a body holds it: raw, JSON-escaped or HTML-escaped.</summary>
    private static readonly string[] MaskDots = ["•", "\\u2022", "&#x2022;"];

    /// <summary>The job seeker's sealed fields as a body may hold them: the adjustments text, the masked BSN, the VUM work requirements.</summary>
    public static string[] SealedFields(RegisteredJobSeeker seeker)
    {
        ArgumentNullException.ThrowIfNull(seeker);
        return ["Aanpassing " + seeker.Marker, .. MaskDots.Select(dot => string.Concat(Enumerable.Repeat(dot, 6)) + seeker.Bsn[^3..]), "\"eisAanWerk\""];
    }

    public static readonly string[] Endpoints =
    [
        "GET /api/v1/job-seekers", "GET /api/v1/job-seekers/{id}", "PUT /api/v1/job-seekers/{id}", "POST /api/v1/job-seekers/find-by-bsn",
        "GET /api/v1/matching-profiles", "GET /api/v1/matching-profiles/{pseudonym}", "GET /api/v1/audit-log?jobSeekerId={id}",
        "page /job-seekers", "page /job-seekers/{id}", "page /job-seekers/{id}/edit", "page /job-seekers/new", "page POST /job-seekers/find-by-bsn",
        "page /job-seekers/pool", "page /job-seekers/pool/{pseudonym}",
        "GET /api/v1/job-seekers/in-view?mine=false", "POST /api/v1/job-seekers/{id}/contacts", "GET /api/v1/job-seekers/freshness",
        "page /job-seekers/in-view?Mine=false", "page /job-seekers/{id}/contact", "page /job-seekers/freshness",
        "GET /api/v1/consents?jobSeekerId={id}", "POST /api/v1/consents?jobSeekerId={id}", "POST /api/v1/consents/{consentId}/withdraw",
        "POST /api/v1/job-seekers/{id}/erase", "page /job-seekers/{id}/consents", "page /job-seekers/{id}/erase",
        "GET /api/v1/job-seekers/{id}/vum", "GET /api/v1/job-seekers/export-vum", "POST /api/v1/job-seekers/import?dryRun=true",
        "POST /api/v1/job-seekers/import-vum?dryRun=true", "page /job-seekers/import",
        "POST /api/v1/exchange/profiles", "GET /api/v1/exchange/profiles/changes", "GET /api/v1/exchange/freshness", "page /exchange/freshness",
    ];

    /// <summary>
    /// What the privacy model allows in each cell (docs/architecture.md, "Privacy"): in the owner organisation the case
    /// manager sees everything, the manager the person by name without the sealed fields, every other job-seeker role
    /// the pseudonymised matching profile, as in the rest of the region.
    /// </summary>
    public static string Expected(string endpoint, string role, Relation relation)
    {
        var own = relation == Relation.OwnOrganisation;
        var region = relation != Relation.OtherRegion;
        var named = own && role is Roles.CaseManager or Roles.Manager;
        var pooled = region && !named;
        // The partner exchange (called with a partner token of the user): a case manager's token pushes and pulls the own
        // organisation's profiles only; the freshness report is counts for its roles.
        if (endpoint.Contains("/exchange/", StringComparison.Ordinal))
        {
            return endpoint.Contains("freshness", StringComparison.Ordinal) ? Policies.ExchangeFreshnessRoles.Contains(role) ? "none" : "403"
                : role != Roles.CaseManager ? "403"
                : own && endpoint.StartsWith("GET", StringComparison.Ordinal) ? "full" : "none";
        }

        if (endpoint.Contains("audit-log", StringComparison.Ordinal))
        {
            return role != Roles.Administrator ? "403" : own ? "full" : "404";
        }

        // Erasure: the sweep posts no valid reason (400), so the person stays for the other cells; the page shows the pseudonym only.
        if (endpoint.EndsWith("/erase", StringComparison.Ordinal))
        {
            return !Policies.ErasureRoles.Contains(role) ? "403" : !own ? "404" : endpoint.StartsWith("page", StringComparison.Ordinal) ? "pseudonymised" : "400";
        }

        // Recording and withdrawing consents: the owner's case manager only; the sweep's body is invalid (400), the consent id unknown (404).
        if (endpoint.StartsWith("POST /api/v1/consents", StringComparison.Ordinal))
        {
            return role != Roles.CaseManager ? "403" : own && !endpoint.EndsWith("/withdraw", StringComparison.Ordinal) ? "400" : "404";
        }

        if (endpoint.StartsWith("PUT", StringComparison.Ordinal) || endpoint.EndsWith("/edit", StringComparison.Ordinal) || endpoint.EndsWith("/new", StringComparison.Ordinal))
        {
            return role != Roles.CaseManager ? "403" : endpoint.EndsWith("/new", StringComparison.Ordinal) ? "none" : own ? "full" : "404";
        }

        // "Klant in beeld" and the contact flow: case managers, own organisation only (a stale contact post is a 409 on the record).
        if (endpoint.Contains("in-view", StringComparison.Ordinal) || endpoint.Contains("/contact", StringComparison.Ordinal))
        {
            return role != Roles.CaseManager ? "403"
                : own ? endpoint.StartsWith("POST", StringComparison.Ordinal) ? "full" : "named"
                : endpoint.Contains("in-view", StringComparison.Ordinal) ? "none" : "404";
        }

        // Freshness counts: never anyone's personal data.
        if (endpoint.Contains("freshness", StringComparison.Ordinal))
        {
            return Policies.FreshnessRoles.Contains(role) ? "none" : "403";
        }

        if (endpoint.Contains("vum", StringComparison.Ordinal) || endpoint.Contains("/import", StringComparison.Ordinal))
        {
            // Import and export: the owner organisation's case managers only; an export of one profile is 404 for anyone else.
            return role != Roles.CaseManager ? "403"
                : endpoint.Contains("/import", StringComparison.Ordinal) ? "none"
                : own ? "full" : endpoint.Contains("{id}", StringComparison.Ordinal) ? "404" : "none";
        }

        if (!Policies.JobSeekerRoles.Contains(role))
        {
            return "403";
        }

        // The case manager's find-by-bsn form ends on the detail page.
        var detail = !named ? "pseudonymised" : role == Roles.CaseManager ? "full" : "named";
        return endpoint switch
        {
            "GET /api/v1/job-seekers" or "page /job-seekers" or "POST /api/v1/job-seekers/find-by-bsn" => named ? "named" : "none",
            "page POST /job-seekers/find-by-bsn" => named ? detail : "none",
            "GET /api/v1/job-seekers/{id}" or "page /job-seekers/{id}" => region ? detail : "404",
            "GET /api/v1/matching-profiles" or "page /job-seekers/pool" => pooled ? "pseudonymised" : "none",
            "GET /api/v1/consents?jobSeekerId={id}" => named ? "none" : "404", // the list names recipients, not the person
            "page /job-seekers/{id}/consents" => named ? "named" : "404",
            _ => pooled ? "pseudonymised" : "404", // one matching profile
        };
    }

    public static async Task<(RegisteredJobSeeker Seeker, List<Cell> Cells)> RunAsync(WerkbrugAppFactory app, string region, string otherRegion)
    {
        var owner = await app.CreateUserAsync(region, Roles.CaseManager);
        var seeker = await app.RegisterJobSeekerAsync(owner);
        var surname = "Test-" + seeker.Marker[3..9];
        var sealedFields = SealedFields(seeker);
        // A consent for an organisation outside the sweep, with the marker in its note: no sweep user outside the owner may see either.
        var stranger = await app.CreateUserAsync(region, Roles.AccountManager);
        var consent = await app.ApiClient(owner).PostAsJsonAsync($"/api/v1/consents?jobSeekerId={seeker.Id}", new
        {
            kind = "Consent",
            categories = ContactDetails,
            recipientOrganisationId = stranger.OrganisationId,
            purpose = "Matching",
            note = "Toestemming " + seeker.Marker,
            validFrom = "2020-01-01",
        }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, consent.StatusCode);
        var cells = new List<Cell>();
        foreach (var role in Roles.All)
        {
            foreach (var relation in Enum.GetValues<Relation>())
            {
                var user = relation switch
                {
                    Relation.OwnOrganisation => await app.CreateUserInOrganisationAsync(owner, role),
                    Relation.OtherOrganisationInRegion => await app.CreateUserAsync(region, role),
                    _ => await app.CreateUserAsync(otherRegion, role),
                };
                var api = app.ApiClient(user);
                var partner = await PartnerAsync(app, api);
                var pages = await PageClient.LoginAsync(app, user);
                foreach (var endpoint in Endpoints)
                {
                    var (status, body, urls) = await CallAsync(endpoint.Contains("/api/v1/exchange/", StringComparison.Ordinal) && !endpoint.Contains("freshness", StringComparison.Ordinal) ? partner : api, pages, endpoint, seeker);
                    var observed = status switch
                    {
                        HttpStatusCode.Forbidden => "403",
                        HttpStatusCode.NotFound => "404",
                        HttpStatusCode.OK when body.Contains(surname, StringComparison.Ordinal) && !sealedFields.Any(f => body.Contains(f, StringComparison.Ordinal)) => "named",
                        HttpStatusCode.OK or HttpStatusCode.Conflict when body.Contains(surname, StringComparison.Ordinal)
                            || (status == HttpStatusCode.Conflict && (endpoint.StartsWith("PUT", StringComparison.Ordinal) || endpoint.EndsWith("/contacts", StringComparison.Ordinal)))
                            || (endpoint.Contains("audit-log", StringComparison.Ordinal) && body.Contains("\"activityCode\"", StringComparison.Ordinal)) => "full",
                        HttpStatusCode.OK when body.Contains(seeker.Pseudonym, StringComparison.Ordinal) => "pseudonymised",
                        HttpStatusCode.OK => "none",
                        _ => ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    };
                    cells.Add(new Cell(endpoint, role, relation, Expected(endpoint, role, relation), observed, body, urls));
                }
            }
        }

        return (seeker, cells);
    }

    /// <summary>A client with a partner token (source system "matrix-partner") of the user <paramref name="api"/> calls as.</summary>
    private static async Task<HttpClient> PartnerAsync(WerkbrugAppFactory app, HttpClient api)
    {
        var response = await api.PostAsJsonAsync("/api/v1/tokens", new { name = "Matrix", sourceSystem = "matrix-partner" }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var made = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(TestContext.Current.CancellationToken);
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", made.GetProperty("token").GetString());
        return client;
    }

    private static async Task<(HttpStatusCode, string, IReadOnlyList<string>)> CallAsync(HttpClient api, PageClient pages, string endpoint, RegisteredJobSeeker seeker)
    {
        var ct = TestContext.Current.CancellationToken;
        var path = endpoint.Split(' ')[^1].Replace("{id}", seeker.Id.ToString(), StringComparison.Ordinal).Replace("{pseudonym}", seeker.Pseudonym, StringComparison.Ordinal)
            .Replace("{consentId}", Guid.NewGuid().ToString(), StringComparison.Ordinal);
        if (endpoint.StartsWith("page", StringComparison.Ordinal))
        {
            var page = await pages.GetAsync(path);
            if (endpoint.StartsWith("page POST", StringComparison.Ordinal) && page.Response.IsSuccessStatusCode && !page.Path.StartsWith("/account/access-denied", StringComparison.Ordinal))
            {
                page = await pages.SubmitAsync(page, "form.wb-form", new() { ["Input.Bsn"] = [seeker.Bsn] });
            }

            var status = page.Path.StartsWith("/account/access-denied", StringComparison.Ordinal) ? HttpStatusCode.Forbidden : page.Response.StatusCode;
            return (status, await page.Response.Content.ReadAsStringAsync(ct), [page.Response.RequestMessage!.RequestUri!.ToString()]);
        }

        using var csv = new StringContent("externId;voornaam;achternaam;geboortedatum;postcode;werkfit;uitkering\n", System.Text.Encoding.UTF8, "text/csv");
        using var response = endpoint.Split(' ')[0] switch
        {
            "POST" when path.Contains("/import-vum", StringComparison.Ordinal) || path.EndsWith("/exchange/profiles", StringComparison.Ordinal) => await api.PostAsJsonAsync(path, new[] { new { idWerkzoekende = "matrix" } }, ct),
            "POST" when path.Contains("/import", StringComparison.Ordinal) => await api.PostAsync(path, csv, ct),
            "PUT" => await api.PutAsJsonAsync(path, new { givenName = "X", surname = "Y", birthDate = "1990-01-01", postcode = "3811 AB", werkfitStatus = "WorkReady", benefit = "None", version = 999 }, ct),
            "POST" when path.EndsWith("/contacts", StringComparison.Ordinal) => await api.PostAsJsonAsync(path, new { occurredOn = DateOnly.FromDateTime(Domain.Common.DutchTime.ToLocal(DateTime.UtcNow)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), channel = "Phone", version = 999 }, ct),
            "POST" => await api.PostAsJsonAsync(path, new { bsn = seeker.Bsn }, ct),
            _ => await api.GetAsync(path, ct),
        };
        return (response.StatusCode, await response.Content.ReadAsStringAsync(ct), [response.RequestMessage!.RequestUri!.ToString()]);
    }
}
