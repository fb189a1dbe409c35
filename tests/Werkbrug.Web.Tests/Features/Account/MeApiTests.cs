using System.Net;
using System.Net.Http.Json;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.Account;

public sealed class MeApiTests(Apps apps)
{
    [Theory, Providers]
    public async Task returns_the_token_user(Db db)
    {
        var app = apps.For(db);
        var user = await app.CreateUserAsync("AM14", Roles.AccountManager);

        var me = await app.ApiClient(user).GetFromJsonAsync<Dictionary<string, object>>("/api/v1/me", TestContext.Current.CancellationToken);

        Assert.Equal(user.Email.Replace("user-", "Test ", StringComparison.Ordinal).Split('@')[0], me!["displayName"].ToString());
    }

    [Theory, Providers]
    public async Task refuses_a_missing_or_unknown_token_with_problem_json(Db db)
    {
        var client = apps.For(db).CreateClient();

        var anonymous = await client.GetAsync("/api/v1/me", TestContext.Current.CancellationToken);
        client.DefaultRequestHeaders.Authorization = new("Bearer", "wbp_not-a-real-token");
        var unknown = await client.GetAsync("/api/v1/me", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal("application/problem+json", anonymous.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
    }
}
