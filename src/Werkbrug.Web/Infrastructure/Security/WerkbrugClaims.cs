namespace Werkbrug.Web.Infrastructure.Security;

/// <summary>Claim types Werkbrug adds to every signed-in principal (cookie, OIDC or token).</summary>
public static class WerkbrugClaims
{
    public const string Region = "wb:region";
    public const string Organisation = "wb:organisation";
    public const string DisplayName = "wb:name";
    public const string TokenId = "wb:token";

    /// <summary>A partner token's source system (only on a bearer token that has one).</summary>
    public const string SourceSystem = "wb:source";
}
