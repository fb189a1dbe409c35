using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Infrastructure.Imports;

/// <summary>
/// Fresh planner statistics after an import that added many rows (ADR 0053). PostgreSQL's autovacuum analyses a table
/// only once a tenth of it has changed since the last analysis: a region that arrives with 25,000 job seekers in a
/// national table of 400,000 would stay unknown to the planner, which then estimates its rows at about one and picks
/// plans that read all of the region's rows for a page of 50 (25–120 ms instead of 0.5 ms in the load benchmark). So an
/// import that created at least <see cref="Rows"/> rows analyses the indexed columns of the table it wrote, after its
/// last commit (0.5 s for 400,000 job seekers). SQLite plans without gathered statistics; nothing is done there.
/// </summary>
public static partial class PlannerStatistics
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

        try
        {
#pragma warning disable EF1002 // the names come from the model, not from input
            await db.Database.ExecuteSqlRawAsync(Statement(db.Model, typeof(TEntity)), cancellationToken);
#pragma warning restore EF1002
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The import is committed: stale statistics cost speed, not data, so its answer stands.
            LogAnalyseFailed(db.GetService<ILoggerFactory>().CreateLogger(typeof(PlannerStatistics)), exception, typeof(TEntity).Name);
        }
    }

    /// <summary>
    /// <c>ANALYZE</c> of the table's indexed columns only: the ones whose statistics choose between plans (region,
    /// organisation, keys, sort orders). All columns would cost six times as much for a wide table (3.1 s against 0.5 s
    /// for 400,000 job seekers: their JSON and text columns); the row count is renewed either way.
    /// </summary>
    public static string Statement(IModel model, Type entity)
    {
        ArgumentNullException.ThrowIfNull(model);
        var type = model.FindEntityType(entity) ?? throw new InvalidOperationException($"{entity.Name} is not in the model.");
        var table = type.GetTableName()!;
        var store = StoreObjectIdentifier.Table(table, type.GetSchema());
        var columns = type.GetIndexes().SelectMany(i => i.Properties).Concat(type.FindPrimaryKey()!.Properties)
            .Select(p => p.GetColumnName(store)).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        return $"ANALYZE \"{table}\" ({string.Join(", ", columns.Select(c => $"\"{c}\""))})";
    }

    [LoggerMessage(LogLevel.Warning, "Could not analyse the table of {Entity} after an import; its rows are committed, the planner's statistics are not renewed")]
    private static partial void LogAnalyseFailed(ILogger logger, Exception exception, string entity);
}
