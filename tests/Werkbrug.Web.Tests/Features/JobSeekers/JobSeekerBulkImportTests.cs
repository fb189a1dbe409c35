using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.JobSeekers;

/// <summary>
/// A bulk CSV import through the API in one file. 1,000 rows by default (the rules are per row; more rows only cost
/// suite time); the volumes: <c>WERKBRUG_IMPORT_ROWS=10000 dotnet test -- --filter-method '*imports_a_bulk_file*'</c>
/// (or 100000 with <c>Imports__MaxRows=100000</c>), which prints the elapsed time per provider.
/// </summary>
public sealed class JobSeekerBulkImportTests(Apps apps)
{
    /// <summary>Rows of the bulk files (employers too): WERKBRUG_IMPORT_ROWS, 1,000 by default.</summary>
    public static int Rows => int.TryParse(Environment.GetEnvironmentVariable("WERKBRUG_IMPORT_ROWS"), out var n) ? n : 1_000;

    [Theory, Providers]
    public async Task imports_a_bulk_file_of_generated_profiles_in_one_request(Db db)
    {
        var app = apps.For(db);
        var caseManager = await app.CreateUserAsync("AM35", Roles.CaseManager);
        var u = Guid.NewGuid().ToString("N")[..8];
        var csv = new StringBuilder(JobSeekerImportTests.Header).Append('\n');
        var digits = Random.Shared.Next(10_000_000, 90_000_000);
        var firstBsn = string.Empty;
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
            firstBsn = i == 0 ? bsn : firstBsn;

            csv.Append(CultureInfo.InvariantCulture, $"B{i}-{u};Naam{i};Achternaam {i};1985-03-{1 + (i % 28):00};{(i % 2 == 0 ? bsn : string.Empty)};;3811 AB;werkfit;bijstand;3;B;Orderpicken;24;32;\n");
        }

        // The bad rows of the issue, at the end of the big file: a wrong date, an unknown code, an invalid BSN, an
        // external id and a BSN that an earlier row of the same file already has.
        csv.Append(CultureInfo.InvariantCulture, $"X1-{u};Fout;Datum;1985-02-30;;;3811 AB;werkfit;bijstand;3;B;;;;\n");
        csv.Append(CultureInfo.InvariantCulture, $"X2-{u};Fout;Code;1985-03-01;;;3811 AB;misschien;bijstand;3;B;;;;\n");
        csv.Append(CultureInfo.InvariantCulture, $"X3-{u};Fout;Bsn;1985-03-01;123456789;;3811 AB;werkfit;bijstand;3;B;;;;\n");
        csv.Append(CultureInfo.InvariantCulture, $"B0-{u};Dubbel;Extern;1985-03-01;;;3811 AB;werkfit;bijstand;3;B;;;;\n");
        csv.Append(CultureInfo.InvariantCulture, $"X4-{u};Dubbel;Bsn;1985-03-01;{firstBsn};;3811 AB;werkfit;bijstand;3;B;;;;\n");

        var api = app.ApiClient(caseManager);
        api.Timeout = TimeSpan.FromMinutes(30);
        var analysedBefore = await LastAnalyseAsync(app, db);
        var clock = Stopwatch.StartNew();
        var report = await JobSeekerImportTests.ImportAsync(api, csv.ToString());
        clock.Stop();

        TestContext.Current.TestOutputHelper?.WriteLine($"{Rows} rows on {db}: {clock.Elapsed.TotalSeconds:0.0} s");
        Console.WriteLine($"Job-seeker bulk import: {Rows} rows on {db}: {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.Equal((Rows, 0, 0, 5), JobSeekerImportTests.Counts(report));
        var rejected = report.GetProperty("rows").EnumerateArray().Where(r => r.GetProperty("errors").GetArrayLength() > 0).ToList();
        Assert.Equal([Rows + 2, Rows + 3, Rows + 4, Rows + 5, Rows + 6], rejected.Select(r => r.GetProperty("line").GetInt32()));
        Assert.DoesNotContain(firstBsn, report.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(Rows, await app.InDbAsync(d => d.JobSeekers.CountAsync(j => j.OwnerOrganisationId == caseManager.OrganisationId)));
        if (db == Db.Postgres)
        {
            // So many new rows are followed by fresh planner statistics for their table (ADR 0053).
            Assert.True(await LastAnalyseAsync(app, db) > analysedBefore, "The import should have analysed the job-seeker table.");
        }
    }

    /// <summary>When the job-seeker table was last analysed by a command (not by autovacuum); PostgreSQL only.</summary>
    private static Task<DateTime> LastAnalyseAsync(WerkbrugAppFactory app, Db db) => db != Db.Postgres
        ? Task.FromResult(DateTime.MinValue)
        : app.InDbAsync(d => d.Database.SqlQueryRaw<DateTime>(
            "SELECT coalesce(last_analyze, '-infinity')::timestamp AS \"Value\" FROM pg_stat_user_tables WHERE relname = 'JobSeekers'").SingleAsync());
}
