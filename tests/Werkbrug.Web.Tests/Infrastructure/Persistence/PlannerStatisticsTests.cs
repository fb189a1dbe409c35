using Werkbrug.Domain.Employers;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Vacancies;
using Werkbrug.Web.Infrastructure.Imports;

namespace Werkbrug.Web.Tests.Infrastructure.Persistence;

/// <summary>What an import analyses (ADR 0053): the imported table's indexed columns, not its wide ones.</summary>
public sealed class PlannerStatisticsTests(Apps apps)
{
    public static TheoryData<Type, string, string[], string[]> Tables => new()
    {
        { typeof(JobSeekerProfile), "JobSeekers", ["RegionCode", "OwnerOrganisationId", "Id", "Surname"], ["Skills", "WorkExperience", "SealedBsn"] },
        { typeof(Vacancy), "Vacancies", ["RegionCode", "EmployerId", "CreatedAtUtc", "Id"], ["Description", "ContactEmail"] },
        { typeof(Employer), "Employers", ["RegionCode", "Id"], ["SbiCodes"] },
    };

    [Theory, MemberData(nameof(Tables))]
    public async Task an_import_analyses_the_indexed_columns_of_its_table(Type entity, string table, string[] analysed, string[] left)
    {
        var statement = await apps.For(Db.Sqlite).InDbAsync(d => Task.FromResult(PlannerStatistics.Statement(d.Model, entity)));

        Assert.StartsWith($"ANALYZE \"{table}\" (", statement, StringComparison.Ordinal);
        Assert.All(analysed, c => Assert.Contains($"\"{c}\"", statement, StringComparison.Ordinal));
        Assert.All(left, c => Assert.DoesNotContain($"\"{c}\"", statement, StringComparison.Ordinal));
        TestContext.Current.TestOutputHelper?.WriteLine(statement);
    }

    [Theory, Providers]
    public async Task an_analyse_that_fails_leaves_the_committed_import_answered(Db db)
    {
        if (db != Db.Postgres)
        {
            Assert.Skip("SQLite gathers no statistics: an import analyses nothing there (ADR 0053)");
        }

        // 1,000 created rows of a type the model does not hold: the statement cannot be made, as if ANALYZE had failed.
        var result = new ImportResult(false, [.. Enumerable.Range(1, PlannerStatistics.Rows).Select(i => new ImportRow(i, null, ImportOutcome.Created, [], []))]);

        var failed = await apps.For(db).InDbAsync(async d => await Record.ExceptionAsync(
            () => PlannerStatistics.AfterImportAsync<ImportRow>(d, result, TestContext.Current.CancellationToken)));

        Assert.Null(failed);
    }
}
