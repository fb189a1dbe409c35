using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Audit;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Referrals;
using Werkbrug.Domain.Vacancies;
using Werkbrug.Web.Features.JobSeekers;
using Werkbrug.Web.Features.Referrals;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Audit;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Placements;

/// <summary>Whether a placement still runs.</summary>
public enum PlacementState
{
    Running = 1,
    Ended = 2,
}

/// <summary>
/// One placement as the placing and the owner organisation see it (others get 404, through
/// <see cref="ReferralAccess.Placements"/>): the facts of the hire, the contact person, the candidate as the privacy model
/// allows (by name to those who see the person by name, <see cref="JobSeekerAccess"/>; others by pseudonym; an erased
/// profile as "gewist"), the aftercare plan with
/// each task's outcome (opened for these two organisations only) and the durability at 6 and 12 months. Reading a
/// placement of a known candidate is recorded in the audit log first.
/// </summary>
public static class PlacementDetails
{
    /// <summary>The candidate: <see cref="Name"/> only for the owner's case managers and managers; <see cref="Erased"/> when the profile was erased.</summary>
    public sealed record Candidate(string? Pseudonym, string? Name, bool Erased, Guid? JobSeekerId);

    public sealed record PlanTask(
        Guid Id, AftercareTaskKind Kind, DurabilityCheckpoint? Checkpoint, string? Label, DateOnly DueOn, Guid AssigneeUserId, string AssigneeName,
        DateOnly? CompletedOn, bool? DoneOnTime, bool Overdue, string? Outcome, int Version);

    public sealed record CheckpointStatus(DurabilityCheckpoint Checkpoint, DateOnly Date, bool? StillEmployed, bool Reached);

    public sealed record View(
        Guid Id, Guid? ReferralId, PlacementState State, DateOnly StartDate, ContractType ContractType, int HoursPerWeek, PlacementInstrument Instrument,
        bool JobCoachAgreed, Guid ContactPersonUserId, string ContactPersonName, Guid PlacingOrganisationId, string PlacingOrganisationName,
        Guid EmployerId, string EmployerName, Guid VacancyId, string VacancyTitle, Candidate Person, IReadOnlyList<PlanTask> Plan,
        IReadOnlyList<CheckpointStatus> Durability, DateOnly? EndedOn, PlacementEndReason? EndReason, bool CanEdit, int Version);

    public sealed class Handler(WerkbrugDb db, JobSeekerAccess access, PersonalDataAudit audit, PersonalDataVault vault, TimeProvider clock)
    {
        public async Task<Result<View>> HandleAsync(Guid id, CancellationToken cancellationToken)
        {
            var placement = await ReferralAccess.Placements(db).AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
            if (placement is null)
            {
                return Error.NotFound();
            }

            var organisation = db.Scope.OrganisationId;
            var today = DutchTime.Today(clock);
            var vacancy = await db.Vacancies.AsNoTracking().Where(v => v.Id == placement.VacancyId).Select(v => v.Title).FirstOrDefaultAsync(cancellationToken) ?? string.Empty;
            var employer = await db.Employers.AsNoTracking().Where(e => e.Id == placement.EmployerId).Select(e => e.TradeName).FirstOrDefaultAsync(cancellationToken) ?? string.Empty;
            var placing = await db.Organisations.AsNoTracking().Where(o => o.Id == placement.PlacingOrganisationId).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken) ?? string.Empty;
            var tasks = await db.AftercareTasks.AsNoTracking().Where(t => t.PlacementId == placement.Id).ToListAsync(cancellationToken);
            var userIds = tasks.Select(t => t.AssigneeUserId).Append(placement.ContactPersonUserId).Distinct().ToList();
            var users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);

            var profile = await db.JobSeekers.AsNoTracking().FirstOrDefaultAsync(j => j.Id == placement.JobSeekerId, cancellationToken);
            Candidate person;
            if (profile is null)
            {
                person = new Candidate(null, null, Erased: true, null);
            }
            else
            {
                var named = access.Of(profile).ShowsIdentity();
                person = new Candidate(profile.Pseudonym, named ? $"{profile.GivenName} {profile.Surname}" : null, Erased: false, named ? placement.JobSeekerId : null);
                await audit.RecordAsync(ProcessingActivities.Referral, AuditAction.Read, [profile.Pseudonym], cancellationToken);
            }

            var mayOpen = organisation == placement.PlacingOrganisationId || organisation == placement.OwnerOrganisationId;
            var plan = tasks.OrderBy(t => t.DueOn).ThenBy(t => t.Kind).Select(t => new PlanTask(
                    t.Id, t.Kind, t.Checkpoint, t.Label, t.DueOn, t.AssigneeUserId, users.GetValueOrDefault(t.AssigneeUserId) ?? string.Empty,
                    t.CompletedOn, t.DoneOnTime, t.IsOverdue(today), mayOpen ? vault.OpenAftercareNote(t.RegionCode, t.SealedOutcome) : null, t.Version))
                .ToList();
            var durability = Enum.GetValues<DurabilityCheckpoint>()
                .Select(c => new CheckpointStatus(c, placement.CheckpointDate(c), placement.EmployedAt(c), placement.CheckpointDate(c) <= today))
                .ToList();

            return new View(
                placement.Id, placement.ReferralId, placement.EndedOn is null ? PlacementState.Running : PlacementState.Ended, placement.StartDate,
                placement.ContractType, placement.HoursPerWeek, placement.Instrument, placement.JobCoachAgreed, placement.ContactPersonUserId,
                users.GetValueOrDefault(placement.ContactPersonUserId) ?? string.Empty, placement.PlacingOrganisationId, placing,
                placement.EmployerId, employer, placement.VacancyId, vacancy, person, plan, durability, placement.EndedOn, placement.EndReason,
                organisation == placement.PlacingOrganisationId, placement.Version);
        }
    }
}

/// <summary>The placements the caller may see (placing or owner organisation), newest start first: no personal data.</summary>
public static class PlacementList
{
    public sealed record Item(Guid Id, DateOnly StartDate, Guid VacancyId, string VacancyTitle, Guid EmployerId, string EmployerName, PlacementState State, DateOnly? EndedOn, bool? EmployedAtSixMonths, bool? EmployedAtTwelveMonths);

    public sealed class Handler(WerkbrugDb db)
    {
        public async Task<Result<Paged<Item>>> HandleAsync(PageRequest paging, CancellationToken cancellationToken)
        {
            var errors = InputValidator.Validate(paging);
            if (errors.Count > 0)
            {
                return Result<Paged<Item>>.Failure(errors);
            }

            var page = await (
                    from p in ReferralAccess.Placements(db)
                    join v in db.Vacancies on p.VacancyId equals v.Id
                    join e in db.Employers on p.EmployerId equals e.Id
                    orderby p.StartDate descending, p.Id
                    select new { p.Id, p.StartDate, p.VacancyId, v.Title, p.EmployerId, e.TradeName, p.EndedOn, p.EmployedAtSixMonths, p.EmployedAtTwelveMonths })
                .AsNoTracking().ToPagedAsync(paging, cancellationToken);
            return page.With(page.Items.Select(r => new Item(
                r.Id, r.StartDate, r.VacancyId, r.Title, r.EmployerId, r.TradeName, r.EndedOn is null ? PlacementState.Running : PlacementState.Ended,
                r.EndedOn, r.EmployedAtSixMonths, r.EmployedAtTwelveMonths)).ToList());
        }
    }
}
