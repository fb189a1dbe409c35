using System.Net.Http.Headers;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Tests.Infrastructure;

/// <summary>A user made for one test, with a password and an API token.</summary>
public sealed record TestUser(Guid Id, string Email, string Password, string Token, string RegionCode, Guid OrganisationId, Guid ServicePointId);

/// <summary>Builders for test data, written straight to the test's database in the system scope.</summary>
public static class TestData
{
    public const string Password = "Test-password-1234";

    /// <summary>
    /// A new organisation (in the region's service point, created when missing) with one user holding
    /// <paramref name="roles"/>. Names are unique, so tests never collide.
    /// </summary>
    public static async Task<TestUser> CreateUserAsync(this WerkbrugAppFactory app, string regionCode, params string[] roles)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WerkbrugDb>();
        db.Scope.EnterSystemScope();
        var unique = Guid.NewGuid().ToString("N")[..10];

        var servicePoint = await RegionalServicePointAsync(db, regionCode);
        var organisation = new Organisation { RegionCode = regionCode, ServicePointId = servicePoint.Id, Name = $"Organisatie {unique}", Type = OrganisationType.Uwv };
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();

        return await AddUserAsync(scope.ServiceProvider, db, regionCode, organisation.Id, servicePoint.Id, roles);
    }

    /// <summary>Another user in <paramref name="colleague"/>'s organisation, holding <paramref name="roles"/>.</summary>
    public static async Task<TestUser> CreateUserInOrganisationAsync(this WerkbrugAppFactory app, TestUser colleague, params string[] roles)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WerkbrugDb>();
        db.Scope.EnterSystemScope();
        return await AddUserAsync(scope.ServiceProvider, db, colleague.RegionCode, colleague.OrganisationId, colleague.ServicePointId, roles);
    }

    private static async Task<TestUser> AddUserAsync(IServiceProvider services, WerkbrugDb db, string regionCode, Guid organisationId, Guid servicePointId, string[] roles)
    {
        var unique = Guid.NewGuid().ToString("N")[..10];
        var users = services.GetRequiredService<UserManager<WerkbrugUser>>();
        var email = $"user-{unique}@test.werkbrug.nl";
        var user = new WerkbrugUser { UserName = email, Email = email, DisplayName = $"Test {unique}", RegionCode = regionCode, OrganisationId = organisationId };
        Check(await users.CreateAsync(user, Password));
        Check(await users.AddToRolesAsync(user, roles));

        var token = PersonalAccessTokens.NewSecret();
        db.PersonalAccessTokens.Add(new PersonalAccessToken
        {
            RegionCode = regionCode,
            UserId = user.Id,
            Name = "test",
            TokenHash = PersonalAccessTokens.Hash(token),
            Prefix = token[..12],
            Roles = [.. roles],
            CreatedAtUtc = DateTime.UtcNow,
            ExpiresAtUtc = DateTime.UtcNow.AddDays(1),
            CreatedByUserId = user.Id,
        });
        await db.SaveChangesAsync();
        return new TestUser(user.Id, email, Password, token, regionCode, organisationId, servicePointId);
    }

    /// <summary>An HTTP client that calls the API as <paramref name="user"/> (bearer token).</summary>
    public static HttpClient ApiClient(this WerkbrugAppFactory app, TestUser user)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", user.Token);
        return client;
    }

    /// <summary>Returns once the matching indexes hold every change committed so far (instead of polling the API).</summary>
    public static Task MatchingCaughtUpAsync(this WerkbrugAppFactory app) =>
        app.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<Werkbrug.Web.Features.Matching.MatchingIndexFeed>().Single()
            .WhenCaughtUpAsync(TestContext.Current.CancellationToken);

    /// <summary>Runs <paramref name="work"/> against the database in the system scope, for arranging and asserting.</summary>
    public static async Task<T> InDbAsync<T>(this WebApplicationFactory<Program> app, Func<WerkbrugDb, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WerkbrugDb>();
        db.Scope.EnterSystemScope();
        return await work(db);
    }

    /// <summary>Resolves <typeparamref name="T"/> in a fresh DI scope in the system scope and runs <paramref name="work"/>.</summary>
    public static async Task InScopeAsync<T>(this WerkbrugAppFactory app, Func<T, Task> work)
        where T : notnull
    {
        await using var scope = app.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<WerkbrugDb>().Scope.EnterSystemScope();
        await work(scope.ServiceProvider.GetRequiredService<T>());
    }

    /// <summary>
    /// The region's regional service point, created when missing. Test classes run in parallel and may
    /// both create it; the unique name makes one of them lose, and that one reads the winner's.
    /// </summary>
    private static async Task<ServicePoint> RegionalServicePointAsync(WerkbrugDb db, string regionCode)
    {
        var existing = await db.ServicePoints.FirstOrDefaultAsync(s => s.RegionCode == regionCode && s.Kind == ServicePointKind.Regional);
        if (existing is not null)
        {
            return existing;
        }

        var created = new ServicePoint { RegionCode = regionCode, Name = $"Werkgeversservicepunt {regionCode}", Kind = ServicePointKind.Regional };
        db.ServicePoints.Add(created);
        try
        {
            await db.SaveChangesAsync();
            return created;
        }
        catch (DbUpdateException e)
        {
            db.Entry(created).State = EntityState.Detached;
            return await db.ServicePoints.FirstOrDefaultAsync(s => s.RegionCode == regionCode && s.Kind == ServicePointKind.Regional)
                ?? throw new InvalidOperationException($"No regional service point in {regionCode}, and adding one failed.", e);
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
