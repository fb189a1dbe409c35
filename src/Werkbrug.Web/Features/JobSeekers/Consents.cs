using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Audit;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Web.Infrastructure.Audit;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.JobSeekers;

/// <summary>A consent or legal-basis record as the owner organisation sees it.</summary>
public sealed record ConsentView(
    Guid Id, Guid JobSeekerId, ConsentKind Kind, LegalBasisCode? LegalBasis, DataCategories Categories, Guid? RecipientOrganisationId,
    string Recipient, bool OutsideRegion, ConsentPurpose Purpose, bool Explicit, string? Note, DateOnly ValidFrom, DateOnly? ValidUntil,
    DateOnly? WithdrawnOn, string? WithdrawalReason, bool IsActive, int Version);

/// <summary>The consents and legal bases of one job seeker of the own organisation, for those who see them by name (its case managers and managers; others get 404).</summary>
public static class ConsentList
{
    public sealed record Listing(Guid JobSeekerId, string Pseudonym, string Name, IReadOnlyList<ConsentView> Items);

    public sealed class Handler(WerkbrugDb db, JobSeekerAccess access, PersonalDataAudit audit, TimeProvider clock)
    {
        public async Task<Result<Listing>> HandleAsync(Guid jobSeekerId, CancellationToken cancellationToken)
        {
            var profile = await access.Identified.AsNoTracking().Select(j => new { j.Id, j.Pseudonym, j.GivenName, j.Surname })
                .FirstOrDefaultAsync(j => j.Id == jobSeekerId, cancellationToken);
            if (profile is null)
            {
                return Error.NotFound();
            }

            var items = await ReadAsync(db, jobSeekerId, DutchTime.Today(clock), cancellationToken);
            await audit.RecordAsync(ProcessingActivities.ProfileManagement, AuditAction.Read, [profile.Pseudonym], cancellationToken);
            return new Listing(profile.Id, profile.Pseudonym, $"{profile.GivenName} {profile.Surname}", items);
        }

        /// <summary>The organisations of the region a consent may name as recipient: every one but the own, by name.</summary>
        public async Task<IReadOnlyList<KeyValuePair<string, string>>> RecipientsAsync(CancellationToken cancellationToken)
        {
            var own = db.Scope.OrganisationId;
            var organisations = await db.Organisations.Where(o => o.Id != own).OrderBy(o => o.Name).Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken);
            return [.. organisations.Select(o => KeyValuePair.Create(o.Id.ToString(), o.Name))];
        }

        internal static async Task<IReadOnlyList<ConsentView>> ReadAsync(WerkbrugDb db, Guid jobSeekerId, DateOnly today, CancellationToken cancellationToken)
        {
            var consents = await db.Consents.AsNoTracking().Where(c => c.JobSeekerId == jobSeekerId).ToListAsync(cancellationToken);
            var recipients = consents.Where(c => c.RecipientOrganisationId is not null).Select(c => c.RecipientOrganisationId!.Value).Distinct().ToList();
            var names = await db.Organisations.Where(o => recipients.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
            return consents.OrderByDescending(c => c.IsActiveOn(today)).ThenByDescending(c => c.ValidFrom).ThenBy(c => c.Id)
                .Select(c => View(c, c.RecipientOrganisationId is { } r ? names.GetValueOrDefault(r) ?? string.Empty : c.OutsideRecipient ?? string.Empty, today))
                .ToList();
        }

        internal static ConsentView View(Consent c, string recipient, DateOnly today) => new(
            c.Id, c.JobSeekerId, c.Kind, c.LegalBasis, c.Categories, c.RecipientOrganisationId, recipient, c.OutsideRegion, c.Purpose, c.Explicit,
            c.Note, c.ValidFrom, c.ValidUntil, c.WithdrawnOn, c.WithdrawalReason, c.IsActiveOn(today), c.Version);
    }
}

/// <summary>The owner's case manager records a consent or legal basis for sharing a job seeker's data.</summary>
public static class RecordConsent
{
    public sealed record Command
    {
        [Required]
        [DefinedEnum]
        public ConsentKind? Kind { get; init; }

        [DefinedEnum]
        public LegalBasisCode? LegalBasis { get; init; }

        [Required]
        public List<DataCategories>? Categories { get; init; }

        public Guid? RecipientOrganisationId { get; init; }

        [StringLength(ConsentLimits.OutsideRecipient)]
        public string? OutsideRecipient { get; init; }

        [Required]
        [DefinedEnum]
        public ConsentPurpose? Purpose { get; init; }

        public bool Explicit { get; init; }

        [StringLength(ConsentLimits.Note)]
        public string? Note { get; init; }

        [Required]
        public DateOnly? ValidFrom { get; init; }

        public DateOnly? ValidUntil { get; init; }
    }

    public sealed class Handler(WerkbrugDb db, JobSeekerAccess access, PersonalDataAudit audit, TimeProvider clock)
    {
        public async Task<Result<ConsentView>> HandleAsync(Guid jobSeekerId, Command command, CancellationToken cancellationToken)
        {
            var profile = await access.Owned.AsNoTracking().FirstOrDefaultAsync(j => j.Id == jobSeekerId, cancellationToken);
            if (profile is null)
            {
                return Error.NotFound();
            }

            var errors = InputValidator.Validate(command);
            var categories = (command.Categories ?? []).Aggregate(DataCategories.None, (all, c) => all | c);
            if ((command.Categories ?? []).Any(c => c is not (DataCategories.ContactDetails or DataCategories.FullProfile or DataCategories.WorkRequirements)))
            {
                errors.Add(Error.Validation("Categories", "Validation.Invalid"));
            }

            var outside = InputText.Clean(command.OutsideRecipient);
            if (errors.Count == 0)
            {
                errors.AddRange(Consent.Check(
                    command.Kind!.Value, command.LegalBasis, categories, command.RecipientOrganisationId, outside, command.Purpose!.Value, command.Explicit,
                    command.ValidFrom!.Value, command.ValidUntil));
            }

            string? recipientName = outside;
            if (errors.Count == 0 && command.RecipientOrganisationId is { } recipient)
            {
                // The region filter makes an organisation of another region unknown here.
                recipientName = await db.Organisations.Where(o => o.Id == recipient).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken);
                if (recipientName is null)
                {
                    errors.Add(Error.Validation("RecipientOrganisationId", "Consent.UnknownRecipient"));
                }
                else if (recipient == profile.OwnerOrganisationId)
                {
                    errors.Add(Error.Validation("RecipientOrganisationId", "Consent.RecipientIsOwner"));
                }
            }

            if (errors.Count > 0)
            {
                return Result<ConsentView>.Failure(errors);
            }

            var consent = new Consent
            {
                RegionCode = profile.RegionCode,
                JobSeekerId = profile.Id,
                Kind = command.Kind!.Value,
                LegalBasis = command.LegalBasis,
                Categories = categories,
                RecipientOrganisationId = command.RecipientOrganisationId,
                OutsideRecipient = outside,
                Purpose = command.Purpose!.Value,
                Explicit = command.Explicit,
                Note = InputText.Clean(command.Note),
                ValidFrom = command.ValidFrom!.Value,
                ValidUntil = command.ValidUntil,
                RecordedByUserId = db.Scope.UserId!.Value,
                RecordedAtUtc = clock.GetUtcNow().UtcDateTime,
            };
            db.Consents.Add(consent);
            // The audit store saves the record and its audit records in one transaction.
            await audit.RecordAsync(ProcessingActivities.ProfileManagement, AuditAction.Create, [profile.Pseudonym], cancellationToken);
            return ConsentList.Handler.View(consent, recipientName ?? string.Empty, DutchTime.Today(clock));
        }
    }
}

/// <summary>The owner's case manager withdraws a consent or legal basis: final, effective today, for every later read.</summary>
public static class WithdrawConsent
{
    public sealed record Command
    {
        [Required]
        [StringLength(ConsentLimits.Note)]
        public string? Reason { get; init; }
    }

    public sealed class Handler(WerkbrugDb db, JobSeekerAccess access, PersonalDataAudit audit, TimeProvider clock)
    {
        public async Task<Result<ConsentView>> HandleAsync(Guid consentId, Command command, CancellationToken cancellationToken)
        {
            var consent = await db.Consents.FirstOrDefaultAsync(c => c.Id == consentId, cancellationToken);
            var profile = consent is null ? null
                : await access.Owned.AsNoTracking().Select(j => new { j.Id, j.Pseudonym }).FirstOrDefaultAsync(j => j.Id == consent.JobSeekerId, cancellationToken);
            if (consent is null || profile is null)
            {
                return Error.NotFound();
            }

            var errors = InputValidator.Validate(command);
            if (errors.Count > 0)
            {
                return Result<ConsentView>.Failure(errors);
            }

            var today = DutchTime.Today(clock);
            var withdrawn = consent.Withdraw(today, db.Scope.UserId!.Value, command.Reason!.Trim());
            if (!withdrawn.IsSuccess)
            {
                return Result<ConsentView>.Failure(withdrawn.Errors);
            }

            await audit.RecordAsync(ProcessingActivities.ProfileManagement, AuditAction.Update, [profile.Pseudonym], cancellationToken);
            var recipient = consent.RecipientOrganisationId is { } r
                ? await db.Organisations.Where(o => o.Id == r).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken)
                : consent.OutsideRecipient;
            return ConsentList.Handler.View(consent, recipient ?? string.Empty, today);
        }
    }
}
