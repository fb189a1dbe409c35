using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Werkbrug.Domain.Audit;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Infrastructure.Audit;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Imports;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.JobSeekers;

/// <summary>
/// Imports job seekers from a partner's own system into the user's organisation: a CSV file (columns in
/// docs/import.md) or profiles in the VUM shape (<see cref="VumProfiles"/>). Every row is checked with the rules of
/// the profile form; rows with errors are reported and change nothing. The key is the external id within the
/// organisation: a known id updates the profile, an unchanged row writes nothing. A BSN that another organisation of
/// the region has on file is never merged: both owners get a <see cref="PossibleDuplicate"/> flag and a notification.
/// The report names the line and the column, never a BSN.
/// </summary>
public static class ImportJobSeekers
{
    /// <summary>Lists in one cell are separated by a vertical bar.</summary>
    public const char ListSeparator = '|';

    public static IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new("externalId", "externId", true, nameof(ProfileInput.ExternalId), "ImportColumn.jobSeekerExternalId"),
        new("givenName", "voornaam", true, nameof(ProfileInput.GivenName)),
        new("surname", "achternaam", true, nameof(ProfileInput.Surname)),
        new("birthDate", "geboortedatum", true, nameof(ProfileInput.BirthDate)),
        new("bsn", "bsn", false, nameof(ProfileInput.Bsn)),
        new("email", "email", false, nameof(ProfileInput.Email)),
        new("phone", "telefoon", false, nameof(ProfileInput.Phone)),
        new("addressLine", "adres", false, nameof(ProfileInput.AddressLine)),
        new("postcode", "postcode", true, nameof(ProfileInput.Postcode), "ImportColumn.mediationPostcode"),
        new("werkfitStatus", "werkfit", true, nameof(ProfileInput.WerkfitStatus)),
        new("werkfitAssessedOn", "werkfitDatum", false, nameof(ProfileInput.WerkfitAssessedOn)),
        new("benefit", "uitkering", true, nameof(ProfileInput.Benefit)),
        new("jobsAgreementTarget", "doelgroepregister", false, nameof(ProfileInput.JobsAgreementTarget)),
        new("workAndThinkingLevel", "werkEnDenkniveau", false, nameof(ProfileInput.WorkAndThinkingLevel)),
        new("drivingLicences", "rijbewijzen", false, nameof(ProfileInput.DrivingLicences)),
        new("skills", "vaardigheden", false, nameof(ProfileInput.Skills)),
        new("desiredOccupations", "gewensteBeroepen", false, nameof(ProfileInput.DesiredOccupations)),
        new("willingToRetrain", "bereidTotOmscholing", false, nameof(ProfileInput.WillingToRetrain)),
        new("traits", "eigenschappen", false, nameof(ProfileInput.Traits)),
        new("interests", "interesses", false, nameof(ProfileInput.Interests)),
        new("minHoursPerWeek", "urenMin", false, nameof(ProfileInput.MinHoursPerWeek)),
        new("maxHoursPerWeek", "urenMax", false, nameof(ProfileInput.MaxHoursPerWeek)),
        new("maxTravelKm", "reisafstandKm", false, nameof(ProfileInput.MaxTravelKm)),
        new("branches", "sectoren", false, nameof(ProfileInput.Branches)),
        new("availableFrom", "beschikbaarVanaf", false, nameof(ProfileInput.AvailableFrom)),
        new("lastContactOn", "laatsteContact", false, nameof(ProfileInput.LastContactOn)),
        new("registeredOn", "inschrijfdatum", false, nameof(ProfileInput.RegisteredOn)),
        new("caseManager", "trajectregisseur", false, CaseManagerField),
    ];

    public const string CaseManagerField = "CaseManager";

    /// <summary>
    /// One profile to import, whatever the source: its line (CSV) or position (VUM, from 1), its external id, how to
    /// build the form input from the profile on file (null for a new one: absent columns keep what is on file), the
    /// errors found while reading it, and the e-mail address of a case manager it names.
    /// </summary>
    public sealed record Candidate(int Line, string? Key, Func<ProfileInput?, ProfileInput> Build, IReadOnlyList<Error> ReadErrors, string? CaseManagerEmail);

    public sealed class Handler(
        WerkbrugDb db, SaveJobSeeker.Handler save, PersonalDataVault vault, PersonalDataAudit audit, PossibleDuplicates.Handler duplicates,
        TimeProvider clock, IOptions<ImportOptions> options)
    {
        public async Task<Result<ImportResult>> CsvAsync(TextReader csv, bool dryRun, CancellationToken cancellationToken)
        {
            var read = ImportFile.Read(csv, Columns, options.Value.MaxRows);
            if (!read.IsSuccess)
            {
                return Result<ImportResult>.Failure(read.Errors);
            }

            var file = read.Value;
            var candidates = file.Rows.Select(r => FromCsv(file, r)).ToList();
            return await ImportAsync(candidates, dryRun, cancellationToken);
        }

        public async Task<Result<ImportResult>> VumAsync(IReadOnlyList<VumProfile>? profiles, bool dryRun, CancellationToken cancellationToken)
        {
            if (profiles is null || profiles.Count == 0)
            {
                return Error.Validation("File", "Import.EmptyFile");
            }

            if (profiles.Count > options.Value.MaxRows)
            {
                return Error.Validation("File", "Import.TooManyRows", options.Value.MaxRows);
            }

            var candidates = profiles.Select((p, i) => VumProfiles.ToCandidate(p ?? new VumProfile(), i + 1)).ToList();
            return await ImportAsync(candidates, dryRun, cancellationToken);
        }

        public async Task<ImportResult> ImportAsync(IReadOnlyList<Candidate> candidates, bool dryRun, CancellationToken cancellationToken)
        {
            var region = db.Scope.RegionCode!;
            var organisation = db.Scope.OrganisationId!.Value;
            var user = db.Scope.UserId!.Value;
            var today = DutchTime.Today(clock);
            var knownPc4 = (await db.PostcodeAreas.Select(p => p.Pc4).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
            var caseManagers = await CaseManagersAsync(organisation, cancellationToken);
            var organisationNames = await db.Organisations.Where(o => o.RegionCode == region).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
            var seenKeys = new Dictionary<string, int>(StringComparer.Ordinal);
            var seenBsn = new Dictionary<string, int>(StringComparer.Ordinal);
            var rows = new List<ImportRow>(candidates.Count);

            foreach (var batch in candidates.Chunk(options.Value.BatchSize))
            {
                var keys = batch.Select(c => c.Key).OfType<string>().Distinct().ToList();
                var existing = await db.JobSeekers.Where(j => j.OwnerOrganisationId == organisation && j.ExternalId != null && keys.Contains(j.ExternalId))
                    .ToDictionaryAsync(j => j.ExternalId!, StringComparer.Ordinal, cancellationToken);
                var hashes = new Dictionary<Candidate, string>();
                foreach (var candidate in batch)
                {
                    if (InputText.Clean(candidate.Build(null).Bsn) is { } typed && Domain.JobSeekers.Bsn.Normalise(typed) is { } bsn)
                    {
                        hashes[candidate] = await vault.BsnHashAsync(region, bsn, cancellationToken);
                    }
                }

                var holders = await duplicates.HoldersAsync([.. hashes.Values.Distinct()], cancellationToken);
                var flagged = await duplicates.FlaggedAsync([.. holders.Select(h => h.Id)], cancellationToken);
                var created = new List<string>();
                var updated = new List<string>();
                var matched = new List<PossibleDuplicates.Holder>();

                foreach (var candidate in batch)
                {
                    var errors = new List<Error>(candidate.ReadErrors);
                    var warnings = new List<Error>();
                    var key = candidate.Key;
                    if (key is null)
                    {
                        errors.Add(Error.Validation(nameof(ProfileInput.ExternalId), "Validation.Required"));
                    }
                    else if (!seenKeys.TryAdd(key, candidate.Line))
                    {
                        errors.Add(Error.Validation(nameof(ProfileInput.ExternalId), "Import.DuplicateKey", ImportFile.Shorten(key), seenKeys[key]));
                    }

                    var profile = key is null ? null : existing.GetValueOrDefault(key);
                    var onFile = profile is null ? null : vault.OpenWorkRequirements(region, profile.SealedWorkRequirements);
                    var input = candidate.Build(profile is null ? null : ProfileInputs.From(profile, onFile!));
                    // A cell that could not be read is reported once, not again as missing.
                    var checks = InputValidator.Validate(input);
                    var values = ProfileInputRules.Check(input, today, checks);
                    errors.AddRange(checks.Where(e => candidate.ReadErrors.All(r => r.Field != e.Field)));
                    if (values.Pc4 is { } pc4 && !errors.Any(e => e.Field == nameof(ProfileInput.Postcode)) && !knownPc4.Contains(pc4))
                    {
                        errors.Add(Error.Validation(nameof(ProfileInput.Postcode), "Employer.UnknownPostcode", pc4));
                    }

                    var hash = hashes.GetValueOrDefault(candidate);
                    if (hash is not null && errors.All(e => e.Field != nameof(ProfileInput.Bsn)))
                    {
                        if (!seenBsn.TryAdd(hash, candidate.Line))
                        {
                            errors.Add(Error.Validation(nameof(ProfileInput.Bsn), "JobSeekerImport.DuplicateBsn", seenBsn[hash]));
                        }
                        else if (holders.Any(h => h.Hash == hash && h.OrganisationId == organisation && h.Id != profile?.Id))
                        {
                            errors.Add(Error.Validation(nameof(ProfileInput.Bsn), "JobSeeker.BsnTaken"));
                        }
                    }

                    Guid? caseManager = null;
                    if (candidate.CaseManagerEmail is { } email)
                    {
                        if (caseManagers.TryGetValue(email.Trim().ToUpperInvariant(), out var id))
                        {
                            caseManager = id;
                        }
                        else
                        {
                            errors.Add(Error.Validation(CaseManagerField, "JobSeekerImport.UnknownCaseManager", ImportFile.Shorten(email)));
                        }
                    }

                    if (errors.Count > 0)
                    {
                        rows.Add(new ImportRow(candidate.Line, key is null ? null : ImportFile.Shorten(key), ImportOutcome.Rejected, errors, []));
                        continue;
                    }

                    var (saved, outcome) = await ApplyAsync(profile, onFile, input, values, caseManager ?? profile?.CaseManagerUserId ?? user, today, cancellationToken);
                    if (outcome != ImportOutcome.Unchanged)
                    {
                        (outcome == ImportOutcome.Created ? created : updated).Add(saved.Pseudonym);
                    }

                    // The same person at another organisation of the region: flag it to both owners, never merge. A dry run
                    // changes and records nothing, so it must not tell either (else it would test BSNs without trace).
                    if (!dryRun && hash is not null)
                    {
                        var others = duplicates.Flag(saved, holders, flagged, organisationNames);
                        matched.AddRange(others);
                        warnings.AddRange(others.Select(o => Error.Validation(
                            nameof(ProfileInput.Bsn), "JobSeekerImport.AlsoRegisteredElsewhere", organisationNames.GetValueOrDefault(o.OrganisationId) ?? "?")));
                    }

                    rows.Add(new ImportRow(candidate.Line, ImportFile.Shorten(key!), outcome, [], warnings));
                }

                await SaveAsync(dryRun, created, updated, matched, cancellationToken);
            }

            var result = new ImportResult(dryRun, rows);
            await PlannerStatistics.AfterImportAsync<JobSeekerProfile>(db, result, cancellationToken);
            return result;
        }

        /// <summary>
        /// The one place a checked row becomes a profile, in memory: a new profile (added), or <paramref name="profile"/> on file
        /// brought in line with the row when anything the import can change differs (else left as it is: Unchanged).
        /// </summary>
        private async Task<(JobSeekerProfile Profile, ImportOutcome Outcome)> ApplyAsync(
            JobSeekerProfile? profile, FunctionalWorkRequirements? onFile, ProfileInput input, ProfileInputRules.Checked values, Guid caseManager,
            DateOnly today, CancellationToken cancellationToken)
        {
            var region = db.Scope.RegionCode!;
            if (profile is null)
            {
                return (await save.AddAsync(input, values, caseManager, today, cancellationToken), ImportOutcome.Created);
            }

            var shadow = new JobSeekerProfile
            {
                Id = profile.Id,
                RegionCode = region,
                OwnerOrganisationId = profile.OwnerOrganisationId,
                CaseManagerUserId = caseManager,
                Pseudonym = profile.Pseudonym,
                GivenName = string.Empty,
                Surname = string.Empty,
                BirthDate = profile.BirthDate,
                Postcode = string.Empty,
                Pc4 = string.Empty,
                RegisteredOn = input.RegisteredOn ?? profile.RegisteredOn,
                BsnHash = profile.BsnHash,
                DeregisteredOn = profile.DeregisteredOn,
            };
            shadow.AssessWerkfit(profile.WerkfitStatus, profile.WerkfitAssessedOn, profile.WerkfitAssessedByUserId);
            await save.ApplyAsync(shadow, input, values, cancellationToken);
            if (Snapshot(shadow, values.Requirements) == Snapshot(profile, onFile!))
            {
                return (profile, ImportOutcome.Unchanged);
            }

            await save.ApplyAsync(profile, input, values, cancellationToken);
            profile.RegisteredOn = shadow.RegisteredOn;
            profile.CaseManagerUserId = shadow.CaseManagerUserId;
            return (profile, ImportOutcome.Updated);
        }

        private async Task SaveAsync(bool dryRun, List<string> created, List<string> updated, List<PossibleDuplicates.Holder> matched, CancellationToken cancellationToken)
        {
            if (!dryRun)
            {
                // The audit store saves the pending profiles together with their records.
                await audit.RecordAsync(ProcessingActivities.ProfileManagement, AuditAction.Create, created, cancellationToken);
                await audit.RecordAsync(ProcessingActivities.ProfileManagement, AuditAction.Update, updated, cancellationToken);
                await duplicates.RecordMatchesAsync(matched, cancellationToken);
                if (db.ChangeTracker.HasChanges())
                {
                    await db.SaveChangesAsync(cancellationToken);
                }
            }

            db.ChangeTracker.Clear();
        }

        /// <summary>The organisation's active case managers by upper-case e-mail address.</summary>
        private async Task<Dictionary<string, Guid>> CaseManagersAsync(Guid organisation, CancellationToken cancellationToken)
        {
            var users = await db.Users
                .Where(u => u.OrganisationId == organisation && u.IsActive && u.Email != null)
                .Where(u => db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name).Any(n => n == Roles.CaseManager))
                .Select(u => new { u.Id, u.Email })
                .ToListAsync(cancellationToken);
            return users.ToDictionary(u => u.Email!.ToUpperInvariant(), u => u.Id, StringComparer.Ordinal);
        }

    }

    private static readonly JsonSerializerOptions SnapshotJson = new(JsonSerializerDefaults.General) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };

    /// <summary>What an import can change, as one comparable string (sealed values opened, so re-sealing is no change).</summary>
    internal static string Snapshot(JobSeekerProfile p, FunctionalWorkRequirements requirements) => JsonSerializer.Serialize(
        new
        {
            p.ExternalId,
            p.GivenName,
            p.Surname,
            p.BirthDate,
            p.Email,
            p.Phone,
            p.AddressLine,
            p.Postcode,
            p.Pc4,
            p.BsnHash,
            p.CaseManagerUserId,
            p.WerkfitStatus,
            p.WerkfitAssessedOn,
            p.Benefit,
            p.JobsAgreementTarget,
            p.WorkAndThinkingLevel,
            p.Competences,
            p.Languages,
            p.DrivingLicences,
            p.Education,
            p.WorkExperience,
            p.Skills,
            p.Traits,
            p.Interests,
            p.TrainingNeeds,
            p.Preferences,
            p.AvailableFrom,
            p.LastContactOn,
            p.RegisteredOn,
            requirements,
        },
        SnapshotJson);

    internal static Candidate FromCsv(ImportFile file, CsvRecord record)
    {
        var errors = new List<Error>();
        string? Get(string field) => file.Get(record, field);
        bool Has(string field) => file.Has(field);
        List<string>? List(string field) => Get(field)?.Split(ListSeparator, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();

        var birthDate = ImportValues.Date(Get(nameof(ProfileInput.BirthDate)), nameof(ProfileInput.BirthDate), errors);
        var werkfit = Code(Get(nameof(ProfileInput.WerkfitStatus)), nameof(ProfileInput.WerkfitStatus), WerkfitNames, errors);
        var werkfitOn = ImportValues.Date(Get(nameof(ProfileInput.WerkfitAssessedOn)), nameof(ProfileInput.WerkfitAssessedOn), errors);
        var benefit = Code(Get(nameof(ProfileInput.Benefit)), nameof(ProfileInput.Benefit), BenefitNames, errors);
        var target = ImportValues.Flag(Get(nameof(ProfileInput.JobsAgreementTarget)), nameof(ProfileInput.JobsAgreementTarget), errors);
        var level = Code<WorkAndThinkingLevel>(Get(nameof(ProfileInput.WorkAndThinkingLevel)), nameof(ProfileInput.WorkAndThinkingLevel), [], errors);
        var minHours = ImportValues.Number(Get(nameof(ProfileInput.MinHoursPerWeek)), nameof(ProfileInput.MinHoursPerWeek), errors);
        var maxHours = ImportValues.Number(Get(nameof(ProfileInput.MaxHoursPerWeek)), nameof(ProfileInput.MaxHoursPerWeek), errors);
        var travel = ImportValues.Number(Get(nameof(ProfileInput.MaxTravelKm)), nameof(ProfileInput.MaxTravelKm), errors);
        var availableFrom = ImportValues.Date(Get(nameof(ProfileInput.AvailableFrom)), nameof(ProfileInput.AvailableFrom), errors);
        var lastContact = ImportValues.Date(Get(nameof(ProfileInput.LastContactOn)), nameof(ProfileInput.LastContactOn), errors);
        var registeredOn = ImportValues.Date(Get(nameof(ProfileInput.RegisteredOn)), nameof(ProfileInput.RegisteredOn), errors);
        var licences = List(nameof(ProfileInput.DrivingLicences));
        if (licences?.FirstOrDefault(l => !DrivingLicences.IsKnown(l.ToUpperInvariant())) is { } unknown)
        {
            errors.Add(Error.Validation(nameof(ProfileInput.DrivingLicences), "Import.UnknownCode", ImportFile.Shorten(unknown, 20)));
        }

        var externalId = Get(nameof(ProfileInput.ExternalId));
        var bsn = Get(nameof(ProfileInput.Bsn));
        var skills = List(nameof(ProfileInput.Skills))?.Select(s => new Skill(s, null)).ToList();
        var desired = List(nameof(ProfileInput.DesiredOccupations))?.Select(d => new DesiredOccupationInput(d)).ToList();
        var retrain = ImportValues.Flag(Get(nameof(ProfileInput.WillingToRetrain)), nameof(ProfileInput.WillingToRetrain), errors);
        return new Candidate(
            record.Line,
            externalId,
            b =>
            {
                var on = b ?? new ProfileInput();
                T Pick<T>(string field, T value, T kept) => Has(field) ? value : kept;
                return on with
                {
                    ExternalId = externalId,
                    GivenName = Pick(nameof(ProfileInput.GivenName), Get(nameof(ProfileInput.GivenName)), on.GivenName),
                    Surname = Pick(nameof(ProfileInput.Surname), Get(nameof(ProfileInput.Surname)), on.Surname),
                    BirthDate = Pick<DateOnly?>(nameof(ProfileInput.BirthDate), birthDate, on.BirthDate),
                    Bsn = bsn,
                    Email = Pick(nameof(ProfileInput.Email), Get(nameof(ProfileInput.Email)), on.Email),
                    Phone = Pick(nameof(ProfileInput.Phone), Get(nameof(ProfileInput.Phone)), on.Phone),
                    AddressLine = Pick(nameof(ProfileInput.AddressLine), Get(nameof(ProfileInput.AddressLine)), on.AddressLine),
                    Postcode = Pick(nameof(ProfileInput.Postcode), Get(nameof(ProfileInput.Postcode)), on.Postcode),
                    WerkfitStatus = Pick<WerkfitStatus?>(nameof(ProfileInput.WerkfitStatus), werkfit, on.WerkfitStatus),
                    WerkfitAssessedOn = Has(nameof(ProfileInput.WerkfitAssessedOn)) && werkfitOn is not null ? werkfitOn
                        : werkfit == on.WerkfitStatus ? on.WerkfitAssessedOn : null,
                    Benefit = Pick<BenefitType?>(nameof(ProfileInput.Benefit), benefit, on.Benefit),
                    JobsAgreementTarget = Pick(nameof(ProfileInput.JobsAgreementTarget), target, on.JobsAgreementTarget),
                    WorkAndThinkingLevel = Pick<WorkAndThinkingLevel?>(nameof(ProfileInput.WorkAndThinkingLevel), level, on.WorkAndThinkingLevel),
                    DrivingLicences = Pick(nameof(ProfileInput.DrivingLicences), licences, on.DrivingLicences),
                    Skills = Pick<List<Skill>?>(nameof(ProfileInput.Skills), skills, on.Skills),
                    DesiredOccupations = Pick(nameof(ProfileInput.DesiredOccupations), desired, on.DesiredOccupations),
                    WillingToRetrain = Pick(nameof(ProfileInput.WillingToRetrain), retrain, on.WillingToRetrain),
                    Traits = Pick(nameof(ProfileInput.Traits), List(nameof(ProfileInput.Traits)), on.Traits),
                    Interests = Pick(nameof(ProfileInput.Interests), List(nameof(ProfileInput.Interests)), on.Interests),
                    MinHoursPerWeek = Pick(nameof(ProfileInput.MinHoursPerWeek), minHours, on.MinHoursPerWeek),
                    MaxHoursPerWeek = Pick(nameof(ProfileInput.MaxHoursPerWeek), maxHours, on.MaxHoursPerWeek),
                    MaxTravelKm = Pick(nameof(ProfileInput.MaxTravelKm), travel, on.MaxTravelKm),
                    Branches = Pick(nameof(ProfileInput.Branches), List(nameof(ProfileInput.Branches)), on.Branches),
                    AvailableFrom = Pick(nameof(ProfileInput.AvailableFrom), availableFrom, on.AvailableFrom),
                    LastContactOn = Pick(nameof(ProfileInput.LastContactOn), lastContact, on.LastContactOn),
                    RegisteredOn = Pick(nameof(ProfileInput.RegisteredOn), registeredOn, on.RegisteredOn),
                };
            },
            errors,
            Get(CaseManagerField));
    }

    private static readonly Dictionary<string, WerkfitStatus> WerkfitNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["werkfit"] = WerkfitStatus.WorkReady,
        ["werkfit op termijn"] = WerkfitStatus.WorkReadyLater,
        ["niet werkfit"] = WerkfitStatus.NotWorkReady,
    };

    internal static readonly Dictionary<string, BenefitType> BenefitNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["geen"] = BenefitType.None,
        ["participatiewet"] = BenefitType.Bijstand,
        ["wia"] = BenefitType.WiaWga,
        ["wga"] = BenefitType.WiaWga,
        ["wia/wga"] = BenefitType.WiaWga,
    };

    /// <summary>A code as its Dutch name, its contract code (a number) or its English name; anything else is reported.</summary>
    internal static T? Code<T>(string? text, string field, Dictionary<string, T> dutch, List<Error> errors)
        where T : struct, Enum
    {
        if (text is null)
        {
            return null;
        }

        if (dutch.TryGetValue(text, out var value)
            || (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && Enum.IsDefined(value = (T)Enum.ToObject(typeof(T), number)))
            || (!text.Any(char.IsDigit) && Enum.TryParse(text, ignoreCase: true, out value) && Enum.IsDefined(value)))
        {
            return value;
        }

        errors.Add(Error.Validation(field, "Import.UnknownCode", ImportFile.Shorten(text, 20)));
        return null;
    }
}

/// <summary>The form input that reproduces a profile on file (the BSN left empty: an empty BSN keeps the number).</summary>
public static class ProfileInputs
{
    public static ProfileInput From(JobSeekerProfile p, FunctionalWorkRequirements requirements)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(requirements);
        return new ProfileInput
        {
            ExternalId = p.ExternalId,
            GivenName = p.GivenName,
            Surname = p.Surname,
            BirthDate = p.BirthDate,
            Email = p.Email,
            Phone = p.Phone,
            AddressLine = p.AddressLine,
            Postcode = p.Postcode,
            WerkfitStatus = p.WerkfitStatus,
            WerkfitAssessedOn = p.WerkfitAssessedOn,
            Benefit = p.Benefit,
            JobsAgreementTarget = p.JobsAgreementTarget,
            WorkAndThinkingLevel = p.WorkAndThinkingLevel,
            Competences = [.. p.Competences.Select(c => new CompetenceInput(c.Code, c.Mastery))],
            Languages = [.. p.Languages],
            DrivingLicences = [.. p.DrivingLicences],
            Education = [.. p.Education.Select(e => new EducationInput(e.Name, e.Level, e.Status, e.Diploma, e.Institution, e.MboLevel))],
            WorkExperience = [.. p.WorkExperience.Select(w => new WorkExperienceInput(w.Occupation, w.Organisation, w.From, w.Until))],
            Skills = [.. p.Skills],
            Traits = [.. p.Traits],
            Interests = [.. p.Interests],
            TrainingNeeds = [.. p.TrainingNeeds],
            DesiredOccupations = [.. p.Preferences.DesiredOccupations.Select(d => new DesiredOccupationInput(d.Label))],
            WillingToRetrain = p.Preferences.WillingToRetrain,
            MinHoursPerWeek = p.Preferences.MinHoursPerWeek,
            MaxHoursPerWeek = p.Preferences.MaxHoursPerWeek,
            MaxTravelKm = p.Preferences.MaxTravelKm,
            MaxTravelMinutes = p.Preferences.MaxTravelMinutes,
            Branches = [.. p.Preferences.Branches],
            ContractDurations = [.. p.Preferences.ContractDurations],
            AgreementTypes = [.. p.Preferences.AgreementTypes],
            IrregularHours = p.Preferences.IrregularHours,
            AdaptationNeeded = requirements.Adaptation,
            SupervisionNeeded = requirements.Supervision,
            VariationNeeded = requirements.Variation,
            Adjustments = requirements.Adjustments,
            Limitations = [.. Domain.Vacancies.TaskDemandList.Split(requirements.Limitations)],
            AvailableFrom = p.AvailableFrom,
            LastContactOn = p.LastContactOn,
            RegisteredOn = p.RegisteredOn,
            DeregisteredOn = p.DeregisteredOn,
            Version = p.Version,
        };
    }
}
