using Microsoft.EntityFrameworkCore;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Infrastructure.Imports;

/// <summary>
/// Fresh planner statistics after an import that added many rows (ADR 0053). PostgreSQL's autovacuum analyses a table
/// only once a tenth of it has changed since the last analysis: a region that arrives with 25,000 job seekers in a
/// national table of 400,000 would stay unknown to the planner, which then estimates its rows at about one and picks
/// plans that read all of the region's rows for a page of 50 (25–120 ms instead of 0.5 ms in the load benchmark). So an
/// import that created at least <see cref="Rows"/> rows analyses the table it wrote, after its last commit (a sample of
/// the table: under a second at national volume). SQLite plans without gathered statistics; nothing is done there.
/// </summary>
public static class PlannerStatistics
{
    /// <summary>The rows an import must create before it analyses their table.</summary>
    public const int Rows = 1_000;

    public static async Task AfterImportAsync<TEntity>(WerkbrugDb db, ImportResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(result);
        if (result.DryRun || !db.Database.IsNpgsql() || result.Rows.Count(r => r.Outcome == ImportOutcome.Created) < Rows)
        {
            return;
        }

        var table = db.Model.FindEntityType(typeof(TEntity))?.GetTableName() ?? throw new InvalidOperationException($"{typeof(TEntity).Name} has no table.");
#pragma warning disable EF1002 // the table name comes from the model, not from input
        await db.Database.ExecuteSqlRawAsync($"ANALYZE \"{table}\"", cancellationToken);
#pragma warning restore EF1002
    }
}
