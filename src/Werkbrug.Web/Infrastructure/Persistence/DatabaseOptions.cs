using System.ComponentModel.DataAnnotations;

namespace Werkbrug.Web.Infrastructure.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>The `Database` configuration section. The connection string is `ConnectionStrings:Werkbrug`.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    [Required]
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
}
