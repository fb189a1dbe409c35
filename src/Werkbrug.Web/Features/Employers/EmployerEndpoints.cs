using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Imports;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Employers;

/// <summary>The employer CRM and contact log: registration of handlers and the /api/v1 endpoints.</summary>
public static class EmployerEndpoints
{
    public const string DuplicatesCode = "Employer.PossibleDuplicates";
    public const string WarningsCode = "ContactMoment.WarningsNeedAcknowledgement";

    public static IServiceCollection AddEmployers(this IServiceCollection services)
    {
        services.AddOptions<EmployerOptions>().BindConfiguration(EmployerOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<EmployerChoices>();
        services.AddScoped<EmployerList.Handler>();
        services.AddScoped<EmployerDetails.Handler>();
        services.AddScoped<RegisterEmployer.Handler>();
        services.AddScoped<EditEmployer.Handler>();
        services.AddScoped<SaveContactPerson.Handler>();
        services.AddScoped<AddLocation.Handler>();
        services.AddScoped<HandOverAccount.Handler>();
        services.AddScoped<RegisterInterest.Handler>();
        services.AddScoped<ContactTimeline.Handler>();
        services.AddScoped<ContactWarningCheck.Handler>();
        services.AddScoped<LogContactMoment.Handler>();
        services.AddScoped<CompleteFollowUp.Handler>();
        services.AddScoped<ImportEmployers.Handler>();
        return services;
    }

    public static void Map(RouteGroupBuilder api)
    {
        var employers = api.MapGroup("/employers").WithTags("Employers");
        var contacts = api.MapGroup("/contact-moments").WithTags("Contact moments");
        MapEmployers(employers);
        MapEmployerParts(employers);
        MapContacts(contacts);
    }

    private static void MapEmployers(RouteGroupBuilder employers)
    {
        employers.MapGet("/", async ([AsParameters] EmployerList.Query query, EmployerList.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                Respond(await handler.HandleAsync(query, ct), text, v => Results.Ok(v)))
            .RequireAuthorization(Policies.Advisers)
            .WithSummary("The region's employers, 50 per page: search by name or KvK number (q), filter by status, SBI section and municipality.")
            .Produces<EmployerList.Listing>();

        employers.MapGet("/{id:guid}", async (Guid id, EmployerDetails.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                Respond(await handler.HandleAsync(id, ct), text, v => Results.Ok(v)))
            .RequireAuthorization(Policies.Advisers)
            .WithSummary("One employer with its locations, contact persons, account manager and handovers, target-group interests, contact timeline and open follow-ups.")
            .Produces<EmployerDetails.View>();

        employers.MapPost("/", async (RegisterEmployer.Command command, RegisterEmployer.Handler handler, EmployerDetails.Handler details, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
            {
                var result = await handler.HandleAsync(command, ct);
                if (!result.IsSuccess)
                {
                    return result.Errors.Problem(text);
                }

                if (result.Value.Id is not { } id)
                {
                    return TypedResults.Problem(text[DuplicatesCode], statusCode: StatusCodes.Status409Conflict, title: text["Problem.Conflict"],
                        extensions: new Dictionary<string, object?> { ["code"] = DuplicatesCode, ["duplicates"] = result.Value.Duplicates });
                }

                return Results.Created($"/api/v1/employers/{id}", (await details.HandleAsync(id, ct)).Value);
            })
            .RequireAuthorization(Policies.Advisers)
            .WithSummary("Registers an employer with its first location. 409 with the possible duplicates (same name at the same PC4) unless confirmDuplicate is true; a KvK number the region has already is refused (400).")
            .Produces<EmployerDetails.View>(StatusCodes.Status201Created);

        employers.MapPut("/{id:guid}", async (Guid id, EditEmployer.Command command, EditEmployer.Handler handler, EmployerDetails.Handler details, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
            {
                var result = await handler.HandleAsync(id, command, ct);
                return result.IsSuccess ? Results.Ok((await details.HandleAsync(id, ct)).Value) : result.Errors.Problem(text);
            })
            .RequireAuthorization(Policies.Advisers)
            .WithSummary("Changes KvK number, trade name, SBI codes, size class and status; version is the one read (409 when it moved on).")
            .Produces<EmployerDetails.View>();
    }

    private static void MapEmployerParts(RouteGroupBuilder employers)
    {
        employers.MapGet("/{id:guid}/contact-persons", async (Guid id, EmployerDetails.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                Respond(await handler.HandleAsync(id, ct), text, v => Results.Ok(v.ContactPersons)))
            .RequireAuthorization(Policies.Advisers)
            .WithSummary("The employer's contact persons.")
            .Produces<IReadOnlyList<EmployerDetails.ContactPersonView>>();

        employers.MapPost("/{id:guid}/contact-persons", async (Guid id, SaveContactPerson.Command command, SaveContactPerson.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                Respond(await handler.HandleAsync(id, null, command, ct), text, v => Results.Created($"/api/v1/employers/{id}/contact-persons", v)))
            .RequireAuthorization(Policies.Advisers)
            .WithSummary("Adds a contact person (name, role, phone, e-mail, preferred channel).")
            .Produces<SaveContactPerson.Saved>(StatusCodes.Status201Created);

        employers.MapPut("/{id:guid}/contact-persons/{personId:guid}", async (Guid id, Guid personId, SaveContactPerson.Command command, SaveContactPerson.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                Respond(await handler.HandleAsync(id, personId, command, ct), text, v => Results.Ok(v)))
            .RequireAuthorization(Policies.Advisers)
            .WithSummary("Changes a contact person; version is the employer's version read.")
            .Produces<SaveContactPerson.Saved>();

        employers.MapGet("/{id:guid}/locations", async (Guid id, EmployerDetails.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                Respond(await handler.HandleAsync(id, ct), text, v => Results.Ok(v.Locations)))
            .RequireAuthorization(Policies.Advisers)
            .WithSummary("The employer's locations with PC4, municipality and its region.")
            .Produces<IReadOnlyList<EmployerDetails.LocationView>>();

        employers.MapPost("/import", async (HttpRequest request, ImportEmployers.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct, bool dryRun = false) =>
            {
                var csv = await ImportText.ReadAsync(request.Body, ct);
                var result = await handler.HandleAsync(new StringReader(csv), dryRun, ct);
                return result.IsSuccess ? Results.Ok(ImportReport.From(result.Value, ImportEmployers.Columns, text)) : result.Errors.Problem(text);
            })
            .RequireAuthorization(Policies.Advisers)
            .Accepts<string>("text/csv")
            .WithSummary("Imports employers from CSV (columns in docs/import.md; separator , ; or tab). Idempotent by KvK number: a known number updates or leaves the employer; rows with errors are reported per line and change nothing. dryRun=true only checks.")
            .Produces<ImportReport>();

        employers.MapPost("/{id:guid}/locations", async (Guid id, AddLocation.Command command, AddLocation.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                Respond(await handler.HandleAsync(id, command, ct), text, v => Results.Created($"/api/v1/employers/{id}/locations", v)))
            .RequireAuthorization(Policies.Advisers)
            .WithSummary("Adds a location: address, postcode (its PC4 must exist) and municipality (any in the country).")
            .Produces<AddLocation.Added>(StatusCodes.Status201Created);

        employers.MapPut("/{id:guid}/account-manager", async (Guid id, HandOverAccount.Command command, HandOverAccount.Handler handler, EmployerDetails.Handler details, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
            {
                var result = await handler.HandleAsync(id, command, ct);
                return result.IsSuccess ? Results.Ok((await details.HandleAsync(id, ct)).Value) : result.Errors.Problem(text);
            })
            // Staff, not Advisers: administrators may hand over too. The handler admits managers, administrators
            // and the current account manager only (403 for everyone else).
            .RequireAuthorization(Policies.Staff)
            .WithSummary("Assigns the fixed account manager or hands the employer over (manager, administrator or the current account manager). Kept in the handover history.")
            .Produces<EmployerDetails.View>();

        employers.MapGet("/{id:guid}/target-group-interests", async (Guid id, EmployerDetails.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                Respond(await handler.HandleAsync(id, ct), text, v => Results.Ok(v.TargetGroupInterests)))
            .RequireAuthorization(Policies.Advisers)
            .WithSummary("The target groups the employer is interested in hiring from.")
            .Produces<IReadOnlyList<EmployerDetails.InterestView>>();

        employers.MapPost("/{id:guid}/target-group-interests", async (Guid id, RegisterInterest.Command command, RegisterInterest.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                Respond(await handler.HandleAsync(id, command, ct), text, v => Results.Created($"/api/v1/employers/{id}/target-group-interests", v)))
            .RequireAuthorization(Policies.Advisers)
            .WithSummary("Registers interest in a target group (banenafspraak, ww, bijstand, wajong, wia-wga, statushouders, jongeren, 50plus): since when and from what source.")
            .Produces<RegisterInterest.Registered>(StatusCodes.Status201Created);

        employers.MapGet("/{id:guid}/contact-warnings", async (Guid id, ContactWarningCheck.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                Respond(await handler.HandleAsync(id, ct), text, v => Results.Ok(v)))
            .RequireAuthorization(Policies.Advisers)
            .WithSummary("What to know before contacting the employer: recent contacts by other advisers, a fixed account manager in another organisation.")
            .Produces<IReadOnlyList<ContactWarningCheck.Warning>>();
    }

    private static void MapContacts(RouteGroupBuilder contacts)
    {
        contacts.MapGet("/", async (Guid? employerId, ContactTimeline.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                employerId is { } id
                    ? Respond(await handler.HandleAsync(id, ct), text, v => Results.Ok(v))
                    : new List<Error> { Error.Validation("EmployerId", "Validation.Required") }.Problem(text))
            .RequireAuthorization(Policies.Advisers)
            .WithSummary("The contact timeline of one employer (employerId), newest first.")
            .Produces<IReadOnlyList<ContactTimeline.Entry>>();

        contacts.MapGet("/{id:guid}", async (Guid id, ContactTimeline.Handler handler, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
                Respond(await handler.OneAsync(id, ct), text, v => Results.Ok(v)))
            .RequireAuthorization(Policies.Advisers)
            .WithSummary("One contact moment.")
            .Produces<ContactTimeline.Entry>();

        contacts.MapPost("/", async (LogContactMoment.Command command, LogContactMoment.Handler handler, ContactTimeline.Handler timeline, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
            {
                var result = await handler.HandleAsync(command, ct);
                if (!result.IsSuccess)
                {
                    return result.Errors.Problem(text);
                }

                if (result.Value.Id is not { } id)
                {
                    return TypedResults.Problem(text[WarningsCode], statusCode: StatusCodes.Status409Conflict, title: text["Problem.Conflict"],
                        extensions: new Dictionary<string, object?> { ["code"] = WarningsCode, ["warnings"] = result.Value.Warnings });
                }

                return Results.Created($"/api/v1/contact-moments/{id}", (await timeline.OneAsync(id, ct)).Value);
            })
            .RequireAuthorization(Policies.Advisers)
            .WithSummary("Logs (or plans) a contact moment. 409 with the warnings unless acknowledgeWarnings is true; a note that looks like it holds a BSN is refused.")
            .Produces<ContactTimeline.Entry>(StatusCodes.Status201Created);

        contacts.MapPost("/{id:guid}/follow-up-done", async (Guid id, CompleteFollowUp.Handler handler, ContactTimeline.Handler timeline, IStringLocalizer<SharedResource> text, CancellationToken ct) =>
            {
                var result = await handler.HandleAsync(id, ct);
                return result.IsSuccess ? Results.Ok((await timeline.OneAsync(id, ct)).Value) : result.Errors.Problem(text);
            })
            .RequireAuthorization(Policies.Advisers)
            .WithSummary("Marks the follow-up of a contact moment done.")
            .Produces<ContactTimeline.Entry>();
    }

    private static IResult Respond<T>(Result<T> result, IStringLocalizer text, Func<T, IResult> success) =>
        result.IsSuccess ? success(result.Value) : result.Errors.Problem(text);
}
