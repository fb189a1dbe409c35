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
/// with a message saying how to enable it.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ProvidersAttribute : DataAttribute
{
    public const string PostgresVariable = "WERKBRUG_TEST_POSTGRES";

    public static string? PostgresConnectionString =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null;

    public override ValueTask<IReadOnlyCollection<ITheoryDataRow>> GetData(MethodInfo testMethod, DisposalTracker disposalTracker) =>
        ValueTask.FromResult<IReadOnlyCollection<ITheoryDataRow>>(
        [
            new TheoryDataRow<Db>(Db.Sqlite),
            new TheoryDataRow<Db>(Db.Postgres)
            {
                Skip = PostgresConnectionString is null
                    ? $"PostgreSQL tests need {PostgresVariable}=\"Host=127.0.0.1;Port=...;Username=postgres\" (.ci/run sets it)."
                    : null,
            },
        ]);

    public override bool SupportsDiscoveryEnumeration() => true;
}
