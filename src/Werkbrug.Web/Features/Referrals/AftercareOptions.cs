using System.ComponentModel.DataAnnotations;
using Werkbrug.Domain.Referrals;

namespace Werkbrug.Web.Features.Referrals;

/// <summary>
/// The `Werkbrug:Aftercare` section: days the adviser has to talk a rejection through with the employer (default 5),
/// and the default contact moments of an aftercare plan after a hire ("2w,6w,3m": two weeks, six weeks and three months
/// after the start). Checked at start-up.
/// </summary>
public sealed class AftercareOptions
{
    public const string Section = "Werkbrug:Aftercare";

    [Range(1, 90)]
    public int FeedbackDays { get; set; } = 5;

    public string ContactMoments { get; set; } = AftercareSchedule.Default;

    /// <summary>How long an employer link stays valid when it is made, in days (default 30).</summary>
    [Range(1, 180)]
    public int EmployerLinkDays { get; set; } = 30;

    public IReadOnlyList<AftercareOffset> ContactMomentOffsets => AftercareSchedule.Parse(ContactMoments) ?? [];
}
