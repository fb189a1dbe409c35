using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Werkbrug.Web.Infrastructure.Security;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Security;

public sealed class EndpointPolicyTests(Apps apps)
{
    [Fact]
    public void every_endpoint_names_a_policy_or_is_on_the_public_list()
    {
        var endpoints = apps.For(Db.Sqlite).Services.GetRequiredService<EndpointDataSource>().Endpoints;

        var violations = EndpointPolicyAudit.FindViolations(endpoints, PublicEndpoints.Routes);

        Assert.True(endpoints.Count > 5, "Expected Werkbrug's pages and endpoints in the endpoint data source.");
        Assert.True(violations.Count == 0, "Endpoints without a policy:\n" + string.Join("\n", violations));
    }

    [Fact]
    public void the_audit_sees_razor_pages_and_minimal_apis()
    {
        var routes = apps.For(Db.Sqlite).Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Select(EndpointPolicyAudit.RouteOf).ToHashSet();

        Assert.Contains("/", routes);
        Assert.Contains("/account/login", routes);
        Assert.Contains("/api/v1/me", routes);
        Assert.Contains("/api-docs", routes);
    }

    [Fact]
    public void reports_an_endpoint_without_any_policy()
    {
        var violations = EndpointPolicyAudit.FindViolations([Endpoint("/open")], PublicEndpoints.Routes);

        Assert.Equal("/open (/open): declares no authorization policy", Assert.Single(violations));
    }

    [Fact]
    public void reports_an_anonymous_endpoint_that_is_not_on_the_list()
    {
        var violations = EndpointPolicyAudit.FindViolations([Endpoint("/secret", new AllowAnonymousAttribute())], PublicEndpoints.Routes);

        Assert.Contains("not in PublicEndpoints.Routes", Assert.Single(violations), StringComparison.Ordinal);
    }

    [Fact]
    public void reports_authorize_without_a_policy_name()
    {
        var violations = EndpointPolicyAudit.FindViolations([Endpoint("/staff", new AuthorizeAttribute())], PublicEndpoints.Routes);

        Assert.Contains("without naming a policy", Assert.Single(violations), StringComparison.Ordinal);
    }

    [Fact]
    public void anonymous_wins_over_a_policy_so_the_list_still_applies()
    {
        var violations = EndpointPolicyAudit.FindViolations(
            [Endpoint("/mixed", new AuthorizeAttribute(Policies.Staff), new AllowAnonymousAttribute())], PublicEndpoints.Routes);

        Assert.Single(violations);
    }

    [Fact]
    public void accepts_a_named_policy_and_a_listed_anonymous_route()
    {
        var endpoints = new[]
        {
            Endpoint("/administration", new AuthorizeAttribute(Policies.Administration)),
            Endpoint("/account/login", new AllowAnonymousAttribute()),
            Endpoint("/api/v1/things", new AuthorizeAttribute(), new AuthorizeAttribute { Policy = Policies.Staff }),
        };

        Assert.Empty(EndpointPolicyAudit.FindViolations(endpoints, PublicEndpoints.Routes));
    }

    [Fact]
    public void compares_routes_without_regard_to_case_or_leading_slash()
    {
        var violations = EndpointPolicyAudit.FindViolations([Endpoint("Account/Login", new AllowAnonymousAttribute())], PublicEndpoints.Routes);

        Assert.Empty(violations);
    }

    private static RouteEndpoint Endpoint(string route, params object[] metadata) =>
        new(_ => Task.CompletedTask, RoutePatternFactory.Parse(route), 0, new EndpointMetadataCollection(metadata), route);
}
