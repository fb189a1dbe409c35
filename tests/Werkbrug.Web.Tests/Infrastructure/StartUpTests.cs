using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using Werkbrug.Web.Infrastructure.Observability;

namespace Werkbrug.Web.Tests.Infrastructure;

/// <summary>What a newcomer sees when running the README's command: a quiet start, readable lines, a port of their choice.</summary>
public sealed class StartUpTests(Apps apps)
{
    /// <summary>
    /// The shared hosts start as a first Demo start does: an empty database that start-up migrates, loads with reference
    /// data and seeds (Demo:Seed); only the environment's name is Testing.
    /// </summary>
    [Theory, Providers]
    public void a_first_start_on_an_empty_database_logs_no_warning_or_error(Db db)
    {
        var startUp = apps.For(db).Logs.StartUp;

        Assert.Contains(startUp, l => l.Contains("Reference data loaded", StringComparison.Ordinal));
        Assert.DoesNotContain(startUp, l => l.StartsWith("Warning ", StringComparison.Ordinal) || l.StartsWith("Error ", StringComparison.Ordinal) || l.StartsWith("Critical ", StringComparison.Ordinal));
    }

    /// <summary>
    /// EF Core writes parameter and key values into its log events only with sensitive-data logging; the privacy scans keep
    /// the framework's events from Information up only because that is off (docs/adr/0045-test-logs-and-test-process-memory.md).
    /// </summary>
    [Theory, Providers]
    public async Task the_database_context_logs_no_values(Db db)
    {
        var sensitive = await apps.For(db).InDbAsync(d => Task.FromResult(
            d.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.IsSensitiveDataLoggingEnabled));

        Assert.False(sensitive);
    }

    [Theory]
    [InlineData("Demo", "simple")]
    [InlineData("Development", "simple")]
    [InlineData("Production", "json")]
    public void the_console_prints_readable_lines_locally_and_json_on_servers(string environment, string formatter)
    {
        using var app = Builder(environment).Build();

        Assert.Equal(formatter, app.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue.FormatterName);
    }

    [Theory]
    [InlineData("Demo", null, "http://localhost:5080")]
    [InlineData("Demo", "http://localhost:6123", "http://localhost:6123")]
    [InlineData("Development", "http://0.0.0.0:7000", "http://0.0.0.0:7000")]
    [InlineData("Production", null, null)]
    public void a_local_run_listens_on_5080_unless_an_address_is_given(string environment, string? urls, string? expected)
    {
        var builder = Builder(environment, urls is null ? [] : ["--urls", urls]);

        Assert.Equal(expected, builder.Configuration[WebHostDefaults.ServerUrlsKey]);
    }

    /// <summary>`dotnet run` gives a launch profile's applicationUrl precedence over ASPNETCORE_URLS; the profile must name none.</summary>
    [Fact]
    public void the_launch_profile_leaves_the_address_to_aspnetcore_urls()
    {
        var file = FindUp(Path.Combine("src", "Werkbrug.Web", "Properties", "launchSettings.json"));

        var text = File.ReadAllText(file);

        Assert.DoesNotContain("applicationUrl", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ASPNETCORE_URLS", text, StringComparison.Ordinal);
    }

    private static WebApplicationBuilder Builder(string environment, string[]? args = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment, Args = args ?? [], ContentRootPath = AppContext.BaseDirectory });
        return builder.ApplyRunDefaults();
    }

    private static string FindUp(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"{relative} was not found above {AppContext.BaseDirectory}.");
    }
}
