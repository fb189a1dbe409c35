using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Werkbrug.Domain.Audit;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Features.JobSeekers;
using Werkbrug.Web.Features.Vacancies;
using Werkbrug.Web.Infrastructure.Audit;
using Werkbrug.Web.Infrastructure.Imports;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.Security;
using Werkbrug.Web.Tests.Features.JobSeekers;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.Imports;

/// <summary>
/// Imports are set-based: each chunk of <c>Imports:BatchSize</c> rows is read in a fixed number of queries and saved
/// once, so the database round trips grow with the chunks, never with the rows; a file of many chunks is imported
/// exactly once, and again changes nothing. Region AM37 is this class's.
/// </summary>
public sealed class SetBasedImportTests(Apps apps)
{
    private const string Region = "AM37";
    private const string VacancyHeader = "externId;kvknummer;titel;beroep;urenMin;urenMax;contractvorm;postcode;gemeente;status";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, Providers]
    public async Task a_job_seeker_file_of_many_chunks_is_imported_exactly_once_and_a_rerun_changes_nothing(Db db)
    {
        var app = apps.For(db);
        var caseManager = await app.CreateUserAsync(Region, Roles.CaseManager);
        var csv = JobSeekers(400, Guid.NewGuid().ToString("N")[..8]);

        var first = await ImportAsync(app, caseManager, sp => sp.JobSeekers(40).CsvAsync(new StringReader(csv), false, Ct));
        var second = await ImportAsync(app, caseManager, sp => sp.JobSeekers(40).CsvAsync(new StringReader(csv), false, Ct));

        Assert.Equal((400, 0, 0, 0), Counts(first.Result));
        Assert.Equal((0, 0, 400, 0), Counts(second.Result));
        var pseudonyms = await app.InDbAsync(d => d.JobSeekers.Where(j => j.OwnerOrganisationId == caseManager.OrganisationId).Select(j => j.Pseudonym).ToListAsync(Ct));
        Assert.Equal(400, pseudonyms.Distinct().Count());
        var records = await app.InDbAsync(d => d.ProcessingLog.Where(r => r.OrganisationId == caseManager.OrganisationId && r.ActivityCode == ProcessingActivities.ProfileManagement)
            .Select(r => new { r.SubjectPseudonyms, r.Action }).ToListAsync(Ct));
        Assert.Equal(pseudonyms.Order(StringComparer.Ordinal), records.Where(r => r.Action == AuditAction.Create).SelectMany(r => r.SubjectPseudonyms).Order(StringComparer.Ordinal));
        Assert.Equal(400, records.Sum(r => r.SubjectPseudonyms.Count));
    }

    [Theory, Providers]
    public async Task a_vacancy_file_of_many_chunks_is_imported_exactly_once_and_a_rerun_changes_nothing(Db db)
    {
        var app = apps.For(db);
        var adviser = await app.CreateAdviserAsync(Region, Roles.AccountManager);
        var kvk = EmployerPages.NewKvk();
        await app.ApiClient(adviser).RegisterEmployerAsync(kvk: kvk);
        var csv = Vacancies(400, kvk, Guid.NewGuid().ToString("N")[..8]);

        var first = await ImportAsync(app, adviser, sp => sp.Vacancies(40).HandleAsync(new StringReader(csv), false, Ct));
        var second = await ImportAsync(app, adviser, sp => sp.Vacancies(40).HandleAsync(new StringReader(csv), false, Ct));

        Assert.Equal((400, 0, 0, 0), Counts(first.Result));
        Assert.Equal((0, 0, 400, 0), Counts(second.Result));
        var ids = await app.InDbAsync(d => d.Vacancies.Where(v => v.OwnerOrganisationId == adviser.OrganisationId).Select(v => v.ExternalId).ToListAsync(Ct));
        Assert.Equal(400, ids.Count);
        Assert.Equal(400, ids.Distinct().Count());
    }

    /// <summary>The regression guard for "no per-row round trips": twice the rows in the same chunk size cost only the queries of the extra chunks.</summary>
    [Theory, Providers]
    public async Task the_database_round_trips_of_an_import_grow_with_its_chunks_not_its_rows(Db db)
    {
        const int chunk = 100;
        var app = apps.For(db);
        var caseManager = await app.CreateUserAsync(Region, Roles.CaseManager);
        var adviser = await app.CreateAdviserAsync(Region, Roles.AccountManager);
        var kvk = EmployerPages.NewKvk();
        await app.ApiClient(adviser).RegisterEmployerAsync(kvk: kvk);

        var seekers = new List<int>();
        var vacancies = new List<int>();
        foreach (var rows in new[] { 2 * chunk, 4 * chunk })
        {
            var u = Guid.NewGuid().ToString("N")[..8];
            var a = await ImportAsync(app, caseManager, sp => sp.JobSeekers(chunk).CsvAsync(new StringReader(JobSeekers(rows, u)), false, Ct));
            var b = await ImportAsync(app, adviser, sp => sp.Vacancies(chunk).HandleAsync(new StringReader(Vacancies(rows, kvk, u)), false, Ct));
            Assert.Equal((rows, 0, 0, 0), Counts(a.Result));
            Assert.Equal((rows, 0, 0, 0), Counts(b.Result));
            seekers.Add(a.RoundTrips);
            vacancies.Add(b.RoundTrips);
        }

        // Two more chunks of 100 rows: at most a dozen more round trips each (a per-row path would add hundreds).
        TestContext.Current.TestOutputHelper?.WriteLine($"round trips for 200 and 400 rows: job seekers {string.Join(", ", seekers)}; vacancies {string.Join(", ", vacancies)}");
        Assert.InRange(seekers[1] - seekers[0], 0, 2 * 12);
        Assert.InRange(vacancies[1] - vacancies[0], 0, 2 * 12);
        Assert.InRange(seekers[1], 0, (4 * 12) + 10);
        Assert.InRange(vacancies[1], 0, (4 * 12) + 10);
    }

    private static (int, int, int, int) Counts(ImportResult result) =>
        (result.Rows.Count(r => r.Outcome == ImportOutcome.Created), result.Rows.Count(r => r.Outcome == ImportOutcome.Updated),
            result.Rows.Count(r => r.Outcome == ImportOutcome.Unchanged), result.Rows.Count(r => r.Outcome == ImportOutcome.Rejected));

    private static string JobSeekers(int rows, string unique)
    {
        var csv = new StringBuilder(JobSeekerImportTests.Header).Append('\n');
        var digits = Random.Shared.Next(10_000_000, 90_000_000);
        for (var i = 0; i < rows; i++)
        {
            // Every other row with a BSN, all different: the next eight digits with a valid check digit.
            var bsn = string.Empty;
            while (i % 2 == 0 && bsn.Length == 0)
            {
                var text = (digits++).ToString(CultureInfo.InvariantCulture);
                var check = text.Select((d, k) => (9 - k) * (d - '0')).Sum() % 11;
                bsn = check < 10 ? text + check : string.Empty;
            }

            csv.Append(CultureInfo.InvariantCulture, $"S{i}-{unique};Naam{i};Achternaam {i};1985-03-{1 + (i % 28):00};{bsn};;3811 AB;werkfit;bijstand;3;B;Orderpicken;24;32;\n");
        }

        return csv.ToString();
    }

    private static string Vacancies(int rows, string kvk, string unique)
    {
        var csv = new StringBuilder(VacancyHeader).Append('\n');
        for (var i = 0; i < rows; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"V{i}-{unique};{kvk};Orderpicker {i};orderpicker;24;38;regulier;3811 AB;Amersfoort;{(i % 2 == 0 ? "open" : "concept")}\n");
        }

        return csv.ToString();
    }

    /// <summary>
    /// Runs an import handler as <paramref name="user"/> (a scope of its own, as a request has) and counts the database
    /// round trips of its context: every command, except that SQLite, which runs in the process, counts a save as one.
    /// </summary>
    private static async Task<(ImportResult Result, int RoundTrips)> ImportAsync(
        WerkbrugAppFactory app, TestUser user, Func<IServiceProvider, Task<Werkbrug.Domain.Common.Result<ImportResult>>> import)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var account = await services.GetRequiredService<UserManager<WerkbrugUser>>().FindByIdAsync(user.Id.ToString());
        var accessor = services.GetRequiredService<IHttpContextAccessor>();
        accessor.HttpContext = new DefaultHttpContext
        {
            User = await services.GetRequiredService<IUserClaimsPrincipalFactory<WerkbrugUser>>().CreateAsync(account!),
            RequestServices = services,
        };
        try
        {
            using var roundTrips = new RoundTrips(services.GetRequiredService<WerkbrugDb>());
            var result = await import(services);
            Assert.True(result.IsSuccess);
            return (result.Value, roundTrips.Count);
        }
        finally
        {
            accessor.HttpContext = null;
        }
    }

    /// <summary>Counts the commands one context sends (EF's diagnostic events), a SQLite save as one.</summary>
    private sealed class RoundTrips : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly DbContext _context;
        private readonly bool _inProcess;
        private readonly List<IDisposable> _subscriptions = [];
        private int _count;

        public RoundTrips(DbContext context)
        {
            (_context, _inProcess) = (context, context.Database.IsSqlite());
            _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));
        }

        public int Count => _count;

        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == DbLoggerCategory.Name)
            {
                lock (_subscriptions)
                {
                    _subscriptions.Add(value.Subscribe(this));
                }
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            var counts = value.Value switch
            {
                CommandEventData command when value.Key == RelationalEventId.CommandExecuting.Name => command.Context == _context && !(_inProcess && command.CommandSource == CommandSource.SaveChanges),
                DbContextEventData save when value.Key == CoreEventId.SaveChangesStarting.Name => save.Context == _context && _inProcess,
                _ => false,
            };
            if (counts)
            {
                Interlocked.Increment(ref _count);
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            lock (_subscriptions)
            {
                _subscriptions.ForEach(s => s.Dispose());
            }
        }
    }
}

/// <summary>The import handlers with a chunk size of the test's choosing.</summary>
internal static class ImportHandlers
{
    public static ImportJobSeekers.Handler JobSeekers(this IServiceProvider services, int chunk) =>
        ActivatorUtilities.CreateInstance<ImportJobSeekers.Handler>(services, Options.Create(new ImportOptions { BatchSize = chunk }));

    public static ImportVacancies.Handler Vacancies(this IServiceProvider services, int chunk) =>
        ActivatorUtilities.CreateInstance<ImportVacancies.Handler>(services, Options.Create(new ImportOptions { BatchSize = chunk }));
}
