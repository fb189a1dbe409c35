using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.JobSeekers;

/// <summary>
/// A bulk CSV import through the API in one file. 10,000 rows by default (the shared test machine); the 100,000-row
/// run of the issue: <c>WERKBRUG_IMPORT_ROWS=100000 Imports__MaxRows=100000 dotnet test --filter imports_a_bulk_file</c>,
/// which prints the elapsed time per provider.
/// </summary>
public sealed class JobSeekerBulkImportTests(Apps apps)
{
    private static int Rows => int.TryParse(Environment.GetEnvironmentVariable("WERKBRUG_IMPORT_ROWS"), out var n) ? n : 10_000;

    [Theory, Providers]
    public async Task imports_a_bulk_file_of_generated_profiles_in_one_request(Db db)
    {
        var app = apps.For(db);
        var caseManager = await app.CreateUserAsync("AM35", Roles.CaseManager);
        var u = Guid.NewGuid().ToString("N")[..8];
        var csv = new StringBuilder(JobSeekerImportTests.Header).Append('\n');
        var digits = Random.Shared.Next(10_000_000, 90_000_000);
        for (var i = 0; i < Rows; i++)
        {
            string bsn;
            do
            {
                var text = (digits++).ToString(CultureInfo.InvariantCulture);
                var check = text.Select((d, k) => (9 - k) * (d - '0')).Sum() % 11;
                bsn = check < 10 ? text + check : string.Empty;
            }
            while (bsn.Length == 0);

            csv.Append(CultureInfo.InvariantCulture, $"B{i}-{u};Naam{i};Achternaam {i};1985-03-{1 + (i % 28):00};{(i % 2 == 0 ? bsn : string.Empty)};;3811 AB;werkfit;bijstand;3;B;Orderpicken;24;32;\n");
        }

        var api = app.ApiClient(caseManager);
        api.Timeout = TimeSpan.FromMinutes(30);
        var clock = Stopwatch.StartNew();
        var report = await JobSeekerImportTests.ImportAsync(api, csv.ToString());
        clock.Stop();

        TestContext.Current.TestOutputHelper?.WriteLine($"{Rows} rows on {db}: {clock.Elapsed.TotalSeconds:0.0} s");
        Console.WriteLine($"Job-seeker bulk import: {Rows} rows on {db}: {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.Equal((Rows, 0, 0, 0), JobSeekerImportTests.Counts(report));
        Assert.Equal(Rows, await app.InDbAsync(d => d.JobSeekers.CountAsync(j => j.OwnerOrganisationId == caseManager.OrganisationId)));
    }
}
