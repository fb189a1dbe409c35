using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Employers;
using Werkbrug.Domain.FrontDoor;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.FrontDoor;

/// <summary>
/// An employer reports a vacancy or asks a question at the public front door. The request is saved in the
/// front door's region with a reference, routed to a team and given a due date; a filled honeypot makes the
/// submission look successful without saving anything.
/// </summary>
public static class SubmitIntakeRequest
{
    public sealed record Command
    {
        [Required]
        [StringLength(IntakeLimits.CompanyName)]
        public string? CompanyName { get; init; }

        [StringLength(EmployerLimits.KvkInput)]
        public string? KvkNumber { get; init; }

        [Required]
        [StringLength(IntakeLimits.ContactName)]
        public string? ContactName { get; init; }

        [Required]
        [StringLength(IntakeLimits.Email)]
        [EmailAddress]
        public string? Email { get; init; }

        [Required]
        [StringLength(IntakeLimits.Phone)]
        [DutchPhoneNumber]
        public string? Phone { get; init; }

        [Required]
        [StringLength(IntakeLimits.Municipality)]
        public string? Municipality { get; init; }

        [StringLength(IntakeLimits.SbiSection)]
        public string? Section { get; init; }

        [Required]
        [StringLength(IntakeLimits.Text)]
        public string? Text { get; init; }

        /// <summary>Honeypot: hidden from people, filled in by robots.</summary>
        public string? Homepage { get; init; }
    }

    public sealed record Submitted(string Reference, DateOnly DueDate, bool Saved);

    public sealed class Handler(WerkbrugDb db, FrontDoorSettings settings, TimeProvider time)
    {
        public async Task<Result<Submitted>> HandleAsync(IntakeRequestType type, Command command, CancellationToken cancellationToken)
        {
            var errors = InputValidator.Validate(command).ToList();
            var regionCode = settings.RegionCode;
            var now = time.GetUtcNow();
            var dueDate = IntakeRequest.DueDateFor(FrontDoorSettings.DutchDate(now), settings.ReactionTermDays(regionCode, type));
            if (!string.IsNullOrWhiteSpace(command.Homepage))
            {
                // A robot filled the hidden field: answer as if it worked, keep nothing.
                return new Submitted(IntakeReference.New(), dueDate, Saved: false);
            }

            var kvk = KvkNumber.Normalise(command.KvkNumber);
            if (!string.IsNullOrWhiteSpace(command.KvkNumber) && kvk is null && errors.All(e => e.Field != nameof(Command.KvkNumber)))
            {
                errors.Add(Error.Validation(nameof(Command.KvkNumber), "FrontDoor.KvkInvalid"));
            }

            var municipality = command.Municipality?.Trim();
            if (!string.IsNullOrEmpty(municipality) && errors.All(e => e.Field != nameof(Command.Municipality))
                && !await db.Municipalities.AnyAsync(m => m.RegionCode == regionCode && m.Name == municipality, cancellationToken))
            {
                errors.Add(Error.Validation(nameof(Command.Municipality), "FrontDoor.MunicipalityNotInRegion"));
            }

            var section = string.IsNullOrWhiteSpace(command.Section) ? null : command.Section.Trim().ToUpperInvariant();
            if (section is not null && errors.All(e => e.Field != nameof(Command.Section))
                && !await db.SbiSections.AnyAsync(s => s.Letter == section, cancellationToken))
            {
                errors.Add(Error.Validation(nameof(Command.Section), "Validation.Invalid"));
            }

            if (errors.Count > 0)
            {
                return Result<Submitted>.Failure(errors);
            }

            // Reviewed exception to the region filter: an anonymous visitor has no region, so this one handler
            // enters the system scope to read the front door region's teams and insert the request there.
            // It reads nothing else and returns only the new request's reference and due date.
            db.Scope.EnterSystemScope();
            var teams = await db.Teams.Where(t => t.RegionCode == regionCode).OrderBy(t => t.Name)
                .Select(t => new { t.Id, t.Kind, t.Focus }).ToListAsync(cancellationToken);
            var teamId = IntakeRouting.PickTeam(teams.Select(t => new TeamFocus(t.Id, t.Kind, t.Focus)), section, municipality);

            var request = new IntakeRequest
            {
                RegionCode = regionCode,
                Type = type,
                Reference = IntakeReference.New(),
                CompanyName = command.CompanyName!.Trim(),
                KvkNumber = kvk,
                ContactName = command.ContactName!.Trim(),
                Email = command.Email!.Trim(),
                Phone = command.Phone!.Trim(),
                Municipality = municipality!,
                SbiSection = section,
                Text = command.Text!.Trim(),
                SubmittedAt = now,
                DueDate = dueDate,
                AssignedTeamId = teamId,
            };
            db.IntakeRequests.Add(request);
            await db.SaveChangesAsync(cancellationToken);
            return new Submitted(request.Reference, dueDate, Saved: true);
        }
    }
}

/// <summary>
/// The employer follows a request: the reference and the e-mail address it was sent with give its status, the due date
/// while it is open and the answer once given, nothing else.
/// </summary>
public static class LookUpIntakeStatus
{
    public sealed record Query
    {
        [Required]
        [StringLength(IntakeLimits.Reference + 8)]
        public string? Reference { get; init; }

        [Required]
        [StringLength(IntakeLimits.Email)]
        public string? Email { get; init; }
    }

    /// <summary>The request as its employer sees it; <paramref name="DueDate"/> only while the request waits for a reaction.</summary>
    public sealed record Status(string Reference, IntakeRequestType Type, IntakeRequestStatus State, DateOnly? DueDate, string? Answer, DateOnly? AnsweredOn);

    public sealed class Handler(WerkbrugDb db, FrontDoorSettings settings)
    {
        public async Task<Result<Status>> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            var errors = InputValidator.Validate(query);
            if (errors.Count > 0)
            {
                return Result<Status>.Failure(errors);
            }

            var reference = IntakeReference.Normalise(query.Reference);
            if (reference is null)
            {
                return Error.NotFound("FrontDoor.NotFound");
            }

            var email = query.Email!.Trim().ToLowerInvariant();
            var regionCode = settings.RegionCode;
            // Reviewed exception to the region filter: only the one request whose reference AND e-mail address
            // match is read, in the front door's region, and only its status, due date and answer leave this handler.
            var found = await db.IntakeRequests.IgnoreQueryFilters()
                .Where(r => r.RegionCode == regionCode && r.Reference == reference)
                .Select(r => new { r.Email, r.Type, r.Status, r.DueDate, r.Answer, r.AnsweredAtUtc })
                .FirstOrDefaultAsync(cancellationToken);
            if (found is null || !string.Equals(found.Email.Trim(), email, StringComparison.OrdinalIgnoreCase))
            {
                return Error.NotFound("FrontDoor.NotFound");
            }

            return new Status(reference, found.Type, found.Status, IntakeRequestRules.IsOpen(found.Status) ? found.DueDate : null, found.Answer,
                found.AnsweredAtUtc is { } at ? DateOnly.FromDateTime(DutchTime.ToLocal(at)) : null);
        }
    }
}
