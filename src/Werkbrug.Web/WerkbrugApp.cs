using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.Extensions.Options;
using Werkbrug.Web.Features;
using Werkbrug.Web.Features.Shared;
using Werkbrug.Web.Infrastructure;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Audit;
using Werkbrug.Web.Infrastructure.Demo;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Imports;
using Werkbrug.Web.Infrastructure.Jobs;
using Werkbrug.Web.Infrastructure.Observability;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web;

/// <summary>Composition of the whole application; Program.cs only calls these two methods.</summary>
public static class WerkbrugApp
{
    public static WebApplicationBuilder AddWerkbrug(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        builder.ApplyRunDefaults();
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddWerkbrugDatabase(configuration, builder.Environment);
        services.AddDataProtection().SetApplicationName("Werkbrug").PersistKeysToDbContext<WerkbrugDb>()
            .ProtectKeysWithConfiguredCertificate(configuration, builder.Environment);
        services.AddPersonalDataProtection();
        services.AddWerkbrugAuthentication(configuration);
        services.AddOptions<ServicePointOptions>().BindConfiguration(ServicePointOptions.Section);
        services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section);
        services.AddOptions<ImportOptions>().BindConfiguration(ImportOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Languages.Supported[0]);
            o.SupportedCultures = Languages.Supported;
            o.SupportedUICultures = Languages.Supported;
            o.RequestCultureProviders = [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });

        services.AddRazorPages(o => o.RootDirectory = "/Features")
            .AddViewLocalization(LanguageViewLocationExpanderFormat.Suffix)
            .AddMvcOptions(o =>
            {
                o.Filters.Add(new Microsoft.AspNetCore.Mvc.AutoValidateAntiforgeryTokenAttribute());
                DutchModelBinding.Configure(o.ModelBindingMessageProvider);
            });
        services.AddFormBinding();
        services.AddAntiforgery(o => o.Cookie.Name = "werkbrug-af");

        // Enums travel as their names in every API body, one converter for all (names and numbers are read).
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            // {"name": "a", "Name": "b"}: which one counts would depend on the reader, so neither does.
            o.SerializerOptions.AllowDuplicateProperties = false;
        });
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ProblemShape.Apply);
        // An unreadable API body (bad JSON, unknown enum name, wrong type) reaches WerkbrugExceptionHandler,
        // which answers 400 problem+json naming the field; without this only Development throws.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddExceptionHandler<WerkbrugExceptionHandler>();
        services.AddOptions<ApiOptions>().BindConfiguration(ApiOptions.Section);
        services.AddOpenApi("v1", OpenApiSetup.Configure);
        services.AddSingleton<ReadinessLog>();
        services.AddHealthChecks().AddCheck<DatabaseReadyCheck>("database", tags: ["ready"]);
        services.AddRateLimiter(o => RateLimits.Configure(o, configuration));
        services.AddScoped<DemoSeeder>();
        services.AddScoped<LivingDemo>();
        services.AddOptions<JobLeaseOptions>().BindConfiguration(JobLeaseOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<JobLeases>();

        services.AddWerkbrugFeatures();
        return builder;
    }

    public static async Task<WebApplication> MapWerkbrugAsync(this WebApplication app)
    {
        await app.Services.InitialiseDatabaseAsync();
        var demo = app.Services.GetRequiredService<IOptions<DemoOptions>>().Value;
        if (demo.Seed || demo.Living)
        {
            if (app.Environment.IsProduction())
            {
                throw new InvalidOperationException("Demo data is never seeded in Production; set Demo:Seed and Demo:Living to false.");
            }

            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(CancellationToken.None);
            if (demo.Living)
            {
                await scope.ServiceProvider.GetRequiredService<LivingDemo>().BuildAsync(CancellationToken.None);
            }
        }

        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        var oidc = app.Services.GetRequiredService<IOptions<OidcOptions>>().Value;
        app.UseWerkbrugSecurityHeaders(oidc.Enabled ? new Uri(oidc.Authority!).GetLeftPart(UriPartial.Authority) : null);
        app.UseWerkbrugApiConventions(app.Services.GetRequiredService<IOptions<ApiOptions>>().Value);
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            // Pages re-execute the Dutch error page with a status that fits the exception: a refused
            // antiforgery token or an unreadable form is the client's error (400), an unreachable database is
            // temporary (503), neither is a fault of ours (500).
            ExceptionHandlingPath = "/error",
            StatusCodeSelector = exception => exception switch
            {
                BadHttpRequestException bad => bad.StatusCode,
                Infrastructure.Security.OutOfRegionWriteException => StatusCodes.Status403Forbidden,
                _ when DatabaseOutage.Is(exception) || exception is InstanceNotReadyException => StatusCodes.Status503ServiceUnavailable,
                _ => StatusCodes.Status500InternalServerError,
            },
        });
        // Empty error responses: problem+json under /api, the Dutch error page elsewhere.
        app.UseWhen(ApiConventions.IsApi, api => api.UseStatusCodePages());
        app.UseWhen(c => !ApiConventions.IsApi(c), pages => pages.UseStatusCodePagesWithReExecute("/error/{0}"));
        app.UseRequestLocalization();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery(); // minimal-API form posts (language switch, logout) check their token here
        // A minimal-API form post whose token failed ends here with 400: the handlers the request delegate generator builds
        // (ADR 0039) would otherwise read the form regardless and fail with 500.
        app.Use((context, next) =>
        {
            if (context.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false })
            {
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return Task.CompletedTask;
            }

            return next(context);
        });

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        app.MapOpenApi("/openapi/{documentName}.json").AllowAnonymous();
        app.MapOpenApi("/api/{documentName}/openapi.json").AllowAnonymous(); // where the design rules look for it (/core/publish-openapi)
        app.MapRazorPages();
        app.MapWerkbrugFeatures();
        return app;
    }
}
