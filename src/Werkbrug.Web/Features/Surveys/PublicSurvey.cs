using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Surveys;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Surveys;

/// <summary>What a personal link leads to.</summary>
public enum LinkStatus
{
    Valid,
    Unknown,
    Expired,
    Answered,
    Closed,
}

public sealed record OpenedLink(LinkStatus Status, SurveyInvitation? Invitation, Survey? Survey, SurveyVersion? Version, Questionnaire? Questionnaire)
{
    /// <summary>Whether the respondent can agree that the adviser (or case manager) sees the answers as theirs.</summary>
    public bool CanShare => Invitation?.AdviserUserId is not null;
}

/// <summary>
/// The public side of a survey: opens a personal link and takes in the response. Nobody is signed in, so these reads are
/// the reviewed exception to the region filter: the token's hash names one invitation, and only that invitation's survey
/// and version (in its region) are read.
/// </summary>
public sealed class PublicSurvey(WerkbrugDb db, TimeProvider clock)
{
    public async Task<OpenedLink> OpenAsync(string? token, int? versionNumber, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100)
        {
            return new(LinkStatus.Unknown, null, null, null, null);
        }

        var hash = SurveyRules.Hash(token.Trim());
        var invitation = await db.SurveyInvitations.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
        if (invitation is null)
        {
            return new(LinkStatus.Unknown, null, null, null, null);
        }

        var survey = await db.Surveys.IgnoreQueryFilters().AsNoTracking().SingleAsync(s => s.Id == invitation.SurveyId && s.RegionCode == invitation.RegionCode, cancellationToken);
        if (invitation.RespondedAtUtc is not null)
        {
            return new(LinkStatus.Answered, invitation, survey, null, null);
        }

        if (clock.GetUtcNow().UtcDateTime >= invitation.ExpiresAtUtc)
        {
            return new(LinkStatus.Expired, invitation, survey, null, null);
        }

        if (!survey.IsOpen)
        {
            return new(LinkStatus.Closed, invitation, survey, null, null);
        }

        // A respondent keeps the version they started with, even if the survey changed meanwhile.
        var number = versionNumber is { } n && n >= 1 && n <= survey.CurrentVersion ? n : survey.CurrentVersion;
        var version = await db.SurveyVersions.IgnoreQueryFilters().AsNoTracking()
            .SingleAsync(v => v.SurveyId == survey.Id && v.RegionCode == survey.RegionCode && v.Number == number, cancellationToken);
        return new(LinkStatus.Valid, invitation, survey, version, Versions.FromJson(version.Definition));
    }

    /// <summary>
    /// Saves the response (answers of shown questions only, checked against their version) and uses up the link, once: a
    /// second submit of the same link is refused.
    /// </summary>
    public async Task<Result<Guid>> SubmitAsync(OpenedLink link, IReadOnlyDictionary<string, Answer> answers, bool share, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(link);
        if (link is not { Status: LinkStatus.Valid, Invitation: { } invitation, Questionnaire: { } questionnaire, Version: { } version })
        {
            return Error.NotFound();
        }

        var kept = QuestionPages.Kept(questionnaire, answers);
        if (ResponseCheck.Check(questionnaire, kept) is { Count: > 0 } errors)
        {
            return Result<Guid>.Failure(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Reviewed exception (see the class): the invitation proven by its token is marked answered, only if it was not yet.
        var used = await db.SurveyInvitations.IgnoreQueryFilters().Where(i => i.Id == invitation.Id && i.RespondedAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.RespondedAtUtc, now), cancellationToken);
        if (used == 0)
        {
            return Error.Conflict("Surveys.AlreadyAnswered");
        }

        share = share && link.CanShare;
        // Reviewed exception (see the class): the organisation of the invitation's adviser, in the invitation's region.
        var partner = invitation.AdviserUserId is { } adviser
            ? await db.Users.IgnoreQueryFilters().Where(u => u.Id == adviser && u.RegionCode == invitation.RegionCode).Select(u => (Guid?)u.OrganisationId).FirstOrDefaultAsync(cancellationToken)
            : null;
        var response = new SurveyResponse
        {
            RegionCode = invitation.RegionCode,
            SurveyId = invitation.SurveyId,
            VersionId = version.Id,
            VersionNumber = version.Number,
            Answers = Versions.AnswersToJson(kept),
            SubmittedOn = DateOnly.FromDateTime(DutchTime.ToLocal(now)),
            Trigger = invitation.Trigger,
            Section = invitation.Section,
            Size = invitation.Size,
            SharedWithAdviser = share,
            EmployerId = share ? invitation.EmployerId : null,
            AdviserUserId = share ? invitation.AdviserUserId : null,
            OrganisationId = partner,
            Score = questionnaire.ScoreQuestion is { } key && kept.TryGetValue(key, out var score) ? score.Number : null,
        };
        db.SurveyResponses.Add(response);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return response.Id;
    }

    /// <summary>Records that the link's employer (or address) wants no more survey invitations. Works with an expired or used link too.</summary>
    public async Task<bool> UnsubscribeAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100)
        {
            return false;
        }

        var hash = SurveyRules.Hash(token.Trim());
        // Reviewed exception (see the class): the invitation named by the token's hash only.
        var invitation = await db.SurveyInvitations.IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(i => i.TokenHash == hash, cancellationToken);
        if (invitation is null || (invitation.EmployerId is null && invitation.RecipientHash is null))
        {
            return false;
        }

        var known = await db.SurveyOptOuts.IgnoreQueryFilters().AnyAsync(
            o => o.RegionCode == invitation.RegionCode && ((invitation.EmployerId != null && o.EmployerId == invitation.EmployerId) || (invitation.RecipientHash != null && o.RecipientHash == invitation.RecipientHash)),
            cancellationToken);
        if (!known)
        {
            db.SurveyOptOuts.Add(new SurveyOptOut
            {
                RegionCode = invitation.RegionCode,
                EmployerId = invitation.EmployerId,
                RecipientHash = invitation.RecipientHash,
                AtUtc = clock.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync(cancellationToken);
        }

        return true;
    }
}
