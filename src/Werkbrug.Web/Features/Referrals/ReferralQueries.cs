using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Audit;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Referrals;
using Werkbrug.Web.Features.JobSeekers;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Audit;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Referrals;

/// <summary>
/// A row of a referral list: the candidate by name only where the privacy model allows it. <see cref="RegionCode"/> is the
/// candidate's region, <see cref="VacancyRegionCode"/> the vacancy's when another region offered it.
/// </summary>
public sealed record ReferralRow(
    Guid Id, ReferralStatus Status, Guid VacancyId, string VacancyTitle, string EmployerName, string Pseudonym, string? CandidateName,
    string ReferringOrganisation, string OwnerOrganisation, DateTime CreatedAtUtc, DateTime UpdatedAtUtc)
{
    public string RegionCode { get; init; } = string.Empty;

    public string? VacancyRegionCode { get; init; }
}

public static class ReferralList
{
    public sealed record Query : PageRequest
    {
        public Guid? VacancyId { get; init; }

        public ReferralStatus? Status { get; init; }

        /// <summary>Only the referrals waiting for a step of the current user's organisation.</summary>
        public bool? WaitingForUs { get; init; }
    }

    public sealed class Handler(WerkbrugDb db, JobSeekerAccess access, PersonalDataAudit audit)
    {
        public async Task<Result<Paged<ReferralRow>>> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            var errors = InputValidator.Validate(query);
            if (errors.Count > 0)
            {
                return Result<Paged<ReferralRow>>.Failure(errors);
            }

            var referrals = ReferralAccess.Visible(db);
            if (query.VacancyId is { } vacancy)
            {
                referrals = referrals.Where(r => r.VacancyId == vacancy);
            }

            if (query.Status is { } status)
            {
                if (!Enum.IsDefined(status))
                {
                    return Error.Validation(nameof(Query.Status), "Validation.Invalid");
                }

                referrals = referrals.Where(r => r.Status == status);
            }

            var organisation = db.Scope.OrganisationId ?? Guid.Empty;
            if (query.WaitingForUs == true)
            {
                var region = db.Scope.RegionCode;
                referrals = referrals.Where(r =>
                    (r.Status == ReferralStatus.AwaitingOwner && r.OwnerOrganisationId == organisation)
                    || (r.Status == ReferralStatus.Proposed && r.ReferringOrganisationId == organisation)
                    || (r.Status == ReferralStatus.AwaitingVacancyOwner && r.VacancyRegionCode == region));
            }

            var page = await referrals.OrderByDescending(r => r.UpdatedAtUtc).ThenBy(r => r.Id).ToRows(db, access).ToPagedAsync(query, cancellationToken);
            await audit.RecordAsync(ProcessingActivities.Referral, AuditAction.List, [.. page.Items.Where(r => r.RegionCode == db.Scope.RegionCode).Select(r => r.Pseudonym)], cancellationToken);
            foreach (var other in page.Items.Where(r => r.RegionCode != db.Scope.RegionCode).GroupBy(r => r.RegionCode))
            {
                await audit.RecordForRegionAsync(other.Key, ProcessingActivities.Referral, AuditAction.List, [.. other.Select(r => r.Pseudonym)], cancellationToken);
            }

            return page;
        }
    }

    /// <summary>
    /// The rows with names joined in the database; the candidate's name for those of the owner organisation who see its
    /// job seekers by name (<see cref="JobSeekerAccess.Identified"/>), or for the referring organisation once disclosed.
    /// </summary>
    public static IQueryable<ReferralRow> ToRows(this IQueryable<Referral> referrals, WerkbrugDb db, JobSeekerAccess access)
    {
        ArgumentNullException.ThrowIfNull(access);
        var organisation = db.Scope.OrganisationId ?? Guid.Empty;
        var ownNamed = access.OwnLevel.ShowsIdentity();
        var running = new[] { ReferralStatus.SentToEmployer, ReferralStatus.Invited, ReferralStatus.Hired };

        // The vacancy, employer and organisations of a visible referral, read in their own region (another one when the vacancy
        // was offered across regions, ADR 0035); each subquery names the region it reads.
        var vacancies = db.Vacancies.IgnoreQueryFilters([WerkbrugDb.RegionFilter]);
        var employers = db.Employers.IgnoreQueryFilters([WerkbrugDb.RegionFilter]);
        var organisations = db.Organisations.IgnoreQueryFilters([WerkbrugDb.RegionFilter]);
        var jobSeekers = db.JobSeekers.IgnoreQueryFilters([WerkbrugDb.RegionFilter]);
        return referrals.AsNoTracking().Select(r => new ReferralRow(
            r.Id,
            r.Status,
            r.VacancyId,
            vacancies.Where(v => v.Id == r.VacancyId && v.RegionCode == (r.VacancyRegionCode ?? r.RegionCode)).Select(v => v.Title).FirstOrDefault() ?? string.Empty,
            employers.Where(e => e.Id == r.EmployerId && e.RegionCode == (r.VacancyRegionCode ?? r.RegionCode)).Select(e => e.TradeName).FirstOrDefault() ?? string.Empty,
            r.Pseudonym,
            (ownNamed && r.OwnerOrganisationId == organisation)
                || (r.ReferringOrganisationId == organisation && running.Contains(r.Status) && ((int)r.Disclosure & (int)DataCategories.ContactDetails) != 0)
                ? jobSeekers.Where(j => j.Id == r.JobSeekerId && j.RegionCode == r.RegionCode).Select(j => j.GivenName + " " + j.Surname).FirstOrDefault()
                : null,
            organisations.Where(o => o.Id == r.ReferringOrganisationId && o.RegionCode == r.RegionCode).Select(o => o.Name).FirstOrDefault() ?? string.Empty,
            organisations.Where(o => o.Id == r.OwnerOrganisationId && o.RegionCode == r.RegionCode).Select(o => o.Name).FirstOrDefault() ?? string.Empty,
            r.CreatedAtUtc,
            r.UpdatedAtUtc)
        {
            RegionCode = r.RegionCode,
            VacancyRegionCode = r.VacancyRegionCode,
        });
    }
}

public static class ReferralDetails
{
    public sealed record Event(ReferralStatus? From, ReferralStatus To, DateTime AtUtc, string By, bool ByEmployer, string? Note);

    /// <summary>
    /// One referral with its history and the steps the current user may take. <see cref="Candidate"/> shows the candidate
    /// as <see cref="JobSeekerAccess"/> allows it (the owner's case managers and managers: contact details and profile;
    /// everybody else, the referring organisation included: what the owner disclosed or another grant unlocked); never
    /// the BSN, work requirements only under explicit consent.
    /// </summary>
    public sealed record View(
        Guid Id, int Version, ReferralStatus Status, Guid VacancyId, string VacancyTitle, Guid EmployerId, string EmployerName,
        string Pseudonym, Guid? JobSeekerId, SharedProfile? Candidate,
        string ReferringOrganisation, string ReferredBy, string OwnerOrganisation, string Motivation,
        DataCategories Disclosure, ConsentKind? DisclosureBasis, LegalBasisCode? DisclosureLegalBasis, bool ExplicitConsent,
        DateOnly? InterviewOn, RejectionReason? RejectionReason, string? OutcomeNote, DateOnly? OutcomeOn, Guid? PlacementId,
        IReadOnlyList<Event> History, IReadOnlyList<string> Steps, DateTime CreatedAtUtc);

    public sealed class Handler(WerkbrugDb db, JobSeekerAccess access, PersonalDataVault vault, PersonalDataAudit audit, TimeProvider clock)
    {
        public async Task<Result<View>> HandleAsync(Guid id, CancellationToken cancellationToken)
        {
            var referral = await ReferralAccess.Visible(db).AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
            if (referral is null)
            {
                return Error.NotFound();
            }

            var profile = await db.JobSeekers.AsNoTracking().FirstOrDefaultAsync(j => j.Id == referral.JobSeekerId, cancellationToken);
            var owner = await NameOfOrganisationAsync(referral.OwnerOrganisationId, cancellationToken);
            SharedProfile? candidate = null;
            var named = false;
            if (profile is not null)
            {
                named = access.Of(profile).ShowsIdentity();
                var categories = named ? DataCategories.ContactDetails | DataCategories.FullProfile : await access.GrantsAsync(profile, cancellationToken);
                candidate = SharedProfile.From(profile, categories, vault, owner, DutchTime.Today(clock));
            }

            var userIds = referral.History.Where(e => e.ByUserId is not null).Select(e => e.ByUserId!.Value).Append(referral.ReferredByUserId).Distinct().ToList();
            var users = await db.Users.Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
            var vacancyRegion = referral.VacancyRegionCode ?? referral.RegionCode;
            var vacancy = await ReferralAccess.VacancyOf(db, referral.VacancyId, referral.RegionCode, referral.VacancyRegionCode).Select(v => v.Title).FirstOrDefaultAsync(cancellationToken);
            var employer = await db.Employers.IgnoreQueryFilters([WerkbrugDb.RegionFilter]).Where(e => e.Id == referral.EmployerId && e.RegionCode == vacancyRegion)
                .Select(e => e.TradeName).FirstOrDefaultAsync(cancellationToken);
            var placement = await db.Placements.Where(p => p.ReferralId == referral.Id).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(cancellationToken);

            await (referral.RegionCode == db.Scope.RegionCode
                ? audit.RecordAsync(ProcessingActivities.Referral, AuditAction.Read, [referral.Pseudonym], cancellationToken)
                : audit.RecordForRegionAsync(referral.RegionCode, ProcessingActivities.Referral, AuditAction.Read, [referral.Pseudonym], cancellationToken));
            return new View(
                referral.Id, referral.Version, referral.Status, referral.VacancyId, vacancy ?? string.Empty, referral.EmployerId, employer ?? string.Empty,
                referral.Pseudonym, named ? referral.JobSeekerId : null, candidate,
                await NameOfOrganisationAsync(referral.ReferringOrganisationId, cancellationToken), users.GetValueOrDefault(referral.ReferredByUserId) ?? string.Empty, owner,
                referral.Motivation, referral.Disclosure, referral.DisclosureBasis, referral.DisclosureLegalBasis, referral.ExplicitConsent,
                referral.InterviewOn, referral.RejectionReason, referral.OutcomeNote, referral.OutcomeOn, placement,
                [.. referral.History.OrderBy(e => e.Sequence).Select(e => new Event(
                    e.From, e.To, e.AtUtc, e.ByUserId is { } by ? users.GetValueOrDefault(by) ?? string.Empty : string.Empty, e.ByEmployerLinkId is not null, e.Note))],
                ReferralAccess.StepsFor(db.Scope, referral), referral.CreatedAtUtc);
        }

        private async Task<string> NameOfOrganisationAsync(Guid id, CancellationToken cancellationToken) =>
            await db.Organisations.IgnoreQueryFilters([WerkbrugDb.RegionFilter]).Where(o => o.Id == id).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken) ?? string.Empty;
    }
}
