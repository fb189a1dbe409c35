using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Planning;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Goals;

/// <summary>The plans of the caller's region, and one plan with its goals (with progress), activities and history.</summary>
public static class PlanDetails
{
    public sealed record Row(Guid Id, int Year, PlanKind Kind, string Title, DateOnly? AdoptedOn, DateOnly? EvaluatedOn, int Version);

    public sealed record Activity(Guid Id, int Version, string Title, Guid OwnerOrganisationId, string OwnerOrganisationName, Guid? OwnerUserId, string? OwnerUserName, ActivityStatus Status, DateOnly? DueOn);

    /// <summary>One history entry: who (null: a user since removed; name as read now), when, which part, what it did and each field old → new.</summary>
    public sealed record Change(DateTime AtUtc, Guid? UserId, string? UserName, PlanPart Part, Guid PartId, ChangeAction Action, IReadOnlyList<FieldChange> Fields);

    public sealed record View(
        Guid Id, int Year, PlanKind Kind, string Title, string? Description, DateOnly? AdoptedOn, DateOnly? EvaluatedOn, int Version,
        IReadOnlyList<GoalsWithProgress.GoalView> Goals, IReadOnlyList<Activity> Activities, IReadOnlyList<Change> History);

    public sealed class Handler(WerkbrugDb db, GoalsWithProgress.Handler goals)
    {
        /// <summary>The region's plans, newest year first.</summary>
        public async Task<Result<Paged<Row>>> ListAsync(PageRequest paging, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(paging);
            var errors = InputValidator.Validate(paging);
            if (errors.Count > 0)
            {
                return Result<Paged<Row>>.Failure(errors);
            }

            var query = db.Plans.AsNoTracking().OrderByDescending(p => p.Year).ThenBy(p => p.Kind).ThenBy(p => p.Title)
                .Select(p => new Row(p.Id, p.Year, p.Kind, p.Title, p.AdoptedOn, p.EvaluatedOn, p.Version));
            return await query.ToPagedAsync(paging, cancellationToken);
        }

        public async Task<Result<View>> HandleAsync(Guid id, CancellationToken cancellationToken)
        {
            var plan = await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
            if (plan is null)
            {
                return Error.NotFound();
            }

            var activities = await db.PlanActivities.AsNoTracking().Where(a => a.PlanId == id)
                .OrderBy(a => a.DueOn == null).ThenBy(a => a.DueOn).ThenBy(a => a.Title)
                .Select(a => new Activity(
                    a.Id, a.Version, a.Title, a.OwnerOrganisationId, db.Organisations.Where(o => o.Id == a.OwnerOrganisationId).Select(o => o.Name).First(),
                    a.OwnerUserId, db.Users.Where(u => u.Id == a.OwnerUserId).Select(u => u.DisplayName).FirstOrDefault(), a.Status, a.DueOn))
                .ToListAsync(cancellationToken);
            var history = await PlanHistory.OfAsync(db, id, cancellationToken);
            var names = await NamesAsync(history, cancellationToken);
            return new View(
                plan.Id, plan.Year, plan.Kind, plan.Title, plan.Description, plan.AdoptedOn, plan.EvaluatedOn, plan.Version,
                await goals.ForPlanAsync(id, cancellationToken), activities,
                [.. history.Select(c => new Change(c.AtUtc, c.UserId, Name(names, c.UserId?.ToString()), c.Part, c.PartId, c.Action,
                    [.. c.Fields.Select(f => References.Contains(f.Field) ? f with { Old = Name(names, f.Old) ?? f.Old, New = Name(names, f.New) ?? f.New } : f)]))]);
        }

        /// <summary>The fields of a history entry that hold an organisation or a user: shown with the name (at the time it is read).</summary>
        private static readonly string[] References = ["OrganisationId", "OwnerOrganisationId", "OwnerUserId"];

        private static string? Name(IReadOnlyDictionary<string, string> names, string? id) => id is null ? null : names.GetValueOrDefault(id);

        /// <summary>The names of the users who made the changes and of the organisations and users the changes name, by id.</summary>
        private async Task<IReadOnlyDictionary<string, string>> NamesAsync(List<PlanChange> history, CancellationToken cancellationToken)
        {
            var ids = history.Select(c => c.UserId).OfType<Guid>()
                .Concat(history.SelectMany(c => c.Fields).Where(f => References.Contains(f.Field)).SelectMany(f => new[] { f.Old, f.New })
                    .Select(v => Guid.TryParse(v, out var g) ? g : (Guid?)null).OfType<Guid>())
                .Distinct().ToList();
            var users = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, Name = u.DisplayName }).ToListAsync(cancellationToken);
            var organisations = await db.Organisations.AsNoTracking().Where(o => ids.Contains(o.Id)).Select(o => new { o.Id, o.Name }).ToListAsync(cancellationToken);
            return users.Concat(organisations).ToDictionary(x => x.Id.ToString(), x => x.Name);
        }
    }
}
