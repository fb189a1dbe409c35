using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Werkbrug.Domain.Audit;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Infrastructure.Persistence;

/// <summary>The SQLite flavour of <see cref="WerkbrugDb"/>; owns Migrations/Sqlite.</summary>
public sealed class SqliteWerkbrugDb(DbContextOptions<SqliteWerkbrugDb> options, AccessScope scope) : WerkbrugDb(options, scope)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no time zone; every DateTime Werkbrug stores is UTC, so read it back as UTC.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcConverter>();
    }

    private sealed class UtcConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}

/// <summary>The PostgreSQL flavour of <see cref="WerkbrugDb"/>; owns Migrations/Postgres.</summary>
public sealed class PostgresWerkbrugDb(DbContextOptions<PostgresWerkbrugDb> options, AccessScope scope) : WerkbrugDb(options, scope)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // A profile's JSON lists are jsonb here (as when they were owned JSON collections), so SQL can walk them (ADR 0054).
        builder.Entity<JobSeekerProfile>(profile =>
        {
            foreach (var list in (string[])[nameof(JobSeekerProfile.Competences), nameof(JobSeekerProfile.Languages), nameof(JobSeekerProfile.Education),
                nameof(JobSeekerProfile.WorkExperience), nameof(JobSeekerProfile.Skills)])
            {
                profile.Property(list).HasColumnType("jsonb");
            }
        });

        // A block-range index on the processing log's time, which its records arrive in: a request's records are found by
        // time and trace id at almost no cost per append (ADR 0055).
        builder.Entity<ProcessingLogRecord>().HasIndex(r => r.AtUtc).HasMethod("brin");
        // A subject's history: a GIN index on the subjects of each read's record (ADR 0056). Its pending list takes a
        // record's entries in one append; they are merged into the index in bulk, by autovacuum or the append that finds it full.
        builder.Entity<ProcessingLogRecord>().HasIndex(r => r.SubjectPseudonyms).HasMethod("gin");
    }
}

/// <summary>Lets `dotnet ef` build the SQLite model without starting the app.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteWerkbrugDb>
{
    public SqliteWerkbrugDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteWerkbrugDb>().UseSqlite("Data Source=design-time.db").Options, AccessScope.System());
}

/// <summary>Lets `dotnet ef` build the PostgreSQL model without a server.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresWerkbrugDb>
{
    public PostgresWerkbrugDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresWerkbrugDb>().UseNpgsql("Host=localhost;Database=werkbrug_design").Options, AccessScope.System());
}
