using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Employers;
using Werkbrug.Domain.Surveys;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Surveys;

/// <summary>
/// The yearly round (every client employer of the region, the once-per-period rule and unsubscribes applied) and the
/// link a case manager hands to a job seeker.
/// </summary>
public static class SendInvitations
{
    /// <summary>How the round went: how many were invited and why the others were not.</summary>
    public sealed record Round(int Invited, int InvitedRecently, int OptedOut, int NoAddress);

    public sealed record LinkCommand
    {
        /// <summary>An open survey for job seekers.</summary>
        [Required]
        public Guid? SurveyId { get; init; }
    }

    /// <summary>The link to hand over (a path with the token; shown once) and until when it works.</summary>
    public sealed record HandoverLink(string Path, DateTime ExpiresAtUtc);

    public sealed class Handler(WerkbrugDb db, SurveyInvitations invitations)
    {
        public async Task<Result<Round>> YearlyRoundAsync(Guid surveyId, CancellationToken cancellationToken)
        {
            if (await db.Surveys.FirstOrDefaultAsync(s => s.Id == surveyId, cancellationToken) is not { } survey)
            {
                return Error.NotFound();
            }

            if (!survey.IsOpen || survey.Audience != SurveyAudience.Employers)
            {
                return Error.Conflict("Surveys.NotOpenForEmployers");
            }

            var employers = await db.Employers.Where(e => e.Status == EmployerStatus.Client).OrderBy(e => e.Id).ToListAsync(cancellationToken);
            var outcomes = new List<InvitationOutcome>();
            foreach (var employer in employers)
            {
                outcomes.Add(await invitations.EmployerAsync(survey, employer, InvitationTrigger.YearlyRound, cancellationToken));
            }

            await db.SaveChangesAsync(cancellationToken);
            return new Round(
                outcomes.Count(o => o == InvitationOutcome.Invited),
                outcomes.Count(o => o == InvitationOutcome.InvitedRecently),
                outcomes.Count(o => o == InvitationOutcome.OptedOut),
                outcomes.Count(o => o == InvitationOutcome.NoAddress));
        }

        public async Task<Result<HandoverLink>> JobSeekerLinkAsync(LinkCommand command, CancellationToken cancellationToken)
        {
            if (InputValidator.Validate(command) is { Count: > 0 } errors)
            {
                return Result<HandoverLink>.Failure(errors);
            }

            if (await db.Surveys.FirstOrDefaultAsync(s => s.Id == command.SurveyId, cancellationToken) is not { IsOpen: true, Audience: SurveyAudience.JobSeekers } survey)
            {
                return Error.Validation(nameof(LinkCommand.SurveyId), "Surveys.NoJobSeekerSurvey");
            }

            var (invitation, token) = invitations.JobSeekerLink(survey, db.Scope.UserId!.Value);
            await db.SaveChangesAsync(cancellationToken);
            return new HandoverLink(SurveyInvitations.LinkPath + token, invitation.ExpiresAtUtc);
        }
    }
}
