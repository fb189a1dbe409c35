namespace Werkbrug.Web.Infrastructure.Persistence;

// Field lengths shared by the database model and input validation, so both always agree.
public static class ServicePointLimits
{
    public const int Name = 150;
    public const int Phone = 30;
    public const int Email = 254;
    public const int Website = 500;
}

public static class OrganisationLimits
{
    public const int Name = 150;
}

public static class TeamLimits
{
    public const int Name = 100;
}

public static class UserLimits
{
    public const int DisplayName = 150;
}

public static class TokenLimits
{
    public const int Name = 100;
}
