using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Employers;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Employers;

/// <summary>Logs a contact moment with an employer, or plans one. Warns first (see <see cref="ContactWarningCheck"/>).</summary>
public static class LogContactMoment
{
    /// <summary>A contact that took place may be logged with a time this little in the future (clocks differ).</summary>
    private static readonly TimeSpan ClockTolerance = TimeSpan.FromMinutes(10);

    public sealed record Command
    {
        [Required]
        public Guid? EmployerId { get; init; }

        /// <summary>When the contact took place, or is planned.</summary>
        [Required]
        public DateTimeOffset? OccurredAt { get; init; }

        [Required]
        [DefinedEnum]
        public ContactChannel? Channel { get; init; }

        [Required]
        [DefinedEnum]
        public ContactInitiator? Initiator { get; init; }

        /// <summary>Codes from the topic list: vacancy, instruments, inclusive-work, labour-market-information, sroi, other.</summary>
        public List<string>? Topics { get; init; }

        [StringLength(ContactMomentLimits.Note)]
        public string? Note { get; init; }

        [StringLength(ContactMomentLimits.FollowUp)]
        public string? FollowUp { get; init; }

        public DateOnly? FollowUpDue { get; init; }

        /// <summary>True to plan a future contact rather than log one that took place.</summary>
        public bool Planned { get; init; }

        /// <summary>Save even though there are warnings (recent contact by someone else, account manager elsewhere).</summary>
        public bool AcknowledgeWarnings { get; init; }
    }

    /// <summary>Either the new contact moment's id, or the warnings to acknowledge first.</summary>
    public sealed record Outcome(Guid? Id, IReadOnlyList<ContactWarningCheck.Warning> Warnings);

    public sealed class Handler(WerkbrugDb db, TimeProvider clock, IOptions<EmployerOptions> options, IStringLocalizer<SharedResource> text)
    {
        public async Task<Result<Outcome>> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            var errors = InputValidator.Validate(command);
            var employer = command.EmployerId is { } employerId
                ? await db.Employers.Where(e => e.Id == employerId).Select(e => new { e.Id, e.AccountManagerUserId }).FirstOrDefaultAsync(cancellationToken)
                : null;
            if (command.EmployerId is not null && employer is null)
            {
                errors.Add(Error.Validation(nameof(Command.EmployerId), "ContactMoment.UnknownEmployer"));
            }

            var topics = CheckTopics(command, errors);
            var now = clock.GetUtcNow();
            CheckTiming(command, now, errors);
            CheckPersonalData(command, errors);
            if (errors.Count > 0)
            {
                return Result<Outcome>.Failure(errors);
            }

            if (!command.AcknowledgeWarnings)
            {
                var found = await db.ContactWarningsAsync(
                    employer!.Id, employer.AccountManagerUserId, options.Value.RecentContactDays, now.UtcDateTime, text, cancellationToken);
                if (found.Count > 0)
                {
                    return new Outcome(null, found);
                }
            }

            var contact = new ContactMoment
            {
                RegionCode = db.Scope.RegionCode!,
                EmployerId = employer!.Id,
                OccurredAtUtc = command.OccurredAt!.Value.UtcDateTime,
                Channel = command.Channel!.Value,
                Initiator = command.Initiator!.Value,
                AdviserUserId = db.Scope.UserId!.Value,
                OrganisationId = db.Scope.OrganisationId!.Value,
                Topics = topics,
                Note = InputText.Clean(command.Note),
                FollowUp = InputText.Clean(command.FollowUp),
                FollowUpDue = command.FollowUpDue,
                IsPlanned = command.Planned,
                LoggedAtUtc = now.UtcDateTime,
            };
            db.ContactMoments.Add(contact);
            await db.SaveChangesAsync(cancellationToken);
            return new Outcome(contact.Id, []);
        }

        private static List<string> CheckTopics(Command command, List<Error> errors)
        {
            var topics = (command.Topics ?? []).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).Distinct().ToList();
            if (topics.Count == 0)
            {
                errors.Add(Error.Validation(nameof(Command.Topics), "Validation.Required"));
            }
            else if (topics.FirstOrDefault(t => !ContactTopics.IsKnown(t)) is { } unknown)
            {
                errors.Add(Error.Validation(nameof(Command.Topics), "ContactMoment.UnknownTopic", unknown.Length > 40 ? unknown[..40] + "…" : unknown));
            }

            return topics;
        }

        private static void CheckTiming(Command command, DateTimeOffset now, List<Error> errors)
        {
            if (command.OccurredAt is { } at)
            {
                if (command.Planned && at < now)
                {
                    errors.Add(Error.Validation(nameof(Command.OccurredAt), "ContactMoment.PlannedInPast"));
                }
                else if (!command.Planned && at > now + ClockTolerance)
                {
                    errors.Add(Error.Validation(nameof(Command.OccurredAt), "ContactMoment.InFuture"));
                }
            }

            if (command.FollowUpDue is not null && string.IsNullOrWhiteSpace(command.FollowUp))
            {
                errors.Add(Error.Validation(nameof(Command.FollowUp), "ContactMoment.FollowUpForDueDate"));
            }

            if (command.FollowUpDue is { } due && command.OccurredAt is { } occurred
                && due < DateOnly.FromDateTime(DutchTime.ToLocal(occurred.UtcDateTime)))
            {
                errors.Add(Error.Validation(nameof(Command.FollowUpDue), "ContactMoment.DueBeforeContact"));
            }
        }

        /// <summary>The contact log is about employers: a note that seems to hold a citizen service number is refused.</summary>
        private static void CheckPersonalData(Command command, List<Error> errors)
        {
            if (PersonalDataDetector.LooksLikeBsn(command.Note))
            {
                errors.Add(Error.Validation(nameof(Command.Note), "ContactMoment.LooksLikeBsn"));
            }

            if (PersonalDataDetector.LooksLikeBsn(command.FollowUp))
            {
                errors.Add(Error.Validation(nameof(Command.FollowUp), "ContactMoment.LooksLikeBsn"));
            }
        }
    }
}
