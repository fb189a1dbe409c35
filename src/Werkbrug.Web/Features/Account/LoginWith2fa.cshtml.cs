using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Werkbrug.Web.Infrastructure;
using Werkbrug.Web.Infrastructure.Security;
using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;

namespace Werkbrug.Web.Features.Account;

/// <summary>Second step of signing in: the 6-digit code from the authenticator app.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Login)]
public sealed class LoginWith2faPage(SignInManager<WerkbrugUser> signIn, IStringLocalizer<SharedResource> text)
    : SecondSignInStepPage<LoginWith2faPage.CodeInput>(signIn, text)
{
    protected override string Field => nameof(CodeInput.Code);

    protected override string WrongCodeKey => "TwoFactor.InvalidCode";

    protected override Task<SignInResult> SignInAsync(SignInManager<WerkbrugUser> signIn) =>
        signIn.TwoFactorAuthenticatorSignInAsync(EnableTwoFactor.NormaliseCode(Input.Code!), isPersistent: false, rememberClient: false);

    public sealed class CodeInput
    {
        [Required]
        [StringLength(20)]
        public string? Code { get; set; }
    }
}
