using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Audit;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Referrals;
using Werkbrug.Web.Features.Instruments;
using Werkbrug.Web.Features.Referrals;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Audit;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.EmployerLinks;

/// <summary>
/// What the employer sees through its link: the referrals for its vacancy (from "sent to employer" on, as
/// <see cref="ReferralAccess"/> decides) and each referral's sheet. The sheet holds the anonymous part (pseudonym,
/// motivation, matching profile) and only the categories the owner disclosed; the functional work requirements only
/// on the candidate's explicit consent; never the BSN; and the instruments that may come with hiring, on what an employer
/// may be told only (<see cref="ReferralInstruments"/>). Every read is audit-logged before the data is returned.
/// </summary>
public static class EmployerReferrals
{
    public sealed record Item(Guid Id, string Pseudonym, ReferralStatus Status, int Version, DateOnly? InterviewOn, DateTime UpdatedAtUtc);

    /// <summary>The vacancy the link is for.</summary>
    public sealed record LinkVacancy(Guid VacancyId, string VacancyTitle);

    public sealed record Listing(LinkVacancy Vacancy, Paged<Item> Referrals);

    public sealed record CompetenceLevel(Competence Code, Mastery Mastery);

    public sealed record Contact(string Name, string? Email, string? Phone);

    public sealed record Experience(string Occupation, string? Organisation, DateOnly? From, DateOnly? Until);

    public sealed record EducationItem(string Name, EducationLevel Level, EducationStatus Status, string? Institution);

    public sealed record FullProfile(DateOnly BirthDate, bool JobsAgreementTarget, IReadOnlyList<Experience> WorkExperience, IReadOnlyList<EducationItem> Education, IReadOnlyList<string> Traits, IReadOnlyList<string> Interests);

    public sealed record WorkRequirements(Indicator Adaptation, Indicator Supervision, Indicator Variation, string? Adjustments);

    public sealed record Sheet(
        Guid Id, string VacancyTitle, string Pseudonym, string Motivation, ReferralStatus Status, int Version, DateOnly? InterviewOn,
        RejectionReason? RejectionReason, DateOnly? OutcomeOn, IReadOnlyList<string> Skills, IReadOnlyList<CompetenceLevel> Competences,
        IReadOnlyList<LanguageSkill> Languages, WorkAndThinkingLevel? WorkAndThinkingLevel, IReadOnlyList<EducationLevel> EducationLevels,
        IReadOnlyList<string> DrivingLicences, DateOnly? AvailableFrom, int? MinHoursPerWeek, int? MaxHoursPerWeek,
        DataCategories Disclosed, Contact? Contact, FullProfile? Profile, WorkRequirements? WorkRequirements,
        ReferralInstruments.View? Instruments)
    {
        public bool CanInvite => Status == ReferralStatus.SentToEmployer;

        public bool CanDecide => Status is ReferralStatus.SentToEmployer or ReferralStatus.Invited;
    }

    public sealed class Handler(WerkbrugDb db, PersonalDataAudit audit, PersonalDataVault vault, ReferralInstruments instruments)
    {
        /// <summary>The link's vacancy, or NotFound when it is gone.</summary>
        public async Task<Result<LinkVacancy>> VacancyAsync(CancellationToken cancellationToken)
        {
            var vacancyId = EmployerLinkClaims.VacancyOf(db.Scope);
            var title = vacancyId is null
                ? null
                : await db.Vacancies.AsNoTracking().Where(v => v.Id == vacancyId).Select(v => v.Title).FirstOrDefaultAsync(cancellationToken);
            return title is null ? Error.NotFound() : new LinkVacancy(vacancyId!.Value, title);
        }

        /// <summary>The link's vacancy and one page of the referrals sent to it, newest first.</summary>
        public async Task<Result<Listing>> ListAsync(PageRequest paging, CancellationToken cancellationToken)
        {
            var errors = InputValidator.Validate(paging);
            if (errors.Count > 0)
            {
                return Result<Listing>.Failure(errors);
            }

            var vacancy = await VacancyAsync(cancellationToken);
            if (!vacancy.IsSuccess)
            {
                return Result<Listing>.Failure(vacancy.Errors);
            }

            var referrals = ReferralAccess.Visible(db).AsNoTracking();
            var page = await referrals.OrderByDescending(r => r.CreatedAtUtc).ThenBy(r => r.Id)
                .Select(r => new Item(r.Id, r.Pseudonym, r.Status, r.Version, r.InterviewOn, r.UpdatedAtUtc)).ToPagedAsync(paging, cancellationToken);

            // Candidates referred from another region (the vacancy was offered there) are logged in their own region.
            var ids = page.Items.Select(i => i.Id).ToList();
            var regions = await referrals.Where(r => ids.Contains(r.Id)).Select(r => new { r.Id, r.RegionCode }).ToDictionaryAsync(r => r.Id, r => r.RegionCode, cancellationToken);
            foreach (var region in page.Items.GroupBy(i => regions.GetValueOrDefault(i.Id) ?? db.Scope.RegionCode!))
            {
                await (region.Key == db.Scope.RegionCode
                    ? audit.RecordAsync(ProcessingActivities.Referral, AuditAction.List, [.. region.Select(i => i.Pseudonym)], cancellationToken)
                    : audit.RecordForRegionAsync(region.Key, ProcessingActivities.Referral, AuditAction.List, [.. region.Select(i => i.Pseudonym)], cancellationToken));
            }

            return new Listing(vacancy.Value, page);
        }

        public async Task<Result<Sheet>> SheetAsync(Guid id, CancellationToken cancellationToken)
        {
            var referral = await ReferralAccess.Visible(db).AsNoTracking().Where(r => r.Id == id)
                .Select(r => new
                {
                    r.Id,
                    r.RegionCode,
                    r.VacancyId,
                    r.JobSeekerId,
                    r.Pseudonym,
                    r.Motivation,
                    r.Status,
                    r.Version,
                    r.InterviewOn,
                    r.RejectionReason,
                    r.OutcomeOn,
                    r.Disclosure,
                    r.DisclosureBasis,
                    r.ExplicitConsent,
                })
                .FirstOrDefaultAsync(cancellationToken);
            if (referral is null)
            {
                return Error.NotFound();
            }

            var title = await db.Vacancies.AsNoTracking().Where(v => v.Id == referral.VacancyId).Select(v => v.Title).FirstOrDefaultAsync(cancellationToken) ?? string.Empty;
            // The candidate of a referral sent to this employer, in the candidate's region (another one when the vacancy was offered there).
            var profile = await ReferralAccess.CandidateOf(db, referral.JobSeekerId, referral.RegionCode).AsNoTracking().FirstOrDefaultAsync(cancellationToken);
            var disclosed = referral.Disclosure;
            var showRequirements = disclosed.HasFlag(DataCategories.WorkRequirements) && referral.DisclosureBasis == ConsentKind.Consent && referral.ExplicitConsent;
            var requirements = profile is not null && showRequirements ? vault.OpenWorkRequirements(profile.RegionCode, profile.SealedWorkRequirements) : null;

            var fullProfile = profile is not null && disclosed.HasFlag(DataCategories.FullProfile);
            var guide = await instruments.ForVacancyAsync(referral.VacancyId, fullProfile ? profile!.BirthDate : null, cancellationToken);

            await (referral.RegionCode == db.Scope.RegionCode
                ? audit.RecordAsync(ProcessingActivities.Referral, AuditAction.Read, [referral.Pseudonym], cancellationToken)
                : audit.RecordForRegionAsync(referral.RegionCode, ProcessingActivities.Referral, AuditAction.Read, [referral.Pseudonym], cancellationToken));
            return new Sheet(
                referral.Id, title, referral.Pseudonym, referral.Motivation, referral.Status, referral.Version, referral.InterviewOn,
                referral.RejectionReason, referral.OutcomeOn,
                [.. (profile?.Skills ?? []).Select(s => s.Label)],
                [.. (profile?.Competences ?? []).Select(c => new CompetenceLevel(c.Code, c.Mastery))],
                [.. profile?.Languages ?? []],
                profile?.WorkAndThinkingLevel,
                [.. (profile?.Education ?? []).Where(e => e.Status != EducationStatus.Discontinued).Select(e => e.Level).Distinct().Order()],
                [.. profile?.DrivingLicences ?? []],
                profile?.AvailableFrom, profile?.Preferences.MinHoursPerWeek, profile?.Preferences.MaxHoursPerWeek,
                disclosed & ~(showRequirements ? DataCategories.None : DataCategories.WorkRequirements),
                profile is not null && disclosed.HasFlag(DataCategories.ContactDetails)
                    ? new Contact($"{profile.GivenName} {profile.Surname}", profile.Email, profile.Phone) : null,
                fullProfile
                    ? new FullProfile(
                        profile!.BirthDate, profile.JobsAgreementTarget,
                        [.. profile.WorkExperience.Select(w => new Experience(w.Occupation, w.Organisation, w.From, w.Until))],
                        [.. profile.Education.Select(e => new EducationItem(e.Name, e.Level, e.Status, e.Institution))],
                        [.. profile.Traits], [.. profile.Interests])
                    : null,
                requirements is null ? null : new WorkRequirements(requirements.Adaptation, requirements.Supervision, requirements.Variation, requirements.Adjustments),
                guide);
        }
    }
}
