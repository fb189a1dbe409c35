using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Audit;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Referrals;
using Werkbrug.Domain.Vacancies;
using Werkbrug.Web.Features.JobSeekers;
using Werkbrug.Web.Features.VacancyOffers;
using Werkbrug.Web.Infrastructure.Audit;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Referrals;

/// <summary>
/// An adviser proposes a candidate of the regional pool (by pseudonym, as the match list shows them) for an open
/// vacancy (of the own region, or offered to it by another region: ADR 0035), with a motivation. Sent twice with the same idempotency key it creates one referral; a candidate with a
/// running referral for the same vacancy is not referred again.
/// </summary>
public static class ProposeReferral
{
    public sealed record Command
    {
        [Required]
        public Guid? VacancyId { get; init; }

        [Required]
        [StringLength(JobSeekerLimits.Pseudonym)]
        public string? Pseudonym { get; init; }

        [Required]
        [StringLength(ReferralLimits.Motivation)]
        public string? Motivation { get; init; }

        /// <summary>The client's key for this request (the Idempotency-Key header, or the form's hidden field).</summary>
        [StringLength(ReferralLimits.IdempotencyKey)]
        public string? IdempotencyKey { get; init; }
    }

    public sealed record Created(Guid Id, ReferralStatus Status, int Version, bool Replayed);

    /// <summary>The vacancy referred to; <paramref name="OfferingRegion"/> and <paramref name="OfferId"/> when another region offered it.</summary>
    private sealed record Target(Guid Id, Guid EmployerId, VacancyStatus Status, string? OfferingRegion, Guid? OfferId);

    private static readonly VacancyStatus[] OpenForReferral = [VacancyStatus.Open, VacancyStatus.CandidatesProposed, VacancyStatus.PartlyFilled];

    public sealed class Handler(WerkbrugDb db, JobSeekerAccess access, ReferralFollowUp followUp, PersonalDataAudit audit, TimeProvider clock)
    {
        public async Task<Result<Created>> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            var errors = InputValidator.Validate(command);
            if (errors.Count > 0)
            {
                return Result<Created>.Failure(errors);
            }

            var me = db.Scope.UserId ?? throw new InvalidOperationException("A referral is made by a signed-in user.");
            var key = InputText.Clean(command.IdempotencyKey);
            if (key is not null && await ReplayAsync(me, key, command, cancellationToken) is { } replayed)
            {
                return replayed;
            }

            // The own region's vacancy, or one another region offers to this region (the referral then waits for that region).
            var vacancy = await db.Vacancies.AsNoTracking().Where(v => v.Id == command.VacancyId)
                .Select(v => new Target(v.Id, v.EmployerId, v.Status, null, null)).FirstOrDefaultAsync(cancellationToken);
            if (vacancy is null && await OfferedVacancies.FindAsync(db, command.VacancyId!.Value, cancellationToken) is { } offered)
            {
                vacancy = new Target(offered.Vacancy.Id, offered.Vacancy.EmployerId, offered.Vacancy.Status, offered.Vacancy.RegionCode, offered.Offer.OfferId);
            }

            if (vacancy is null)
            {
                return Error.Validation(nameof(Command.VacancyId), "Referral.UnknownVacancy");
            }

            if (!OpenForReferral.Contains(vacancy.Status))
            {
                return Error.Validation(nameof(Command.VacancyId), "Referral.VacancyNotOpen");
            }

            var pseudonym = command.Pseudonym!.Trim();
            var profile = Pseudonyms.IsWellFormed(pseudonym)
                ? await db.JobSeekers.AsNoTracking().FirstOrDefaultAsync(j => j.Pseudonym == pseudonym && j.DeregisteredOn == null, cancellationToken)
                : null;
            if (profile is null || access.Of(profile) == DisclosureLevel.None)
            {
                return Error.Validation(nameof(Command.Pseudonym), "Shortlist.UnknownCandidate");
            }

            var open = ReferralWorkflow.Open.ToArray();
            var earlier = await db.Referrals.Where(r => r.VacancyId == vacancy.Id && r.JobSeekerId == profile.Id && (open.Contains(r.Status) || r.Status == ReferralStatus.Hired))
                .Select(r => (ReferralStatus?)r.Status).FirstOrDefaultAsync(cancellationToken);
            if (earlier is { } status)
            {
                return Error.Conflict(status == ReferralStatus.Hired ? "Referral.AlreadyHired" : "Referral.AlreadyReferred", nameof(Command.Pseudonym));
            }

            var referral = new Referral
            {
                RegionCode = profile.RegionCode,
                VacancyId = vacancy.Id,
                EmployerId = vacancy.EmployerId,
                JobSeekerId = profile.Id,
                Pseudonym = profile.Pseudonym,
                OwnerOrganisationId = profile.OwnerOrganisationId,
                ReferringOrganisationId = db.Scope.OrganisationId ?? throw new InvalidOperationException("A referral is made for an organisation."),
                ReferredByUserId = me,
                VacancyRegionCode = vacancy.OfferingRegion,
                VacancyOfferId = vacancy.OfferId,
                Motivation = command.Motivation!.Trim(),
                IdempotencyKey = key,
                CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            };
            referral.Proposed(referral.CreatedAtUtc);
            db.Referrals.Add(referral);
            await followUp.AfterAsync(referral, ReferralStatus.Proposed, null, cancellationToken);
            await audit.RecordAsync(ProcessingActivities.Referral, AuditAction.Create, [referral.Pseudonym], cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException) when (key is not null)
            {
                // The same key at the same moment: the other request stored it (the unique index refused this one).
                db.ChangeTracker.Clear();
                return await ReplayAsync(me, key, command, cancellationToken) ?? throw new InvalidOperationException("The referral was neither stored nor found.");
            }

            return new Created(referral.Id, referral.Status, referral.Version, false);
        }

        /// <summary>The vacancies open for a referral, as the form offers them ("title – municipality"), at most 500.</summary>
        public async Task<IReadOnlyList<KeyValuePair<string, string>>> VacanciesAsync(CancellationToken cancellationToken)
        {
            var vacancies = await db.Vacancies.Where(v => OpenForReferral.Contains(v.Status)).OrderBy(v => v.Title)
                .Select(v => new { v.Id, v.Title, v.MunicipalityName }).Take(500).ToListAsync(cancellationToken);

            // Formatted here, not in SQL: SQLite keeps a GUID as upper-case text.
            return [.. vacancies.Select(v => KeyValuePair.Create(v.Id.ToString(), $"{v.Title} – {v.MunicipalityName}"))];
        }

        /// <summary>
        /// The referral an earlier request with this key created, if this request is the same one (vacancy, candidate and
        /// motivation as stored); a key reused for anything else is refused, never answered as a replay.
        /// </summary>
        private async Task<Result<Created>?> ReplayAsync(Guid me, string key, Command command, CancellationToken cancellationToken)
        {
            var earlier = await db.Referrals.AsNoTracking().Where(r => r.ReferredByUserId == me && r.IdempotencyKey == key)
                .Select(r => new { r.Id, r.Status, r.Version, r.VacancyId, r.Pseudonym, r.Motivation }).FirstOrDefaultAsync(cancellationToken);
            if (earlier is null)
            {
                return null;
            }

            return earlier.VacancyId == command.VacancyId && earlier.Pseudonym == command.Pseudonym?.Trim() && earlier.Motivation == command.Motivation?.Trim()
                ? new Created(earlier.Id, earlier.Status, earlier.Version, true)
                : Error.Conflict("Referral.IdempotencyKeyReused", nameof(Command.IdempotencyKey));
        }
    }
}
