using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Werkbrug.Web.Tests.Infrastructure;

/// <summary>
/// A host on a database of its own that the test takes away after start-up, as an outage does: PostgreSQL is reached
/// through a loopback forwarder that then stops (connection refused); SQLite's folder is moved away (unable to open).
/// <see cref="Restore"/> brings it back.
/// </summary>
public sealed class OutageHost : IAsyncDisposable
{
    private readonly DatabaseTemplates.Database _database;
    private Forwarder? _forwarder;

    public OutageHost(Db db)
    {
        _database = DatabaseTemplates.NewDatabase(db);
        var reached = _database;
        if (db == Db.Postgres)
        {
            var direct = new NpgsqlConnectionStringBuilder(_database.ConnectionString);
            _forwarder = new Forwarder(direct.Host!, direct.Port, 0);
            reached = _database with { ConnectionString = new NpgsqlConnectionStringBuilder(direct.ConnectionString) { Host = "127.0.0.1", Port = _forwarder.Port }.ConnectionString };
        }

        App = WerkbrugAppFactory.On(db, reached);
    }

    public WerkbrugAppFactory App { get; }

    private string Away => _database.SqliteFolder + "-away";

    /// <summary>Takes the database away: new connections fail, open ones break.</summary>
    public void Cut()
    {
        if (_forwarder is not null)
        {
            _forwarder.Dispose();
            DatabaseTemplates.ClearPools(App.ConnectionString);
        }
        else
        {
            Directory.Move(_database.SqliteFolder!, Away);
            SqliteConnection.ClearAllPools();
        }
    }

    /// <summary>Brings the database back after <see cref="Cut"/>: the same address answers again.</summary>
    public void Restore()
    {
        if (_forwarder is not null)
        {
            var direct = new NpgsqlConnectionStringBuilder(_database.ConnectionString);
            _forwarder = new Forwarder(direct.Host!, direct.Port, _forwarder.Port);
        }
        else
        {
            Directory.Move(Away, _database.SqliteFolder!);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        _forwarder?.Dispose();
        if (_database.PostgresName is not null)
        {
            DatabaseTemplates.DropPostgres(_database.PostgresName);
            return;
        }

        SqliteConnection.ClearAllPools();
        foreach (var folder in new[] { _database.SqliteFolder!, Away }.Where(Directory.Exists))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Forwards loopback connections to the PostgreSQL server until disposed, then refuses them and breaks the open ones.</summary>
    private sealed class Forwarder : IDisposable
    {
        private readonly TcpListener _listener;
        private readonly ConcurrentBag<TcpClient> _open = [];
        private readonly CancellationTokenSource _stop = new();

        /// <summary>Listens on <paramref name="listenPort"/> (0: any free port) and forwards to <paramref name="host"/>:<paramref name="port"/>.</summary>
        public Forwarder(string host, int port, int listenPort)
        {
            _listener = new TcpListener(IPAddress.Loopback, listenPort);
            _listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            _listener.Start();
            Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
            _ = AcceptAsync(host, port);
        }

        public int Port { get; }

        public void Dispose()
        {
            if (_stop.IsCancellationRequested)
            {
                return;
            }

            _stop.Cancel();
            _listener.Stop();
            foreach (var client in _open)
            {
                client.Dispose();
            }
        }

        private async Task AcceptAsync(string host, int port)
        {
            try
            {
                while (true)
                {
                    var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                    var server = new TcpClient();
                    _open.Add(client);
                    _open.Add(server);
                    await server.ConnectAsync(host, port, _stop.Token);
                    _ = PumpAsync(client, server);
                    _ = PumpAsync(server, client);
                }
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                // Stopped.
            }
        }

        private async Task PumpAsync(TcpClient from, TcpClient to)
        {
            try
            {
                await from.GetStream().CopyToAsync(to.GetStream(), _stop.Token);
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException or InvalidOperationException)
            {
                // One side closed or the forwarder stopped.
            }
            finally
            {
                from.Dispose();
                to.Dispose();
            }
        }
    }
}
