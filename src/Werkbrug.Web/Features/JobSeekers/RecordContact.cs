using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Werkbrug.Domain.Audit;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Employers;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Web.Infrastructure.Audit;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.JobSeekers;

/// <summary>
/// The quick update of "klant in beeld": records a contact with a job seeker of the own organisation (date, channel,
/// optional short note kept sealed and owner-only) and confirms or changes the availability date and werkfit status.
/// The profile's last contact moves forward (never back), it counts as updated, and the contact joins the history.
/// The profile, the contact and the audit record are saved in one transaction; the version read is checked.
/// </summary>
public static class RecordContact
{
    public sealed record Command
    {
        [Required]
        public DateOnly? OccurredOn { get; init; }

        [Required]
        [DefinedEnum]
        public JobSeekerContactChannel? Channel { get; init; }

        [StringLength(JobSeekerLimits.ContactNote)]
        public string? Note { get; init; }

        /// <summary>The availability date confirmed or changed; empty keeps the date on file.</summary>
        public DateOnly? AvailableFrom { get; init; }

        /// <summary>The werkfit status confirmed or changed; empty keeps the status on file. A change is assessed today by the user.</summary>
        [DefinedEnum]
        public WerkfitStatus? WerkfitStatus { get; init; }

        /// <summary>The version of the profile read.</summary>
        [Required]
        public int? Version { get; init; }
    }

    public sealed record Recorded(Guid ContactId, Guid JobSeekerId, DateOnly? LastContactOn, Freshness Freshness, int Version);

    /// <summary>One contact of the history, as the owner organisation sees it.</summary>
    public sealed record ContactView(DateOnly OccurredOn, JobSeekerContactChannel Channel, string? Note, string By);

    public const int HistoryShown = 10;

    public sealed class Handler(WerkbrugDb db, JobSeekerAccess access, PersonalDataVault vault, PersonalDataAudit audit, IOptions<FreshnessOptions> options, TimeProvider clock)
    {
        public async Task<Result<Recorded>> HandleAsync(Guid id, Command command, CancellationToken cancellationToken)
        {
            var profile = await access.Owned.FirstOrDefaultAsync(j => j.Id == id, cancellationToken);
            if (profile is null)
            {
                return Error.NotFound();
            }

            var today = DutchTime.Today(clock);
            var errors = InputValidator.Validate(command);
            var note = InputText.Clean(command.Note);
            if (command.OccurredOn is { } on && on > today)
            {
                errors.Add(Error.Validation(nameof(Command.OccurredOn), "ClientInView.ContactInFuture"));
            }
            else if (command.OccurredOn is { } earlier && earlier < profile.RegisteredOn)
            {
                errors.Add(Error.Validation(nameof(Command.OccurredOn), "ClientInView.ContactBeforeRegistration"));
            }

            if (PersonalDataDetector.LooksLikeBsn(note))
            {
                errors.Add(Error.Validation(nameof(Command.Note), "ClientInView.LooksLikeBsn"));
            }

            if (!profile.IsActive)
            {
                errors.Add(Error.Validation(nameof(Command.OccurredOn), "ClientInView.Deregistered"));
            }

            if (errors.Count > 0)
            {
                return Result<Recorded>.Failure(errors);
            }

            // Compared before it is declared, so a refused command leaves nothing pending in the context.
            if (profile.Version != command.Version!.Value || !db.IsCurrentVersion(profile, command.Version.Value))
            {
                return SaveOrConflict.StaleVersion;
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var me = db.Scope.UserId!.Value;
            var contact = new JobSeekerContact
            {
                RegionCode = profile.RegionCode,
                JobSeekerId = profile.Id,
                OccurredOn = command.OccurredOn!.Value,
                Channel = command.Channel!.Value,
                SealedNote = vault.SealContactNote(profile.RegionCode, note),
                ByUserId = me,
                CreatedAtUtc = now,
            };
            db.JobSeekerContacts.Add(contact);
            if (profile.LastContactOn is null || profile.LastContactOn < contact.OccurredOn)
            {
                profile.LastContactOn = contact.OccurredOn;
            }

            profile.AvailableFrom = command.AvailableFrom ?? profile.AvailableFrom;
            if (command.WerkfitStatus is { } status && status != profile.WerkfitStatus)
            {
                profile.AssessWerkfit(status, today, me);
            }

            // The case manager reviewed the profile with the person: it counts as updated.
            profile.UpdatedAtUtc = now;
            try
            {
                // The audit store saves the profile, the contact and the record in one transaction.
                await audit.RecordAsync(ProcessingActivities.ProfileManagement, AuditAction.Update, [profile.Pseudonym], cancellationToken);
            }
            catch (AuditLogUnavailableException exception) when (exception.InnerException is DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                return SaveOrConflict.StaleVersion;
            }

            var day = FreshnessOnDay.For(options, clock);
            return new Recorded(contact.Id, profile.Id, profile.LastContactOn, day.Of(profile.LastContactOn, profile.UpdatedAtUtc, profile.RegisteredOn), profile.Version);
        }

        /// <summary>
        /// The latest contacts of an own organisation's job seeker, newest first, with their notes opened for its case
        /// managers only (a sealed field): for the detail page of those who see the person by name, whose Read record
        /// covers them. Empty for anyone else.
        /// </summary>
        public async Task<IReadOnlyList<ContactView>> HistoryAsync(Guid id, CancellationToken cancellationToken)
        {
            var owned = access.Identified.Where(j => j.Id == id).Select(j => j.Id);
            var notes = access.OwnLevel.ShowsSealedFields();
            var contacts = await db.JobSeekerContacts.Where(c => owned.Contains(c.JobSeekerId))
                .OrderByDescending(c => c.OccurredOn).ThenByDescending(c => c.CreatedAtUtc).Take(HistoryShown)
                .Select(c => new
                {
                    c.RegionCode,
                    c.OccurredOn,
                    c.Channel,
                    c.SealedNote,
                    By = db.Users.Where(u => u.Id == c.ByUserId).Select(u => u.DisplayName).FirstOrDefault() ?? string.Empty,
                })
                .ToListAsync(cancellationToken);
            return contacts.Select(c => new ContactView(c.OccurredOn, c.Channel, notes ? vault.OpenContactNote(c.RegionCode, c.SealedNote) : null, c.By)).ToList();
        }
    }
}
