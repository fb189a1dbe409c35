using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Mail;
using Werkbrug.Domain.Referrals;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Mail;

/// <summary>What a mail says: the template's values, and whom a reply reaches (else nobody).</summary>
public sealed record MailContent(Dictionary<string, string> Values, string? ReplyTo = null);

/// <summary>The kinds of mail, each a template in Templates/.</summary>
public static class MailKinds
{
    public const string EmployerLink = "employer-link";
    public const string ReferralOutcome = "referral-outcome";
    public const string AftercareDue = "aftercare-due";
    public const string AftercareOverdue = "aftercare-overdue";
    public const string Digest = "digest";
}

/// <summary>
/// How features send mail: they add it to their own unit of work, so the mail is saved with the change that causes it (or
/// neither is). What a mail says is sealed with Data Protection per region; <see cref="MailSender"/> opens it when it
/// sends. No mail carries a job seeker's name, BSN or special-category data: job seekers appear by pseudonym only.
/// </summary>
public sealed class MailOutbox(WerkbrugDb db, IDataProtectionProvider protection, TimeProvider clock)
{
    public const string Purpose = "Werkbrug.Mail.v1";

    private static readonly CultureInfo Dutch = new("nl-NL");

    /// <summary>A mail for <paramref name="recipient"/>, added to the unit of work (not saved).</summary>
    public OutboxMail Add(string regionCode, string kind, string recipient, MailContent content, Guid? subjectId = null, DateOnly? onDate = null)
    {
        var mail = OutboxMail.New(
            regionCode, kind, recipient, Protector(protection, regionCode).Protect(JsonSerializer.Serialize(content)), clock.GetUtcNow().UtcDateTime, subjectId, onDate);
        db.OutboxMails.Add(mail);
        return mail;
    }

    /// <summary>The employer's contact gets their personal link (<paramref name="linkPath"/>: path and token).</summary>
    public OutboxMail EmployerLink(
        string regionCode, string to, string contactName, string vacancyTitle, string servicePoint, string linkPath, DateTime expiresAtUtc,
        string sender, string? senderEmail) =>
        Add(regionCode, MailKinds.EmployerLink, to, new MailContent(
            new()
            {
                ["ContactName"] = contactName,
                ["VacancyTitle"] = vacancyTitle,
                ["ServicePoint"] = servicePoint,
                ["Link"] = linkPath,
                ["ValidUntil"] = Date(DutchDate(expiresAtUtc.AddSeconds(-1))),
                ["Sender"] = sender,
            },
            senderEmail));

    /// <summary>
    /// The job seeker's case manager hears what the employer decided (invited, hired, rejected), unless they took the step
    /// themselves. The candidate appears by pseudonym.
    /// </summary>
    public async Task ReferralOutcomeAsync(Referral referral, Guid caseManagerId, Guid? actorUserId, string vacancyTitle, CancellationToken cancellationToken)
    {
        if (referral.Status is not (ReferralStatus.Invited or ReferralStatus.Hired or ReferralStatus.Rejected) || caseManagerId == actorUserId)
        {
            return;
        }

        // The case manager works in the referral's (the candidate's) region, which is not the caller's when the employer of a
        // vacancy offered across regions decided.
        var email = await db.Users.IgnoreQueryFilters([WerkbrugDb.RegionFilter]).Where(u => u.Id == caseManagerId && u.RegionCode == referral.RegionCode && u.IsActive)
            .Select(u => u.Email).FirstOrDefaultAsync(cancellationToken);
        if (email is not null)
        {
            Add(referral.RegionCode, MailKinds.ReferralOutcome, email, new MailContent(new()
            {
                ["Pseudonym"] = referral.Pseudonym,
                ["VacancyTitle"] = vacancyTitle,
                ["Outcome"] = "@ReferralStatus." + referral.Status,
                ["Link"] = $"/referrals/{referral.Id}",
            }));
        }
    }

    public static IDataProtector Protector(IDataProtectionProvider protection, string regionCode) => protection.CreateProtector(Purpose, regionCode);

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Dutch);

    private static DateOnly DutchDate(DateTime utc) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(utc, Werkbrug.Domain.Common.DutchTime.Zone));
}
