using System.Security.Claims;

namespace Werkbrug.Web.Infrastructure.Security;

/// <summary>
/// The claims of a principal signed in by an employer link (no staff roles): the link, its vacancy and employer, and
/// the region (<see cref="WerkbrugClaims.Region"/>, so the region filter applies as for staff).
/// </summary>
public static class EmployerLinkClaims
{
    public const string Scheme = "EmployerLink";
    public const string Link = "werkbrug:employer-link";
    public const string Vacancy = "werkbrug:employer-link-vacancy";
    public const string Employer = "werkbrug:employer-link-employer";

    public static Guid? LinkOf(AccessScope scope) => Parse(scope, Link);

    public static Guid? VacancyOf(AccessScope scope) => Parse(scope, Vacancy);

    private static Guid? Parse(AccessScope scope, string claim) =>
        scope.IsAuthenticated && Guid.TryParse(scope.Principal!.FindFirstValue(claim), out var id) ? id : null;
}
