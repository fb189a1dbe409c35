using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.JobSeekers;

public sealed record RegisteredJobSeeker(Guid Id, string Pseudonym, string Bsn, string Marker);

public static class JobSeekerTestData
{
    /// <summary>A valid BSN that nobody else's test uses: eight random digits and the check digit that makes the eleven test pass.</summary>
    public static string NewBsn()
    {
        while (true)
        {
            var digits = Random.Shared.Next(10_000_000, 99_999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var sum = digits.Select((d, i) => (9 - i) * (d - '0')).Sum();
            var check = sum % 11;
            if (check < 10)
            {
                return digits + check;
            }
        }
    }

    /// <summary>A unique marker for the special-category fields, to search for in places it must never appear.</summary>
    public static string NewMarker() => "MRK" + Guid.NewGuid().ToString("N")[..12].ToUpperInvariant();

    public static object AProfile(string bsn, string marker, string givenName = "Sanne") => new
    {
        givenName,
        surname = "Test-" + marker[3..9],
        birthDate = "1990-04-02",
        bsn,
        email = "sanne@example.nl",
        phone = "0612345678",
        addressLine = "Stationsstraat 1",
        postcode = "3811 AB",
        werkfitStatus = "WorkReady",
        benefit = "Bijstand",
        jobsAgreementTarget = true,
        workAndThinkingLevel = "Vmbo",
        competences = new[] { new { code = "CooperatingAndConsulting", mastery = "Good" } },
        languages = new[] { new { code = "nld", oral = "Good", written = "Reasonable", reading = "Good", listening = "Excellent" } },
        drivingLicences = new[] { "B" },
        education = new[] { new { name = "Logistiek medewerker", level = "Mbo", status = "Completed", diploma = "Yes", institution = "ROC" } },
        workExperience = new[] { new { occupation = "Magazijnmedewerker", organisation = "Bol", from = "2015-01-01", until = "2019-01-01" } },
        skills = new[] { new { label = "Heftruck rijden", taxonomyCode = (string?)null } },
        traits = new[] { "Punctueel" },
        interests = new[] { "Techniek" },
        trainingNeeds = new[] { "VCA" },
        desiredOccupations = new[] { new { label = "Orderpicker" } },
        willingToRetrain = true,
        minHoursPerWeek = 24,
        maxHoursPerWeek = 32,
        maxTravelKm = 25,
        maxTravelMinutes = 45,
        branches = new[] { "H" },
        contractDurations = new[] { "Permanent" },
        agreementTypes = new[] { "Regular" },
        adaptationNeeded = "Yes",
        supervisionNeeded = "No",
        variationNeeded = "Unknown",
        adjustments = "Aanpassing " + marker,
        availableFrom = "2026-06-01",
        lastContactOn = "2026-04-20",
    };

    /// <summary>Registers a job seeker through the API as <paramref name="caseManager"/>, with a fresh BSN and marker.</summary>
    public static Task<RegisteredJobSeeker> RegisterJobSeekerAsync(this WerkbrugAppFactory app, TestUser caseManager) =>
        app.ApiClient(caseManager).RegisterJobSeekerAsync();

    /// <summary>Registers a job seeker through the API with <paramref name="caseManager"/>'s client, with a fresh BSN and marker.</summary>
    public static async Task<RegisteredJobSeeker> RegisterJobSeekerAsync(this HttpClient caseManager)
    {
        var (bsn, marker) = (NewBsn(), NewMarker());
        var response = await caseManager.PostAsJsonAsync("/api/v1/job-seekers", AProfile(bsn, marker), TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, body);
        using var json = JsonDocument.Parse(body);
        return new RegisteredJobSeeker(json.RootElement.GetProperty("id").GetGuid(), json.RootElement.GetProperty("pseudonym").GetString()!, bsn, marker);
    }

    public static Task<int> ProcessingRecordsAsync(this WerkbrugAppFactory app, string pseudonym) =>
        app.InDbAsync(db => db.ProcessingLog.CountAsync(r => r.SubjectPseudonyms.Contains(pseudonym)));
}
