using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Werkbrug.Web.Infrastructure.Persistence;

/// <summary>
/// Lets every SQLite connection read the database file through a memory map (<c>PRAGMA mmap_size</c>, up to 1 GiB) instead
/// of a read call per page: the indicators' aggregates read tens of thousands of index entries, and with the map they
/// spend no time in the kernel once the file is in the page cache (docs/adr/0020). SQLite's own limit caps the size; a
/// database larger than the map is read through the map as far as it goes and by read calls beyond.
/// </summary>
internal sealed class SqliteMemoryMap : DbConnectionInterceptor
{
    private const string Pragma = "PRAGMA mmap_size = 1073741824;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragma;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
