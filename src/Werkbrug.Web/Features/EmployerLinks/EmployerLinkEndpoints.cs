using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Referrals;
using Werkbrug.Web.Features.Referrals;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.EmployerLinks;

/// <summary>
/// The employer's API (/api/v1/employer-link, token in the X-Employer-Link header) and the staff API that makes, lists
/// and revokes links. The employer's steps are the referral handlers' own.
/// </summary>
public static class EmployerLinkEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/employer-link", async (EmployerReferrals.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.VacancyAsync(ct)).Ok(text))
            .RequireAuthorization(Policies.EmployerLink).WithTags("Employer link")
            .WithSummary("The employer (X-Employer-Link header): the vacancy the link is for.");

        var employer = api.MapGroup("/employer-link/referrals").RequireAuthorization(Policies.EmployerLink).WithTags("Employer link");
        employer.MapGet("/", async ([AsParameters] PageRequest paging, EmployerReferrals.Handler handler, HttpRequest request, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.ListAsync(paging, ct)).Select(l => l.Referrals).Ok(text, request))
            .WithSummary("The employer (X-Employer-Link header): the referrals sent to the link's vacancy, newest first, with their status and version.");
        employer.MapGet("/{id:guid}", async (Guid id, EmployerReferrals.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.SheetAsync(id, ct)).Ok(text))
            .WithSummary("The employer: one referral sheet (pseudonym, motivation, matching profile and only what the owner disclosed; never the BSN). 404 for another vacancy's referral.");
        employer.MapPost("/{id:guid}/invite", async (Guid id, ReferralSteps.InviteCommand command, ReferralSteps.Handler steps, HttpContext http, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await steps.InviteAsync(id, command, Actor(http), ct)).Ok(text))
            .WithSummary("The employer invites the candidate for an interview on interviewOn. version is the one read: 409 when it moved on or the step is not allowed.");
        employer.MapPost("/{id:guid}/hire", async (Guid id, ReferralSteps.HireCommand command, ReferralSteps.Handler steps, HttpContext http, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await steps.HireAsync(id, command, Actor(http), ct)).Ok(text))
            .WithSummary("The employer hires the candidate (startDate, contractType, hoursPerWeek, note); the placement and its aftercare plan are made. 409 when not allowed or stale.");
        employer.MapPost("/{id:guid}/reject", async (Guid id, ReferralSteps.RejectCommand command, ReferralSteps.Handler steps, HttpContext http, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await steps.RejectAsync(id, command, Actor(http), ct)).Ok(text))
            .WithSummary("The employer does not hire the candidate: reason from the code list (note required for Other); the adviser gets a feedback task. 409 when not allowed or stale.");

        api.MapPost("/vacancies/{id:guid}/employer-links", async (Guid id, ManageEmployerLinks.Command command, ManageEmployerLinks.Handler handler, HttpRequest request, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.CreateAsync(id, command, $"{request.Scheme}://{request.Host}{request.PathBase}", ct)).Created(text, _ => $"/api/v1/vacancies/{id}/employer-links"))
            .RequireAuthorization(Policies.Advisers).WithTags("Employer link")
            .WithSummary("Makes a personal link for the vacancy's employer contact (contactName, validDays 1–180, default 30; sendByEmail: also mail it to the contact person's address on record, emailedTo in the response). The response holds the token and URL, shown only this once. Only for a vacancy your organisation owns or referred to (else 404).");
        api.MapGet("/vacancies/{id:guid}/employer-links", async (Guid id, [AsParameters] PageRequest paging, ManageEmployerLinks.Handler handler, HttpRequest request, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                paging.Page((await handler.ListAsync(id, ct)).Select(o => o.Links)).Ok(text, request))
            .RequireAuthorization(Policies.Advisers).WithTags("Employer link")
            .WithSummary("The vacancy's employer links: contact, made, expires, revoked, last used and status; never a token.");
        api.MapDelete("/employer-links/{id:guid}", async (Guid id, ManageEmployerLinks.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.RevokeAsync(id, ct)).NoContent(text))
            .RequireAuthorization(Policies.Advisers).WithTags("Employer link")
            .WithSummary("Revokes an employer link; its token stops working at once and for good.");
    }

    /// <summary>The employer acting through the link the request was signed in with.</summary>
    public static ReferralActor Actor(HttpContext http) =>
        ReferralActor.Employer(Guid.Parse(http.User.FindFirst(EmployerLinkClaims.Link)!.Value));
}
