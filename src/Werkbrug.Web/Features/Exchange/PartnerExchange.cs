using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Audit;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Exchange;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Web.Features.JobSeekers;
using Werkbrug.Web.Features.Vacancies;
using Werkbrug.Web.Infrastructure.Audit;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Imports;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Exchange;

/// <summary>
/// The inbound API for partner systems (ADR 0036): a partner token (one with a source system) pushes profiles or vacancies
/// in the VUM shape into its user's organisation, idempotent by external id and source system, and pulls back what changed
/// since a watermark. A record another source system delivers is refused for that row; one kept in Werkbrug under the
/// same external id (entered or imported by file) is taken over by the source that pushes it.
/// </summary>
public static class PartnerExchange
{
    public sealed class PushHandler(WerkbrugDb db, ImportJobSeekers.Handler profiles, ImportVumVacancies.Handler vacancies, TimeProvider clock, Microsoft.Extensions.Options.IOptions<ImportOptions> options)
    {
        public Task<Result<ImportResult>> VacanciesAsync(IReadOnlyList<VumVacancy>? body, bool dryRun, CancellationToken cancellationToken) =>
            vacancies.HandleAsync(body, dryRun, db.Scope.SourceSystem!, cancellationToken);

        public async Task<Result<ImportResult>> ProfilesAsync(IReadOnlyList<VumProfile>? body, bool dryRun, CancellationToken cancellationToken)
        {
            if (body is null || body.Count == 0)
            {
                return Error.Validation("File", "Import.EmptyFile");
            }

            if (body.Count > options.Value.MaxRows)
            {
                return Error.Validation("File", "Import.TooManyRows", options.Value.MaxRows);
            }

            var source = db.Scope.SourceSystem!;
            var organisation = db.Scope.OrganisationId!.Value;
            var candidates = body.Select((p, i) => VumProfiles.ToCandidate(p, i + 1)).ToList();
            var keys = candidates.Select(c => c.Key).OfType<string>().Distinct().ToList();
            // Set-based: one query names the keys another source holds; those rows are refused before the import reads them.
            var others = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var chunk in keys.Chunk(options.Value.BatchSize))
            {
                foreach (var held in await db.JobSeekers.Where(j => j.OwnerOrganisationId == organisation && j.SourceSystem != null && j.SourceSystem != source && chunk.Contains(j.ExternalId!))
                    .Select(j => new { j.ExternalId, j.SourceSystem }).ToListAsync(cancellationToken))
                {
                    others[held.ExternalId!] = held.SourceSystem!;
                }
            }

            var allowed = candidates.Where(c => c.Key is null || !others.ContainsKey(c.Key)).ToList();
            var imported = await profiles.ImportAsync(allowed, dryRun, cancellationToken);
            var refused = candidates.Where(c => c.Key is not null && others.ContainsKey(c.Key)).Select(c => new ImportRow(
                c.Line, ImportFile.Shorten(c.Key!), ImportOutcome.Rejected, [Error.Validation(nameof(ProfileInput.ExternalId), "Exchange.OtherSource", ImportFile.Shorten(c.Key!), others[c.Key!])], []));
            var result = new ImportResult(dryRun, [.. imported.Rows.Concat(refused).OrderBy(r => r.Line)]);
            if (!dryRun)
            {
                // The pushed profiles become this source's (set-based, one statement per batch of keys).
                var delivered = result.Rows.Where(r => r.Outcome != ImportOutcome.Rejected && r.Key is not null).Select(r => r.Key!).ToList();
                foreach (var chunk in delivered.Chunk(options.Value.BatchSize))
                {
                    await db.JobSeekers.Where(j => j.OwnerOrganisationId == organisation && j.SourceSystem == null && chunk.Contains(j.ExternalId!))
                        .ExecuteUpdateAsync(s => s.SetProperty(j => j.SourceSystem, source), cancellationToken);
                }

                db.ExchangeDeliveries.Add(ImportVumVacancies.Delivery(db, source, ExchangeKind.Profile, result, clock));
                await db.SaveChangesAsync(cancellationToken);
            }

            return result;
        }
    }

    /// <summary>The changes feed's query: the watermark to read after, and how many records at most.</summary>
    public sealed record ChangesQuery
    {
        /// <summary>The watermark of the previous pull (its "watermark"); 0 or left out: from the start.</summary>
        [Range(0, long.MaxValue)]
        public long? Since { get; init; }

        /// <summary>1 to 1,000 records; 500 when left out.</summary>
        [Range(1, MaxLimit)]
        public int? Limit { get; init; }

        public const int MaxLimit = 1000;
    }

    /// <summary>One page of the changes feed: each changed record once, in the order of its last change.</summary>
    public sealed record ChangesPage<T>
    {
        /// <summary>The watermark asked for.</summary>
        public required long Since { get; init; }

        /// <summary>Pass this as since to the next pull (the sequence of the last record here; since itself when nothing changed).</summary>
        public required long Watermark { get; init; }

        /// <summary>True when more changes wait after the watermark.</summary>
        public required bool More { get; init; }

        public required IReadOnlyList<T> Items { get; init; }
    }

    /// <summary>A changed job-seeker profile.</summary>
    public sealed record ProfileChange
    {
        /// <summary>The sequence number of the record's last change.</summary>
        public required long Sequence { get; init; }

        public required Guid Id { get; init; }

        public string? ExternalId { get; init; }

        /// <summary>The source system the record belongs to; absent when it is kept in Werkbrug.</summary>
        public string? SourceSystem { get; init; }

        /// <summary>The source system that made the last change; absent when it was made in Werkbrug.</summary>
        public string? ChangedBySource { get; init; }

        /// <summary>The record is gone (erased): remove it on the partner's side.</summary>
        public required bool Removed { get; init; }

        public required DateTime ChangedAtUtc { get; init; }

        /// <summary>The profile in the VUM shape, as the export writes it; absent when removed.</summary>
        public VumProfile? Profile { get; init; }
    }

    /// <summary>A changed vacancy.</summary>
    public sealed record VacancyChange
    {
        /// <summary>The sequence number of the record's last change.</summary>
        public required long Sequence { get; init; }

        public required Guid Id { get; init; }

        public string? ExternalId { get; init; }

        /// <summary>The source system the record belongs to; absent when it is kept in Werkbrug.</summary>
        public string? SourceSystem { get; init; }

        /// <summary>The source system that made the last change; absent when it was made in Werkbrug.</summary>
        public string? ChangedBySource { get; init; }

        /// <summary>The record is gone: remove it on the partner's side.</summary>
        public required bool Removed { get; init; }

        public required DateTime ChangedAtUtc { get; init; }

        /// <summary>The vacancy in the VUM shape, as the export writes it; absent when removed.</summary>
        public VumVacancy? Vacancy { get; init; }
    }

    /// <summary>
    /// The changes feed of the caller's organisation: every profile or vacancy changed after the watermark, once, with its
    /// last change's sequence, oldest first. Each profile handed out is recorded in the audit log.
    /// </summary>
    public sealed class ChangesHandler(WerkbrugDb db, JobSeekerAccess access, PersonalDataVault vault, PersonalDataAudit audit, VumVacancies.ExportHandler vacancyExport)
    {
        public async Task<Result<ChangesPage<ProfileChange>>> ProfilesAsync(ChangesQuery query, CancellationToken cancellationToken)
        {
            var errors = InputValidator.Validate(query);
            if (errors.Count > 0)
            {
                return Result<ChangesPage<ProfileChange>>.Failure(errors);
            }

            var (since, changes, more) = await ChangesAsync(ExchangeKind.Profile, query, cancellationToken);
            var ids = changes.Select(c => c.EntityId).ToList();
            var found = await access.OwnedAtLeast(DisclosureLevel.Full).AsNoTracking().Where(j => ids.Contains(j.Id)).ToDictionaryAsync(j => j.Id, cancellationToken);
            await audit.RecordAsync(ProcessingActivities.ProfileManagement, AuditAction.Export, [.. found.Values.Select(p => p.Pseudonym)], cancellationToken);
            var items = changes.Select(c =>
            {
                var p = found.GetValueOrDefault(c.EntityId);
                return new ProfileChange
                {
                    Sequence = c.Sequence,
                    Id = c.EntityId,
                    ExternalId = p?.ExternalId ?? c.ExternalId,
                    SourceSystem = p?.SourceSystem,
                    ChangedBySource = c.ChangedBySource,
                    Removed = p is null,
                    ChangedAtUtc = c.AtUtc,
                    Profile = p is null ? null : VumProfiles.From(p, vault.OpenWorkRequirements(p.RegionCode, p.SealedWorkRequirements)),
                };
            }).ToList();
            return new ChangesPage<ProfileChange> { Since = since, Watermark = changes.Count > 0 ? changes[^1].Sequence : since, More = more, Items = items };
        }

        public async Task<Result<ChangesPage<VacancyChange>>> VacanciesAsync(ChangesQuery query, CancellationToken cancellationToken)
        {
            var errors = InputValidator.Validate(query);
            if (errors.Count > 0)
            {
                return Result<ChangesPage<VacancyChange>>.Failure(errors);
            }

            var (since, changes, more) = await ChangesAsync(ExchangeKind.Vacancy, query, cancellationToken);
            var ids = changes.Select(c => c.EntityId).ToList();
            var organisation = db.Scope.OrganisationId!.Value;
            var sources = await db.Vacancies.Where(v => ids.Contains(v.Id) && v.OwnerOrganisationId == organisation).Select(v => new { v.Id, v.SourceSystem, v.ExternalId })
                .ToDictionaryAsync(v => v.Id, cancellationToken);
            var found = (await vacancyExport.ExportAsync(db.Vacancies.Where(v => ids.Contains(v.Id) && v.OwnerOrganisationId == organisation), cancellationToken)).ToDictionary(v => v.Id, v => v.Vum);
            var items = changes.Select(c =>
            {
                var v = found.GetValueOrDefault(c.EntityId);
                var known = sources.GetValueOrDefault(c.EntityId);
                return new VacancyChange
                {
                    Sequence = c.Sequence,
                    Id = c.EntityId,
                    ExternalId = known?.ExternalId ?? c.ExternalId,
                    SourceSystem = known?.SourceSystem,
                    ChangedBySource = c.ChangedBySource,
                    Removed = v is null,
                    ChangedAtUtc = c.AtUtc,
                    Vacancy = v,
                };
            }).ToList();
            return new ChangesPage<VacancyChange> { Since = since, Watermark = changes.Count > 0 ? changes[^1].Sequence : since, More = more, Items = items };
        }

        /// <summary>The last change of each record of the own organisation changed after the watermark, oldest first, at most the limit.</summary>
        private async Task<(long Since, List<ExchangeChange> Changes, bool More)> ChangesAsync(ExchangeKind kind, ChangesQuery query, CancellationToken cancellationToken)
        {
            var since = query.Since ?? 0;
            var limit = query.Limit ?? 500;
            var organisation = db.Scope.OrganisationId!.Value;
            var last = await db.ExchangeChanges.Where(c => c.Kind == kind && c.OwnerOrganisationId == organisation && c.Sequence > since)
                .GroupBy(c => c.EntityId).Select(g => g.Max(c => c.Sequence)).OrderBy(s => s).Take(limit + 1).ToListAsync(cancellationToken);
            var taken = last.Take(limit).ToList();
            var changes = await db.ExchangeChanges.Where(c => taken.Contains(c.Sequence)).OrderBy(c => c.Sequence).ToListAsync(cancellationToken);
            return (since, changes, last.Count > limit);
        }
    }
}
