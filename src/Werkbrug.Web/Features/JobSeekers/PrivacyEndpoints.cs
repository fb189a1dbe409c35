using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.JobSeekers;

/// <summary>Consents and legal bases, erasure on request and the processing log: the /api/v1 endpoints.</summary>
public static class PrivacyEndpoints
{
    private static readonly Error[] JobSeekerIdRequired = [Error.Validation("JobSeekerId", "Validation.Required")];

    public static void Map(RouteGroupBuilder api)
    {
        api.MapPost("/job-seekers/{id:guid}/erase", async (Guid id, EraseJobSeeker.Command command, EraseJobSeeker.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(id, command, ct)).Ok(text))
            .RequireAuthorization(Policies.Erasure)
            .WithTags("Job seekers")
            .WithSummary("Erases a job seeker of the own organisation on request (reason DataSubjectRequest or NotLawful): the profile and every dependent record are deleted, a placeholder without personal data keeps the statistics; the audit log keeps the pseudonym.");

        var consents = api.MapGroup("/consents").WithTags("Consents");
        consents.MapGet("/", async ([FromQuery] Guid? jobSeekerId, [AsParameters] PageRequest paging, ConsentList.Handler handler, HttpRequest request, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                jobSeekerId is { } id ? paging.Page((await handler.HandleAsync(id, ct)).Select(v => v.Items)).Ok(text, request) : JobSeekerIdRequired.Problem(text))
            .RequireAuthorization(Policies.JobSeekers)
            .WithSummary("The consents and legal bases of one job seeker of the own organisation (jobSeekerId), active ones first; 404 for any other organisation.");

        consents.MapPost("/", async ([FromQuery] Guid? jobSeekerId, RecordConsent.Command command, RecordConsent.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                jobSeekerId is { } id
                    ? (await handler.HandleAsync(id, command, ct)).Created(text, _ => $"/api/v1/consents?jobSeekerId={id}")
                    : JobSeekerIdRequired.Problem(text))
            .RequireAuthorization(Policies.ForRole(Domain.Organisations.Roles.CaseManager))
            .WithSummary("Records a consent or legal basis for a job seeker of the own organisation (jobSeekerId): categories (ContactDetails, FullProfile, WorkRequirements = special category, explicit consent only), recipient organisation of the region or outsideRecipient (consent for Exchange only), purpose, validFrom/validUntil.");

        consents.MapPost("/{id:guid}/withdraw", async (Guid id, WithdrawConsent.Command command, WithdrawConsent.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(id, command, ct)).Ok(text))
            .RequireAuthorization(Policies.ForRole(Domain.Organisations.Roles.CaseManager))
            .WithSummary("Withdraws a consent or legal basis of the own organisation with a reason: final (409 when already withdrawn) and effective for every read from now on.");

        api.MapGet("/audit-log", RuntimeBinding.Handler(async ([AsParameters] AuditLogQuery.Query query, AuditLogQuery.Handler handler, HttpRequest request, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(query, ct)).Ok(text, request)))
            .RequireAuthorization(Policies.Administration)
            .WithTags("Audit log")
            .WithSummary("The processing log of one job seeker of the own organisation (jobSeekerId), for an access request (GDPR art. 15): activity, action, organisation and time, never the colleague; newest first.");
    }
}
