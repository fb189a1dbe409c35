using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Infrastructure.Security;

/// <summary>Authenticates `Authorization: Bearer wbp_...` with a personal access token.</summary>
public sealed class PersonalAccessTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    WerkbrugDb db,
    UserManager<WerkbrugUser> users,
    IOptions<IdentityOptions> identityOptions,
    TimeProvider clock,
    TokenSignIns signIns)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var hash = PersonalAccessTokens.Hash(header["Bearer ".Length..].Trim());
        var now = clock.GetUtcNow().UtcDateTime;

        var signIn = signIns.Find(hash) ?? await ReadAsync(hash);
        var token = signIn?.Token;
        if (token is null || !token.IsActiveAt(now))
        {
            return AuthenticateResult.Fail("The token is unknown, expired or revoked.");
        }

        var user = signIn!.User;
        if (user is null || !user.IsActive || await users.IsLockedOutAsync(user))
        {
            return AuthenticateResult.Fail("The token's user cannot sign in.");
        }

        // Only the roles the token was issued for, and only while the user still holds them.
        var roles = signIn.UserRoles.Where(token.Roles.Contains);
        var identity = WerkbrugClaimsFactory.Identity(user, roles, identityOptions.Value.ClaimsIdentity);
        identity.AddClaim(new Claim(WerkbrugClaims.TokenId, token.Id.ToString()));
        if (token.SourceSystem is { } source)
        {
            identity.AddClaim(new Claim(WerkbrugClaims.SourceSystem, source));
        }

        if (token.LastUsedAtUtc is null || now - token.LastUsedAtUtc > TimeSpan.FromMinutes(5))
        {
            await db.PersonalAccessTokens.IgnoreQueryFilters().Where(t => t.Id == token.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAtUtc, now), Context.RequestAborted);
            token.LastUsedAtUtc = now;
        }

        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    /// <summary>The token with its user and the user's roles, in one query; kept for the next requests when found.</summary>
    private async Task<TokenSignIn?> ReadAsync(string hash)
    {
        var generation = signIns.Generation;

        // Reviewed exception to the region filter: the token itself tells whose it is.
        var found = await db.PersonalAccessTokens.IgnoreQueryFilters().AsNoTracking().Where(t => t.TokenHash == hash)
            .Select(t => new
            {
                Token = t,
                User = db.Users.IgnoreQueryFilters().FirstOrDefault(u => u.Id == t.UserId),
                Roles = db.UserRoles.Where(ur => ur.UserId == t.UserId).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
            })
            .FirstOrDefaultAsync(Context.RequestAborted);
        if (found is null)
        {
            return null;
        }

        var signIn = new TokenSignIn(found.Token, found.User, found.Roles);
        signIns.Keep(hash, signIn, generation);
        return signIn;
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        return base.HandleChallengeAsync(properties);
    }
}

public static class PersonalAccessTokens
{
    public const string TokenPrefix = "wbp_";

    /// <summary>A new token: "wbp_" and 32 random bytes, base64url (256 bits of entropy).</summary>
    public static string NewSecret() =>
        TokenPrefix + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
