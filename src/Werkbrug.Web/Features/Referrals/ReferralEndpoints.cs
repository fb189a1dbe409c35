using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Referrals;

/// <summary>/api/v1/referrals: propose, read and take every step of a referral (the same handlers as the pages).</summary>
public static class ReferralEndpoints
{
    public const string IdempotencyHeader = "Idempotency-Key";

    public static void Map(RouteGroupBuilder api)
    {
        var referrals = api.MapGroup("/referrals").WithTags("Referrals");
        referrals.MapPost("/", async Task<Results<Created<ProposeReferral.Created>, Ok<ProposeReferral.Created>, ProblemHttpResult>> (
                ProposeReferral.Command command, [FromHeader(Name = IdempotencyHeader)] string? key, ProposeReferral.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
            {
                var result = await handler.HandleAsync(command with { IdempotencyKey = key ?? command.IdempotencyKey }, ct);
                if (!result.IsSuccess)
                {
                    return result.Errors.Problem(text);
                }

                return result.Value.Replayed ? TypedResults.Ok(result.Value) : TypedResults.Created($"/api/v1/referrals/{result.Value.Id}", result.Value);
            })
            .RequireAuthorization(Policies.Advisers)
            .WithSummary("Proposes a candidate of the regional pool (by pseudonym) for an open vacancy, with a motivation. A candidate of another organisation waits for the owner's approval. Send an Idempotency-Key header: the same request sent twice with one key creates one referral (the second answer is 200 with replayed=true).");

        referrals.MapGet("/", RuntimeBinding.Handler(async ([AsParameters] ReferralList.Query query, ReferralList.Handler handler, HttpRequest request, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(query, ct)).Ok(text, request)))
            .RequireAuthorization(Policies.JobSeekers)
            .WithSummary("The referrals of the own organisation: made by it, or of its job seekers (vacancyId, status, waitingForUs). Each listed candidate is recorded in the audit log.");

        referrals.MapGet("/{id:guid}", async (Guid id, ReferralDetails.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(id, ct)).Ok(text))
            .RequireAuthorization(Policies.JobSeekers)
            .WithSummary("One referral with its history, the candidate as the privacy model allows, and the steps the caller may take now.");

        MapStep<ReferralSteps.DisclosureCommand>(referrals, ReferralAccess.Steps.Send, (h, id, c, ct) => h.SendAsync(id, c, ct),
            "Sends the referral of an own candidate to the employer, with what the employer sees (disclose) and its ground (basis, legalBasis, explicitConsent).");
        MapStep<ReferralSteps.DisclosureCommand>(referrals, ReferralAccess.Steps.Approve, (h, id, c, ct) => h.ApproveAsync(id, c, ct),
            "The owner's case manager approves: chooses what the employer sees, on a recorded consent or legal basis (work requirements only with explicit consent).");
        MapStep<ReferralSteps.ReasonCommand>(referrals, ReferralAccess.Steps.Decline, (h, id, c, ct) => h.DeclineAsync(id, c, ct),
            "The owner's case manager declines, with a reason.");
        MapStep<ReferralSteps.VersionCommand>(referrals, ReferralAccess.Steps.Accept, (h, id, c, ct) => h.AcceptAsync(id, c, ct),
            "The region of a vacancy offered to other regions accepts a referral one of them made (status awaitingVacancyOwner): it goes to the employer with the disclosure the candidate's owner chose. Advisers of the vacancy's owner organisation.");
        MapStep<ReferralSteps.ReasonCommand>(referrals, ReferralAccess.Steps.Refuse, (h, id, c, ct) => h.RefuseAsync(id, c, ct),
            "The region of an offered vacancy does not accept a referral from another region, with a reason (the referral ends declined).");
        MapStep<ReferralSteps.ReasonCommand>(referrals, ReferralAccess.Steps.Withdraw, (h, id, c, ct) => h.WithdrawAsync(id, c, ct),
            "The referring or the owner organisation withdraws a running referral, with a reason.");
        MapStep<ReferralSteps.InviteCommand>(referrals, ReferralAccess.Steps.Invite, (h, id, c, ct) => h.InviteAsync(id, c, h.StaffActor, ct),
            "Records, for the employer, that the candidate is invited for an interview.");
        MapStep<ReferralSteps.HireCommand>(referrals, ReferralAccess.Steps.Hire, (h, id, c, ct) => h.HireAsync(id, c, h.StaffActor, ct),
            "Records, for the employer, the hire: creates the placement and its aftercare plan (contact moments, durability checks).");
        MapStep<ReferralSteps.RejectCommand>(referrals, ReferralAccess.Steps.Reject, (h, id, c, ct) => h.RejectAsync(id, c, h.StaffActor, ct),
            "Records, for the employer, the rejection with its reason; creates the adviser's feedback task.");
    }

    private static void MapStep<TCommand>(
        RouteGroupBuilder referrals, string step, Func<ReferralSteps.Handler, Guid, TCommand, CancellationToken, Task<Result<ReferralSteps.Done>>> take, string summary)
        where TCommand : ReferralSteps.Step =>
        referrals.MapPost("/{id:guid}/" + step, async (Guid id, TCommand command, ReferralSteps.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await take(handler, id, command, ct)).Ok(text))
            .RequireAuthorization(Policies.JobSeekers)
            .WithSummary(summary);
}
