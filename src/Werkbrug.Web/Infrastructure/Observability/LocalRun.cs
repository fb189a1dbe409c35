namespace Werkbrug.Web.Infrastructure.Observability;

/// <summary>
/// How a person running Werkbrug on their own machine (Development, Demo) sees it differs from a server: the console
/// prints one readable line per entry instead of JSON for log shippers, and without an address of their own it listens
/// on http://localhost:5080 (the README's), while ASPNETCORE_URLS or --urls choose another.
/// </summary>
public static class LocalRun
{
    public const string DefaultAddress = "http://localhost:5080";

    public static bool IsLocal(IHostEnvironment environment) => environment.IsDevelopment() || environment.IsEnvironment("Demo");

    public static WebApplicationBuilder ApplyRunDefaults(this WebApplicationBuilder builder)
    {
        if (IsLocal(builder.Environment))
        {
            builder.Logging.AddSimpleConsole(o =>
            {
                o.SingleLine = true;
                o.TimestampFormat = "HH:mm:ss ";
            });
            var configuration = builder.Configuration;
            if (string.IsNullOrEmpty(configuration[WebHostDefaults.ServerUrlsKey]) && string.IsNullOrEmpty(configuration[WebHostDefaults.HttpPortsKey])
                && string.IsNullOrEmpty(configuration[WebHostDefaults.HttpsPortsKey]) && !configuration.GetSection("Kestrel:Endpoints").Exists())
            {
                builder.WebHost.UseUrls(DefaultAddress);
            }
        }
        else
        {
            // One JSON object per line for log shippers. Log messages carry ids and counts, never personal data.
            builder.Logging.AddJsonConsole(o => o.UseUtcTimestamp = true);
        }

        return builder;
    }
}
