using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Employers;
using Werkbrug.Domain.Organisations;
using Werkbrug.Domain.Surveys;
using Werkbrug.Web.Features.Mail;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Surveys;

/// <summary>What became of one invitation.</summary>
public enum InvitationOutcome
{
    Invited = 1,

    /// <summary>The same survey invited this employer (or address) less than its period ago.</summary>
    InvitedRecently = 2,

    /// <summary>The employer asked not to be invited again.</summary>
    OptedOut = 3,

    /// <summary>No contact person with an e-mail address.</summary>
    NoAddress = 4,

    /// <summary>The survey is closed or not for employers.</summary>
    SurveyClosed = 5,
}

/// <summary>
/// Makes personal survey links and sends them through the outbox (ADR 0018), in the caller's unit of work (not saved): at
/// most one invitation per survey and employer (or address) per period, never to an employer that unsubscribed. A link is
/// a random 32-byte token; only its SHA-256 is stored.
/// </summary>
public sealed class SurveyInvitations(WerkbrugDb db, MailOutbox mail, TimeProvider clock, IStringLocalizer<SharedResource> text)
{
    public const string MailKind = "survey-invitation";
    public const string LinkPath = "/enquete/";
    public const string UnsubscribePath = "/enquete/afmelden/";

    /// <summary>Invites the employer's first contact person with an e-mail address.</summary>
    public async Task<InvitationOutcome> EmployerAsync(Survey survey, Employer employer, InvitationTrigger trigger, CancellationToken cancellationToken)
    {
        var email = employer.ContactPersons.Select(c => c.Email).FirstOrDefault(e => !string.IsNullOrWhiteSpace(e));
        if (email is null)
        {
            return InvitationOutcome.NoAddress;
        }

        return await AddressAsync(survey, email, employer.Id, employer.SbiSections.FirstOrDefault(), Bands.Of(employer.SizeClass), employer.AccountManagerUserId, trigger, cancellationToken);
    }

    /// <summary>Invites <paramref name="email"/> (a front-door contact, or an employer's contact person).</summary>
    public async Task<InvitationOutcome> AddressAsync(
        Survey survey, string email, Guid? employerId, string? section, SizeBand? size, Guid? adviserUserId, InvitationTrigger trigger, CancellationToken cancellationToken)
    {
        if (!survey.IsOpen || survey.Audience != SurveyAudience.Employers)
        {
            return InvitationOutcome.SurveyClosed;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var recipient = SurveyRules.RecipientHash(email);
        var optedOut = await db.SurveyOptOuts.AnyAsync(o => o.RegionCode == survey.RegionCode && ((employerId != null && o.EmployerId == employerId) || o.RecipientHash == recipient), cancellationToken)
            || db.SurveyOptOuts.Local.Any(o => o.RegionCode == survey.RegionCode && ((employerId != null && o.EmployerId == employerId) || o.RecipientHash == recipient));
        var earlier = await db.SurveyInvitations.Where(i => i.SurveyId == survey.Id && ((employerId != null && i.EmployerId == employerId) || i.RecipientHash == recipient))
            .Select(i => i.CreatedAtUtc).ToListAsync(cancellationToken);
        earlier.AddRange(db.SurveyInvitations.Local.Where(i => i.SurveyId == survey.Id && ((employerId != null && i.EmployerId == employerId) || i.RecipientHash == recipient)).Select(i => i.CreatedAtUtc));
        if (!SurveyRules.MayInvite(now, survey.InvitationPeriodDays, earlier, optedOut))
        {
            return optedOut ? InvitationOutcome.OptedOut : InvitationOutcome.InvitedRecently;
        }

        var (invitation, token) = New(survey, trigger, now, employerId, recipient, section, size, adviserUserId);
        var servicePoint = await ServicePointAsync(survey.RegionCode, cancellationToken);
        mail.Add(survey.RegionCode, MailKind, email.Trim(), new MailContent(new()
        {
            ["SurveyTitle"] = survey.Title,
            ["ServicePoint"] = servicePoint,
            ["Link"] = LinkPath + token,
            ["UnsubscribeLink"] = UnsubscribePath + token,
            ["ValidUntil"] = MailOutbox.Date(DateOnly.FromDateTime(Domain.Common.DutchTime.ToLocal(invitation.ExpiresAtUtc.AddSeconds(-1)))),
        }));
        return InvitationOutcome.Invited;
    }

    /// <summary>A link for a job seeker, handed over by their case manager (no address is kept).</summary>
    public (SurveyInvitation Invitation, string Token) JobSeekerLink(Survey survey, Guid caseManagerId) =>
        New(survey, InvitationTrigger.JobSeekerHandover, clock.GetUtcNow().UtcDateTime, null, null, null, null, caseManagerId);

    private (SurveyInvitation, string) New(
        Survey survey, InvitationTrigger trigger, DateTime now, Guid? employerId, string? recipient, string? section, SizeBand? size, Guid? adviserUserId)
    {
        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var invitation = new SurveyInvitation
        {
            RegionCode = survey.RegionCode,
            SurveyId = survey.Id,
            EmployerId = employerId,
            RecipientHash = recipient,
            Trigger = trigger,
            TokenHash = SurveyRules.Hash(token),
            CreatedAtUtc = now,
            ExpiresAtUtc = now.AddDays(survey.LinkValidDays),
            CreatedByUserId = db.Scope.UserId,
            AdviserUserId = adviserUserId,
            Section = section,
            Size = size,
        };
        db.SurveyInvitations.Add(invitation);
        return (invitation, token);
    }

    private async Task<string> ServicePointAsync(string regionCode, CancellationToken cancellationToken) =>
        await db.ServicePoints.Where(s => s.RegionCode == regionCode && s.Kind == ServicePointKind.Regional).Select(s => s.Name).FirstOrDefaultAsync(cancellationToken)
        ?? text["Layout.ServicePointOf", await db.Regions.Where(r => r.Code == regionCode).Select(r => r.Name).FirstOrDefaultAsync(cancellationToken) ?? regionCode].Value;
}
