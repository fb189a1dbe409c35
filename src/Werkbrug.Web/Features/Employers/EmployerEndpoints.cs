using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Imports;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Employers;

/// <summary>/api/v1/employers: the employer CRM.</summary>
public static class EmployerEndpoints
{
    public const string DuplicatesCode = "Employer.PossibleDuplicates";

    public static void Map(RouteGroupBuilder employers)
    {
        MapEmployers(employers);
        MapEmployerParts(employers);
    }

    private static void MapEmployers(RouteGroupBuilder employers)
    {
        employers.MapGet("/", RuntimeBinding.Handler(async ([AsParameters] EmployerList.Query query, EmployerList.Handler handler, HttpRequest request, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(query, ct)).Ok(text, request)))
            .RequireAuthorization(Policies.Advisers)
            .WithSummary("The region's employers, 50 per page: search by name or KvK number (q), filter by status, SBI section and municipality.");

        employers.MapGet("/{id:guid}", async (Guid id, EmployerDetails.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(id, ct)).Ok(text))
            .RequireAuthorization(Policies.Advisers)
            .WithSummary("One employer with its locations, contact persons, account manager and handovers, target-group interests, contact timeline and open follow-ups.");

        employers.MapPost("/", async Task<Results<Created<EmployerDetails.View>, ProblemHttpResult>> (RegisterEmployer.Command command, RegisterEmployer.Handler handler, EmployerDetails.Handler details, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
            {
                var registered = await handler.HandleAsync(command, ct);
                if (registered.IsSuccess && registered.Value.Id is null)
                {
                    return ApiResults.Problem(text, DuplicatesCode, StatusCodes.Status409Conflict, "duplicates", registered.Value.Duplicates);
                }

                return (await registered.ThenAsync(r => details.HandleAsync(r.Id!.Value, ct))).Created(text, v => $"/api/v1/employers/{v.Id}");
            })
            .RequireAuthorization(Policies.Advisers)
            .WithSummary("Registers an employer with its first location. 409 with the possible duplicates (same name at the same PC4) unless confirmDuplicate is true; a KvK number the region has already is refused (400).");

        employers.MapPut("/{id:guid}", async (Guid id, EditEmployer.Command command, EditEmployer.Handler handler, EmployerDetails.Handler details, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(id, command, ct).ThenAsync(_ => details.HandleAsync(id, ct))).Ok(text))
            .RequireAuthorization(Policies.Advisers)
            .WithSummary("Changes KvK number, trade name, SBI codes, size class and status; version is the one read (409 when it moved on).");

        employers.MapPost("/import", async (HttpRequest request, ImportEmployers.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct, bool dryRun = false) =>
                (await handler.HandleAsync(new StringReader(await ImportText.ReadAsync(request.Body, ct)), dryRun, ct)).Ok(text, v => ImportReport.From(v, ImportEmployers.Columns, text)))
            .RequireAuthorization(Policies.Advisers)
            .Accepts<string>("text/csv")
            .WithSummary("Imports employers from CSV (columns in docs/import.md; separator , ; or tab). Idempotent by KvK number: a known number updates or leaves the employer; rows with errors are reported per line and change nothing. dryRun=true only checks.");
    }

    private static void MapEmployerParts(RouteGroupBuilder employers)
    {
        employers.MapGet("/{id:guid}/contact-persons", async (Guid id, [AsParameters] PageRequest paging, EmployerDetails.Handler handler, HttpRequest request, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                paging.Page((await handler.HandleAsync(id, ct)).Select(v => v.ContactPersons)).Ok(text, request))
            .RequireAuthorization(Policies.Advisers)
            .WithSummary("The employer's contact persons.");

        employers.MapPost("/{id:guid}/contact-persons", async (Guid id, SaveContactPerson.Command command, SaveContactPerson.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(id, null, command, ct)).Created(text, _ => $"/api/v1/employers/{id}/contact-persons"))
            .RequireAuthorization(Policies.Advisers)
            .WithSummary("Adds a contact person (name, role, phone, e-mail, preferred channel).");

        employers.MapPut("/{id:guid}/contact-persons/{personId:guid}", async (Guid id, Guid personId, SaveContactPerson.Command command, SaveContactPerson.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(id, personId, command, ct)).Ok(text))
            .RequireAuthorization(Policies.Advisers)
            .WithSummary("Changes a contact person; version is the employer's version read.");

        employers.MapGet("/{id:guid}/locations", async (Guid id, [AsParameters] PageRequest paging, EmployerDetails.Handler handler, HttpRequest request, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                paging.Page((await handler.HandleAsync(id, ct)).Select(v => v.Locations)).Ok(text, request))
            .RequireAuthorization(Policies.Advisers)
            .WithSummary("The employer's locations with PC4, municipality and its region.");

        employers.MapPost("/{id:guid}/locations", async (Guid id, AddLocation.Command command, AddLocation.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(id, command, ct)).Created(text, _ => $"/api/v1/employers/{id}/locations"))
            .RequireAuthorization(Policies.Advisers)
            .WithSummary("Adds a location: address, postcode (its PC4 must exist) and municipality (any in the country).");

        employers.MapPut("/{id:guid}/account-manager", async (Guid id, HandOverAccount.Command command, HandOverAccount.Handler handler, EmployerDetails.Handler details, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(id, command, ct).ThenAsync(_ => details.HandleAsync(id, ct))).Ok(text))
            // Staff, not Advisers: administrators may hand over too. The handler admits managers, administrators
            // and the current account manager only (403 for everyone else).
            .RequireAuthorization(Policies.Staff)
            .WithSummary("Assigns the fixed account manager or hands the employer over (manager, administrator or the current account manager). Kept in the handover history.");

        employers.MapGet("/{id:guid}/target-group-interests", async (Guid id, [AsParameters] PageRequest paging, EmployerDetails.Handler handler, HttpRequest request, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                paging.Page((await handler.HandleAsync(id, ct)).Select(v => v.TargetGroupInterests)).Ok(text, request))
            .RequireAuthorization(Policies.Advisers)
            .WithSummary("The target groups the employer is interested in hiring from.");

        employers.MapPost("/{id:guid}/target-group-interests", async (Guid id, RegisterInterest.Command command, RegisterInterest.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                (await handler.HandleAsync(id, command, ct)).Created(text, _ => $"/api/v1/employers/{id}/target-group-interests"))
            .RequireAuthorization(Policies.Advisers)
            .WithSummary("Registers interest in a target group (banenafspraak, ww, bijstand, wajong, wia-wga, statushouders, jongeren, 50plus): since when and from what source.");

        employers.MapGet("/{id:guid}/contact-warnings", async (Guid id, [AsParameters] PageRequest paging, ContactWarningCheck.Handler handler, HttpRequest request, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                paging.Page(await handler.HandleAsync(id, ct)).Ok(text, request))
            .RequireAuthorization(Policies.Advisers)
            .WithSummary("What to know before contacting the employer: recent contacts by other advisers, a fixed account manager in another organisation.");
    }
}
