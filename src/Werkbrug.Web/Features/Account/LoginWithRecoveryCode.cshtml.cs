using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Werkbrug.Web.Infrastructure;
using Werkbrug.Web.Infrastructure.Security;
using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;

namespace Werkbrug.Web.Features.Account;

/// <summary>Second step of signing in without the app: one of the recovery codes, each usable once.</summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.Login)]
public sealed class LoginWithRecoveryCodePage(SignInManager<WerkbrugUser> signIn, IStringLocalizer<SharedResource> text)
    : SecondSignInStepPage<LoginWithRecoveryCodePage.RecoveryInput>(signIn, text)
{
    protected override string Field => nameof(RecoveryInput.RecoveryCode);

    protected override string WrongCodeKey => "TwoFactor.InvalidRecoveryCode";

    protected override Task<SignInResult> SignInAsync(SignInManager<WerkbrugUser> signIn) =>
        signIn.TwoFactorRecoveryCodeSignInAsync(Input.RecoveryCode!.Replace(" ", string.Empty, StringComparison.Ordinal));

    public sealed class RecoveryInput
    {
        [Required]
        [StringLength(50)]
        public string? RecoveryCode { get; set; }
    }
}
