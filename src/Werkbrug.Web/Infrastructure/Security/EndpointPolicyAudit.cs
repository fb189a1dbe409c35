using Microsoft.AspNetCore.Authorization;

namespace Werkbrug.Web.Infrastructure.Security;

/// <summary>
/// Checks that every endpoint declares who may use it: an <see cref="IAuthorizeData"/> naming a policy, or
/// <see cref="IAllowAnonymous"/> on a route of the reviewed public allow-list (<see cref="PublicEndpoints"/>).
/// The fallback policy would still demand a signed-in user; this audit makes sure nothing relies on it.
/// </summary>
public static class EndpointPolicyAudit
{
    /// <summary>The route of an endpoint as written in the allow-list: a leading slash, the raw pattern.</summary>
    public static string RouteOf(Endpoint endpoint) => endpoint is RouteEndpoint route
        ? "/" + (route.RoutePattern.RawText ?? string.Empty).TrimStart('/')
        : endpoint.DisplayName ?? "(unnamed endpoint)";

    /// <summary>One line per endpoint that breaks the rule, naming the route, the endpoint and the reason.</summary>
    public static IReadOnlyList<string> FindViolations(IEnumerable<Endpoint> endpoints, IReadOnlySet<string> publicRoutes)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(publicRoutes);
        var violations = new List<string>();
        foreach (var endpoint in endpoints)
        {
            var reason = Check(endpoint, publicRoutes);
            if (reason is not null)
            {
                violations.Add($"{RouteOf(endpoint)} ({endpoint.DisplayName}): {reason}");
            }
        }

        return violations;
    }

    private static string? Check(Endpoint endpoint, IReadOnlySet<string> publicRoutes)
    {
        var route = RouteOf(endpoint);
        if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
        {
            // AllowAnonymous wins over any Authorize, so only the allow-list makes it acceptable.
            return publicRoutes.Contains(route) ? null : "allows anonymous access but is not in PublicEndpoints.Routes";
        }

        var authorize = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>();
        if (authorize.Count == 0)
        {
            return "declares no authorization policy";
        }

        return authorize.Any(a => !string.IsNullOrWhiteSpace(a.Policy))
            ? null
            : "requires authorization without naming a policy";
    }
}
