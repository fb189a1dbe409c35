using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Audit;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Matching;
using Werkbrug.Web.Features.JobSeekers;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Audit;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Matching;

/// <summary>
/// A vacancy's shortlist: candidates an adviser picked from the search. Candidates are named by their regional
/// pseudonym (the one key every organisation of the region shares); what the list shows of each is decided by
/// <see cref="JobSeekerAccess"/> when it is read.
/// </summary>
public static class Shortlist
{
    public sealed record Command
    {
        [Required]
        [StringLength(JobSeekerLimits.Pseudonym)]
        public string? Pseudonym { get; init; }
    }

    /// <summary>The answer to adding a candidate: the pseudonym put on the shortlist.</summary>
    public sealed record Added(string Pseudonym);

    public sealed record Entry(string Pseudonym, Guid? JobSeekerId, string? Name, string OrganisationName, string AddedBy, DateTime AddedAtUtc);

    public sealed class Handler(WerkbrugDb db, JobSeekerAccess access, PersonalDataAudit audit, AccessScope scope, TimeProvider clock)
    {
        public async Task<Result<Paged<Entry>>> ListAsync(Guid vacancyId, PageRequest paging, CancellationToken cancellationToken)
        {
            var errors = InputValidator.Validate(paging);
            if (errors.Count > 0)
            {
                return Result<Paged<Entry>>.Failure(errors);
            }

            if (!await db.Vacancies.AnyAsync(v => v.Id == vacancyId, cancellationToken))
            {
                return Error.NotFound();
            }

            var rows = await db.Set<ShortlistEntry>().Where(s => s.VacancyId == vacancyId).OrderBy(s => s.AddedAtUtc).ThenBy(s => s.Id)
                .Join(db.JobSeekers, s => s.JobSeekerId, j => j.Id, (s, j) => new
                {
                    Entry = s,
                    Profile = j,
                    Organisation = db.Organisations.Where(o => o.Id == j.OwnerOrganisationId).Select(o => o.Name).FirstOrDefault(),
                    AddedBy = db.Users.Where(u => u.Id == s.AddedByUserId).Select(u => u.DisplayName).FirstOrDefault(),
                })
                .AsNoTracking().ToListAsync(cancellationToken);
            var entries = new List<Entry>();
            foreach (var row in rows)
            {
                var level = access.Of(row.Profile);
                if (level == DisclosureLevel.None)
                {
                    continue;
                }

                var named = level.ShowsIdentity();
                entries.Add(new Entry(
                    row.Profile.Pseudonym, named ? row.Profile.Id : null, named ? $"{row.Profile.GivenName} {row.Profile.Surname}" : null,
                    row.Organisation ?? string.Empty, row.AddedBy ?? string.Empty, row.Entry.AddedAtUtc));
            }

            var page = entries.ToPaged(paging);
            await audit.RecordAsync(
                AuditAction.List,
                [
                    (ProcessingActivities.ProfileManagement, [.. page.Items.Where(e => e.JobSeekerId is not null).Select(e => e.Pseudonym)]),
                    (ProcessingActivities.RegionalMatching, [.. page.Items.Where(e => e.JobSeekerId is null).Select(e => e.Pseudonym)]),
                ],
                cancellationToken);
            return page;
        }

        public async Task<Result<string>> AddAsync(Guid vacancyId, Command command, CancellationToken cancellationToken)
        {
            var (profile, errors) = await ResolveAsync(vacancyId, command, cancellationToken);
            if (profile is null)
            {
                return Result<string>.Failure(errors);
            }

            var set = db.Set<ShortlistEntry>();
            if (await set.AnyAsync(s => s.VacancyId == vacancyId && s.JobSeekerId == profile.Id, cancellationToken))
            {
                return profile.Pseudonym; // already on the list: adding twice changes nothing
            }

            set.Add(new ShortlistEntry
            {
                RegionCode = profile.RegionCode,
                VacancyId = vacancyId,
                JobSeekerId = profile.Id,
                AddedByUserId = scope.UserId ?? throw new InvalidOperationException("A shortlist is kept by a signed-in user."),
                AddedAtUtc = clock.GetUtcNow().UtcDateTime,
            });
            await audit.RecordAsync(Activity(profile), AuditAction.Update, [profile.Pseudonym], cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Two clicks at once: fine when the other one stored it (the unique index refused this one).
                if (!await set.AsNoTracking().AnyAsync(s => s.VacancyId == vacancyId && s.JobSeekerId == profile.Id, cancellationToken))
                {
                    throw;
                }
            }

            return profile.Pseudonym;
        }

        public async Task<Result<string>> RemoveAsync(Guid vacancyId, Command command, CancellationToken cancellationToken)
        {
            var (profile, errors) = await ResolveAsync(vacancyId, command, cancellationToken);
            if (profile is null)
            {
                return Result<string>.Failure(errors);
            }

            var entry = await db.Set<ShortlistEntry>().FirstOrDefaultAsync(s => s.VacancyId == vacancyId && s.JobSeekerId == profile.Id, cancellationToken);
            if (entry is null)
            {
                return Error.NotFound();
            }

            db.Remove(entry);
            await audit.RecordAsync(Activity(profile), AuditAction.Update, [profile.Pseudonym], cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return profile.Pseudonym;
        }

        private string Activity(JobSeekerProfile profile) =>
            access.Of(profile).ShowsIdentity() ? ProcessingActivities.ProfileManagement : ProcessingActivities.RegionalMatching;

        private async Task<(JobSeekerProfile? Profile, IReadOnlyList<Error> Errors)> ResolveAsync(Guid vacancyId, Command command, CancellationToken cancellationToken)
        {
            var errors = InputValidator.Validate(command);
            if (errors.Count > 0)
            {
                return (null, errors);
            }

            if (!await db.Vacancies.AnyAsync(v => v.Id == vacancyId, cancellationToken))
            {
                return (null, [Error.NotFound()]);
            }

            var pseudonym = command.Pseudonym!.Trim();
            var profile = Pseudonyms.IsWellFormed(pseudonym)
                ? await db.JobSeekers.AsNoTracking().FirstOrDefaultAsync(j => j.Pseudonym == pseudonym && j.DeregisteredOn == null, cancellationToken)
                : null;
            return profile is null || access.Of(profile) == DisclosureLevel.None
                ? (null, [Error.Validation(nameof(Command.Pseudonym), "Shortlist.UnknownCandidate")])
                : (profile, []);
        }
    }
}
