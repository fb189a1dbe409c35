using System.Reflection;
using Xunit.Sdk;
using Xunit.v3;

namespace Werkbrug.Web.Tests.Infrastructure;

public enum Db
{
    Sqlite,
    Postgres,
}

/// <summary>
/// Runs a theory once per database provider. SQLite always; PostgreSQL when WERKBRUG_TEST_POSTGRES holds
/// a connection string (to a server where the user may create databases), otherwise that row is skipped
/// with a message saying how to enable it. Each row carries the trait <c>db=sqlite</c> or <c>db=postgres</c>, so a run
/// can take one provider (<c>dotnet test -- --filter-trait "db=postgres"</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ProvidersAttribute : DataAttribute
{
    public const string PostgresVariable = "WERKBRUG_TEST_POSTGRES";

    public static string? PostgresConnectionString =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null;

    public const string Trait = "db";

    public override ValueTask<IReadOnlyCollection<ITheoryDataRow>> GetData(MethodInfo testMethod, DisposalTracker disposalTracker) =>
        ValueTask.FromResult<IReadOnlyCollection<ITheoryDataRow>>(
        [
            WithTrait(new TheoryDataRow<Db>(Db.Sqlite), Db.Sqlite),
            WithTrait(
                new TheoryDataRow<Db>(Db.Postgres)
                {
                    Skip = PostgresConnectionString is null
                        ? $"PostgreSQL tests need {PostgresVariable}=\"Host=127.0.0.1;Port=...;Username=postgres\" (.ci/run sets it)."
                        : null,
                },
                Db.Postgres),
        ]);

    /// <summary>Adds the trait <c>db=sqlite|postgres</c> to <paramref name="row"/>.</summary>
    public static TRow WithTrait<TRow>(TRow row, Db db)
        where TRow : TheoryDataRowBase
    {
        ArgumentNullException.ThrowIfNull(row);
        row.WithTrait(Trait, db.ToString().ToLowerInvariant());
        return row;
    }

    public override bool SupportsDiscoveryEnumeration() => true;
}
