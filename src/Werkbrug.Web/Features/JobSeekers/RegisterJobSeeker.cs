using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Audit;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Employers;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Web.Features.Matching;
using Werkbrug.Web.Infrastructure.Audit;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.JobSeekers;

/// <summary>
/// Registers and edits job seekers. The owner organisation is the user's; on registration the user becomes
/// the case manager. The BSN and the functional work requirements are sealed before they reach the entity, and
/// the profile and its audit records are saved in one transaction.
/// </summary>
public static class SaveJobSeeker
{
    public sealed class Handler(
        WerkbrugDb db, JobSeekerAccess access, PersonalDataVault vault, PersonalDataAudit audit, PossibleDuplicates.Handler duplicates, MatchingCodes codes, TimeProvider clock)
    {
        public async Task<Result<Guid>> RegisterAsync(ProfileInput input, CancellationToken cancellationToken)
        {
            var (errors, values) = await CheckAsync(input, null, cancellationToken);
            if (errors.Count > 0)
            {
                return Result<Guid>.Failure(errors);
            }

            var profile = await AddAsync(input, values, db.Scope.UserId!.Value, DutchTime.Today(clock), cancellationToken);
            // The audit store saves the profile and its record in one transaction.
            await audit.RecordAsync(ProcessingActivities.ProfileManagement, AuditAction.Create, [profile.Pseudonym], cancellationToken);
            await duplicates.FlagOneAsync(profile, cancellationToken);
            return profile.Id;
        }

        public async Task<Result<int>> EditAsync(Guid id, ProfileInput input, CancellationToken cancellationToken)
        {
            var profile = await access.Owned.FirstOrDefaultAsync(j => j.Id == id, cancellationToken);
            if (profile is null)
            {
                return Error.NotFound();
            }

            var (errors, values) = await CheckAsync(input, profile.Id, cancellationToken);
            if (input.Version is null)
            {
                errors.Add(Error.Validation("Version", "Validation.Required"));
            }

            if (input.DeregisteredOn is { } off && off < (input.RegisteredOn ?? profile.RegisteredOn))
            {
                errors.Add(Error.Validation("DeregisteredOn", "JobSeeker.DeregisteredBeforeRegistered"));
            }

            if (errors.Count > 0)
            {
                return Result<int>.Failure(errors);
            }

            if (!db.IsCurrentVersion(profile, input.Version!.Value))
            {
                return SaveOrConflict.StaleVersion;
            }

            await ApplyAsync(profile, input, values, cancellationToken);
            profile.RegisteredOn = input.RegisteredOn ?? profile.RegisteredOn;
            profile.DeregisteredOn = input.DeregisteredOn;
            try
            {
                await audit.RecordAsync(ProcessingActivities.ProfileManagement, AuditAction.Update, [profile.Pseudonym], cancellationToken);
            }
            catch (AuditLogUnavailableException exception) when (exception.InnerException is DbUpdateConcurrencyException)
            {
                return SaveOrConflict.StaleVersion;
            }

            if (values.Bsn is not null)
            {
                await duplicates.FlagOneAsync(profile, cancellationToken);
            }

            return profile.Version;
        }

        private async Task<(List<Error> Errors, ProfileInputRules.Checked Values)> CheckAsync(ProfileInput input, Guid? except, CancellationToken cancellationToken)
        {
            var errors = InputValidator.Validate(input);
            var values = ProfileInputRules.Check(input, DutchTime.Today(clock), errors);
            if (values.Pc4 is { } pc4 && !errors.Any(e => e.Field == "Postcode") && !await db.PostcodeAreas.AnyAsync(p => p.Pc4 == pc4, cancellationToken))
            {
                errors.Add(Error.Validation("Postcode", "Employer.UnknownPostcode", pc4));
            }

            if (InputText.Clean(input.ExternalId) is { } externalId && await access.Owned.AnyAsync(j => j.ExternalId == externalId && j.Id != except, cancellationToken))
            {
                errors.Add(Error.Validation("ExternalId", "JobSeeker.ExternalIdTaken"));
            }

            if (values.Bsn is { } bsn && !errors.Any(e => e.Field == "Bsn"))
            {
                var hash = await vault.BsnHashAsync(db.Scope.RegionCode!, bsn, cancellationToken);
                if (await access.Owned.AnyAsync(j => j.BsnHash == hash && j.Id != except, cancellationToken))
                {
                    errors.Add(Error.Validation("Bsn", "JobSeeker.BsnTaken"));
                }
            }

            return (errors, values);
        }

        /// <summary>A new profile of the user's organisation from a checked input, pseudonymised and added to the context (not saved).</summary>
        internal async Task<JobSeekerProfile> AddAsync(ProfileInput input, ProfileInputRules.Checked values, Guid caseManager, DateOnly today, CancellationToken cancellationToken)
        {
            var region = db.Scope.RegionCode!;
            var id = Ids.New();
            var profile = new JobSeekerProfile
            {
                Id = id,
                RegionCode = region,
                OwnerOrganisationId = db.Scope.OrganisationId!.Value,
                CaseManagerUserId = caseManager,
                Pseudonym = await vault.PseudonymAsync(region, id, cancellationToken),
                GivenName = string.Empty,
                Surname = string.Empty,
                BirthDate = input.BirthDate!.Value,
                Postcode = string.Empty,
                Pc4 = string.Empty,
                RegisteredOn = input.RegisteredOn ?? today,
                CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            };
            await ApplyAsync(profile, input, values, cancellationToken);
            db.JobSeekers.Add(profile);
            return profile;
        }

        internal async Task ApplyAsync(JobSeekerProfile profile, ProfileInput input, ProfileInputRules.Checked values, CancellationToken cancellationToken)
        {
            profile.ExternalId = InputText.Clean(input.ExternalId);
            profile.GivenName = input.GivenName!.Trim();
            profile.Surname = input.Surname!.Trim();
            profile.BirthDate = input.BirthDate!.Value;
            profile.Email = InputText.Clean(input.Email);
            profile.Phone = InputText.Clean(input.Phone);
            profile.AddressLine = InputText.Clean(input.AddressLine);
            profile.Postcode = EmployerLocation.FormatPostcode(input.Postcode!);
            profile.Pc4 = values.Pc4!;
            if (values.Bsn is { } bsn)
            {
                profile.SealedBsn = vault.SealBsn(profile.RegionCode, bsn);
                profile.BsnHash = await vault.BsnHashAsync(profile.RegionCode, bsn, cancellationToken);
            }

            profile.SealedWorkRequirements = vault.SealWorkRequirements(profile.RegionCode, values.Requirements);
            profile.AssessWerkfit(input.WerkfitStatus!.Value, input.WerkfitAssessedOn ?? DutchTime.Today(clock), db.Scope.UserId!.Value);
            profile.Benefit = input.Benefit!.Value;
            profile.JobsAgreementTarget = input.JobsAgreementTarget;
            profile.WorkAndThinkingLevel = input.WorkAndThinkingLevel ?? WorkAndThinkingLevel.NotYetKnown;
            (profile.Competences, profile.Languages, profile.DrivingLicences) = (values.Competences, values.Languages, values.Licences);
            (profile.Education, profile.WorkExperience, profile.Skills) = (values.Education, values.Experience, values.Skills);
            (profile.Traits, profile.Interests, profile.TrainingNeeds) = (values.Traits, values.Interests, values.TrainingNeeds);
            profile.Preferences = new WorkPreferences
            {
                DesiredOccupations = values.DesiredOccupations,
                WillingToRetrain = input.WillingToRetrain,
                MinHoursPerWeek = input.MinHoursPerWeek,
                MaxHoursPerWeek = input.MaxHoursPerWeek,
                MaxTravelKm = input.MaxTravelKm,
                MaxTravelMinutes = input.MaxTravelMinutes,
                Branches = values.Branches,
                ContractDurations = [.. (input.ContractDurations ?? []).Distinct()],
                AgreementTypes = [.. (input.AgreementTypes ?? []).Distinct()],
                IrregularHours = input.IrregularHours ?? Indicator.Unknown,
            };
            codes.Resolve(profile);
            profile.AvailableFrom = input.AvailableFrom;
            profile.LastContactOn = input.LastContactOn;
            profile.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        }
    }
}
