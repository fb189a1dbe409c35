using Werkbrug.Web;
using Werkbrug.Web.Infrastructure;

if (await Cli.TryRunAsync(args))
{
    return;
}

var builder = WebApplication.CreateBuilder(args);
builder.AddWerkbrug();

var app = builder.Build();
await app.MapWerkbrugAsync();
await app.RunAsync();

/// <summary>Entry point; public so tests can host it with WebApplicationFactory.</summary>
public partial class Program;
