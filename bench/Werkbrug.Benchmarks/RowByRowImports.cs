using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Werkbrug.Domain.Audit;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Employers;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Organisations;
using Werkbrug.Domain.Vacancies;
using Werkbrug.Web.Features.JobSeekers;
using Werkbrug.Web.Features.Matching;
using Werkbrug.Web.Features.Vacancies;
using Werkbrug.Web.Infrastructure.Audit;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Imports;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Benchmarks;

/// <summary>
/// The baseline of <see cref="ImportVerb"/>: faithful copies of the import loops as they were before the imports became
/// set-based (commit 0c222e0). Job seekers: per chunk a save per audit action, the profiles tracked through every save.
/// Vacancies: 6 to 7 queries per row (the vacancy, postcode, municipality, employer, organisation, adviser, external id)
/// and one save at the end. Only the loops are copied; the row parsing and mapping they call are today's.
/// </summary>
internal static class RowByRowImports
{
    public static async Task<Result<ImportResult>> JobSeekersAsync(IServiceProvider services, TextReader csv, CancellationToken cancellationToken)
    {
        var options = services.GetRequiredService<IOptions<ImportOptions>>();
        var read = ImportFile.Read(csv, ImportJobSeekers.Columns, options.Value.MaxRows);
        if (!read.IsSuccess)
        {
            return Result<ImportResult>.Failure(read.Errors);
        }

        var file = read.Value;
        var candidates = file.Rows.Select(r => ImportJobSeekers.FromCsv(file, r)).ToList();
        return await ActivatorUtilities.CreateInstance<JobSeekers>(services).ImportAsync(candidates, dryRun: false, cancellationToken);
    }

    public static Task<Result<ImportResult>> VacanciesAsync(IServiceProvider services, TextReader csv, CancellationToken cancellationToken) =>
        ActivatorUtilities.CreateInstance<Vacancies>(services).HandleAsync(csv, dryRun: false, cancellationToken);

    private sealed class JobSeekers(
        WerkbrugDb db, SaveJobSeeker.Handler save, PersonalDataVault vault, PersonalDataAudit audit, PossibleDuplicates.Handler duplicates,
        TimeProvider clock, IOptions<ImportOptions> options)
    {
        public async Task<ImportResult> ImportAsync(List<ImportJobSeekers.Candidate> candidates, bool dryRun, CancellationToken cancellationToken)
        {
            var region = db.Scope.RegionCode!;
            var organisation = db.Scope.OrganisationId!.Value;
            var user = db.Scope.UserId!.Value;
            var today = DutchTime.Today(clock);
            var now = clock.GetUtcNow().UtcDateTime;
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
                var hashes = new Dictionary<ImportJobSeekers.Candidate, string>();
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
                            errors.Add(Error.Validation(ImportJobSeekers.CaseManagerField, "JobSeekerImport.UnknownCaseManager", ImportFile.Shorten(email)));
                        }
                    }

                    if (errors.Count > 0)
                    {
                        rows.Add(new ImportRow(candidate.Line, key is null ? null : ImportFile.Shorten(key), ImportOutcome.Rejected, errors, []));
                        continue;
                    }

                    ImportOutcome outcome;
                    if (profile is null)
                    {
                        var id = Ids.New();
                        profile = new JobSeekerProfile
                        {
                            Id = id,
                            RegionCode = region,
                            OwnerOrganisationId = organisation,
                            CaseManagerUserId = caseManager ?? user,
                            Pseudonym = await vault.PseudonymAsync(region, id, cancellationToken),
                            GivenName = string.Empty,
                            Surname = string.Empty,
                            BirthDate = input.BirthDate!.Value,
                            Postcode = string.Empty,
                            Pc4 = string.Empty,
                            RegisteredOn = input.RegisteredOn ?? today,
                            CreatedAtUtc = now,
                        };
                        await save.ApplyAsync(profile, input, values, cancellationToken);
                        db.JobSeekers.Add(profile);
                        created.Add(profile.Pseudonym);
                        outcome = ImportOutcome.Created;
                    }
                    else
                    {
                        var shadow = new JobSeekerProfile
                        {
                            Id = profile.Id,
                            RegionCode = region,
                            OwnerOrganisationId = organisation,
                            CaseManagerUserId = caseManager ?? profile.CaseManagerUserId,
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
                        if (ImportJobSeekers.Snapshot(shadow, values.Requirements) == ImportJobSeekers.Snapshot(profile, onFile!))
                        {
                            outcome = ImportOutcome.Unchanged;
                        }
                        else
                        {
                            await save.ApplyAsync(profile, input, values, cancellationToken);
                            profile.RegisteredOn = shadow.RegisteredOn;
                            profile.CaseManagerUserId = shadow.CaseManagerUserId;
                            updated.Add(profile.Pseudonym);
                            outcome = ImportOutcome.Updated;
                        }
                    }

                    // The same person at another organisation of the region: flag it to both owners, never merge. A dry run
                    // changes and records nothing, so it must not tell either (else it would test BSNs without trace).
                    if (!dryRun && hash is not null)
                    {
                        var others = duplicates.Flag(profile, holders, flagged, organisationNames);
                        matched.AddRange(others);
                        warnings.AddRange(others.Select(o => Error.Validation(
                            nameof(ProfileInput.Bsn), "JobSeekerImport.AlsoRegisteredElsewhere", organisationNames.GetValueOrDefault(o.OrganisationId) ?? "?")));
                    }

                    rows.Add(new ImportRow(candidate.Line, ImportFile.Shorten(key!), outcome, [], warnings));
                }

                await SaveAsync(dryRun, created, updated, matched, cancellationToken);
            }

            return new ImportResult(dryRun, rows);
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

    private sealed class Vacancies(WerkbrugDb db, MatchingCodes codes, TimeProvider clock, IOptions<ImportOptions> options)
    {
        public async Task<Result<ImportResult>> HandleAsync(TextReader csv, bool dryRun, CancellationToken cancellationToken)
        {
            var read = ImportFile.Read(csv, ImportVacancies.Columns, options.Value.MaxRows);
            if (!read.IsSuccess)
            {
                return Result<ImportResult>.Failure(read.Errors);
            }

            var file = read.Value;
            var organisation = db.Scope.OrganisationId!.Value;
            var user = db.Scope.UserId!.Value;
            var kvks = file.Rows.Select(r => KvkNumber.Normalise(file.Get(r, nameof(VacancyFields.EmployerId)))).OfType<string>().Distinct().ToList();
            var employers = await db.Employers.Where(e => kvks.Contains(e.KvkNumber)).ToDictionaryAsync(e => e.KvkNumber, e => e.Id, StringComparer.Ordinal, cancellationToken);
            var rows = new List<ImportRow>();
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            var now = clock.GetUtcNow().UtcDateTime;

            foreach (var record in file.Rows)
            {
                var errors = new List<Error>();
                var externalId = file.Get(record, nameof(VacancyFields.ExternalId));
                var (command, status) = ImportVacancies.Handler.Parse(file, record, employers, organisation, user, errors);
                if (externalId is not null && !seen.TryAdd(externalId, record.Line))
                {
                    errors.Add(Error.Validation(nameof(VacancyFields.ExternalId), "Import.DuplicateKey", externalId, seen[externalId]));
                }

                var existing = externalId is null ? null : await db.Vacancies.FirstOrDefaultAsync(v => v.OwnerOrganisationId == organisation && v.ExternalId == externalId, cancellationToken);
                if (errors.Count == 0)
                {
                    var checkedInput = await VacancyInput.CheckAsync(db, command, existing?.Id, cancellationToken);
                    if (!checkedInput.IsSuccess)
                    {
                        errors.AddRange(checkedInput.Errors);
                    }
                    else if (existing is null)
                    {
                        var vacancy = VacancyInput.Create(db.Scope.RegionCode!, command, checkedInput.Value, codes, now, user, "import");
                        if (status is { } initial && initial != VacancyStatus.Draft && vacancy.MoveTo(initial, now, user, "import") is { } refused)
                        {
                            errors.Add(refused);
                        }
                        else
                        {
                            db.Vacancies.Add(vacancy);
                            rows.Add(new ImportRow(record.Line, externalId, ImportOutcome.Created, [], []));
                            continue;
                        }
                    }
                    else
                    {
                        var changed = ImportVacancies.Handler.Update(existing, command, checkedInput.Value, codes);
                        if (status is { } wanted && wanted != existing.Status)
                        {
                            if (existing.MoveTo(wanted, now, user, "import") is { } refused)
                            {
                                errors.Add(refused);
                            }

                            changed = true;
                        }

                        if (errors.Count == 0)
                        {
                            if (changed)
                            {
                                existing.Touch(now);
                            }

                            rows.Add(new ImportRow(record.Line, externalId, changed ? ImportOutcome.Updated : ImportOutcome.Unchanged, [], []));
                            continue;
                        }
                    }
                }

                if (existing is not null)
                {
                    await db.Entry(existing).ReloadAsync(cancellationToken);
                }

                rows.Add(new ImportRow(record.Line, externalId, ImportOutcome.Rejected, errors, []));
                if (rows.Count % options.Value.BatchSize == 0)
                {
                    await SaveAsync(dryRun, cancellationToken);
                }
            }

            await SaveAsync(dryRun, cancellationToken);
            return new ImportResult(dryRun, rows);
        }

        private async Task SaveAsync(bool dryRun, CancellationToken cancellationToken)
        {
            if (!dryRun)
            {
                await db.SaveChangesAsync(cancellationToken);
            }

            db.ChangeTracker.Clear();
        }
    }
}
