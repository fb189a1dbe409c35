using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.NationalAccounts;

/// <summary>/api/v1/national-accounts and /api/v1/national-arrangements: the same handlers as the pages.</summary>
public static class NationalAccountEndpoints
{
    public static void Map(RouteGroupBuilder api)
    {
        var accounts = api.MapGroup("/national-accounts").WithTags("National accounts").RequireAuthorization(Policies.NationalAccounts);

        accounts.MapGet("/", async ([AsParameters] PageRequest paging, NationalAccountList.Handler handler, HttpRequest request, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await CheckedAsync(paging, () => handler.ListAsync(paging, ct))).Ok(text, request))
            .WithSummary("The national account manager's own accounts by name: KvK number, name, the number of regions the employer is registered in, its open vacancies in all those regions and the number of arrangements.");

        accounts.MapPost("/", async (NationalAccountList.Command command, NationalAccountList.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.RegisterAsync(command, ct)).Created(text, a => $"{ApiConventions.Prefix}/national-accounts/{a.Id}"))
            .WithSummary("Takes on a national employer as the current user's account: kvkNumber of a business registered (or with locations) in four or more regions (else 400); 409 when it is an account already.");

        accounts.MapGet("/{id:guid}", async (Guid id, AccountDetails.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(id, ct)).Ok(text))
            .WithSummary("One of the user's accounts per region: the employer's registrations (locations, account managers), its vacancies, contact moments and placements since 1 January (counts) against the placement targets of the arrangements the region signed. Job seekers do not appear, not even as counts per person.");

        var arrangements = api.MapGroup("/national-arrangements").WithTags("National arrangements").RequireAuthorization(Policies.NationalArrangements);

        arrangements.MapGet("/", async ([AsParameters] PageRequest paging, ArrangementDetails.Handler handler, HttpRequest request, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await CheckedAsync(paging, () => handler.ListAsync(paging, ct))).Ok(text, request))
            .WithSummary("The arrangements the user may see, newest first: the national account manager those of their accounts, a region's manager or coordinator those their region takes part in; stage and the regions' answers counted.");

        arrangements.MapPost("/", async (SaveArrangement.Command command, SaveArrangement.Handler handler, ArrangementDetails.Handler details, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
            {
                var saved = await handler.CreateAsync(command, ct);
                return saved.IsSuccess ? (await details.HandleAsync(saved.Value.Id, ct)).Created(text, a => $"{ApiConventions.Prefix}/national-arrangements/{a.Id}") : saved.Errors.Problem(text);
            })
            .RequireAuthorization(Policies.NationalAccounts)
            .WithSummary("The national account manager proposes an arrangement for one of their accounts: nationalAccountId, title, reactionTermWorkingDays (1–60), candidatesPerVacancy (1–50), aftercareWeeks (0–104), aftercareDescription, regions [{regionCode, placementTarget}] (regions where the employer is registered).");

        arrangements.MapGet("/{id:guid}", async (Guid id, ArrangementDetails.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(id, ct)).Ok(text))
            .WithSummary("One arrangement: stage (Proposal, RegionsReview, ExecutionPlan, Pilot, Agreement) and nextStage, the terms, per region its target, decision (Silent, Accepted: signed, Declined) with the dates asked, decided, reminded and escalated, its figures (counts) and whether it lags the terms; the history; what the user may do.");

        arrangements.MapPut("/{id:guid}", async (Guid id, SaveArrangement.Command command, SaveArrangement.Handler handler, ArrangementDetails.Handler details, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
            {
                var saved = await handler.UpdateAsync(id, command, ct);
                return saved.IsSuccess ? (await details.HandleAsync(id, ct)).Ok(text) : saved.Errors.Problem(text);
            })
            .RequireAuthorization(Policies.NationalAccounts)
            .WithSummary("Changes the terms and regions of a proposal (409 once the regions review it); version is the one read (409 when it moved on).");

        arrangements.MapPost("/{id:guid}/advance", async (Guid id, ArrangementSteps.VersionCommand command, ArrangementSteps.Handler handler, ArrangementDetails.Handler details, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                await ThenAsync(await handler.AdvanceAsync(id, command, ct), details, text, ct))
            .RequireAuthorization(Policies.NationalAccounts)
            .WithSummary("The national account manager takes the next step. Into review, every region's managers are asked; out of review no region may be silent and one must have signed (else 409). Version: the one read.");

        arrangements.MapPost("/{id:guid}/decision", async (Guid id, ArrangementSteps.DecideCommand command, ArrangementSteps.Handler handler, ArrangementDetails.Handler details, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                await ThenAsync(await handler.DecideAsync(id, command, ct), details, text, ct))
            .WithSummary("A manager or region coordinator of a region taking part answers for their own region while the regions review: decision (Accepted: signed, Declined), on (the date, not in the future), version. Others get 403.");

        arrangements.MapPost("/{id:guid}/regions/{regionCode}/escalate", async (Guid id, string regionCode, ArrangementSteps.VersionCommand command, ArrangementSteps.Handler handler, ArrangementDetails.Handler details, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                await ThenAsync(await handler.EscalateAsync(id, regionCode, command, ct), details, text, ct))
            .RequireAuthorization(Policies.NationalAccounts)
            .WithSummary("Achtervang: the national account manager escalates a signed region that lags the terms (an open vacancy of the account past the reaction term without the agreed candidates) to that region's managers, with the region's figures; 409 when it does not lag.");

        arrangements.MapGet("/{id:guid}/history", async (Guid id, [AsParameters] PageRequest paging, ArrangementDetails.Handler handler, HttpRequest request, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
            {
                var view = await handler.HandleAsync(id, ct);
                return paging.Page(view.IsSuccess ? Result<IReadOnlyList<ArrangementDetails.HistoryEntry>>.Success(view.Value.History)
                    : Result<IReadOnlyList<ArrangementDetails.HistoryEntry>>.Failure(view.Errors)).Ok(text, request);
            })
            .WithSummary("The history of an arrangement, newest first: atUtc, event (Created, TermsChanged, StageChanged, Accepted, Declined, Reminded, Escalated), regionCode, detail (terms: field old → new; stage: from→to; decision: its date; reminder: the date asked; escalation: open;pastTerm;referrals;placements;target) and userName (empty for the reminder job).");
    }

    private static async Task<Microsoft.AspNetCore.Http.HttpResults.Results<Microsoft.AspNetCore.Http.HttpResults.Ok<ArrangementDetails.View>, Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult>> ThenAsync(
        Result<ArrangementSteps.Saved> saved, ArrangementDetails.Handler details, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
        saved.IsSuccess ? (await details.HandleAsync(saved.Value.Id, ct)).Ok(text) : saved.Errors.Problem(text);

    private static async Task<Result<Paged<T>>> CheckedAsync<T>(PageRequest paging, Func<Task<Paged<T>>> list) =>
        InputValidator.Validate(paging) is { Count: > 0 } errors ? Result<Paged<T>>.Failure(errors) : await list();
}
