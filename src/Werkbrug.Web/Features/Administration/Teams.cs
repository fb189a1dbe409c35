using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Administration;

/// <summary>The region's teams: geographic (municipalities) or sector teams (SBI sections), with their members.</summary>
public static class Teams
{
    public sealed record Item(
        Guid Id,
        string Name,
        Guid ServicePointId,
        string ServicePointName,
        TeamKind Kind,
        IReadOnlyList<string> Focus,
        IReadOnlyList<Member> Members,
        int Version);

    public sealed record Member(Guid Id, string DisplayName);

    /// <summary>The input of both create and update.</summary>
    public abstract class Fields
    {
        [Required]
        [StringLength(TeamLimits.Name)]
        public string? Name { get; init; }

        [Required]
        public Guid? ServicePointId { get; init; }

        [Required]
        [EnumDataType(typeof(TeamKind))]
        public TeamKind? Kind { get; init; }

        /// <summary>Municipalities of the region (geographic team) or SBI section letters (sector team).</summary>
        /// <remarks>Null by default: form binding cannot fill a read-only default collection.</remarks>
        public IReadOnlyList<string>? Focus { get; init; }
    }

    public static class List
    {
        public sealed class Handler(WerkbrugDb db)
        {
            public async Task<IReadOnlyList<Item>> HandleAsync(CancellationToken cancellationToken) =>
                await db.ToItemsAsync(db.Teams.AsNoTracking().OrderBy(t => t.Name), cancellationToken);
        }
    }

    public static class Get
    {
        public sealed class Handler(WerkbrugDb db)
        {
            public async Task<Result<Item>> HandleAsync(Guid id, CancellationToken cancellationToken) =>
                (await db.ToItemsAsync(db.Teams.AsNoTracking().Where(t => t.Id == id), cancellationToken)) is [var item]
                    ? item
                    : Error.NotFound();
        }
    }

    public static class Create
    {
        public sealed class Command : Fields;

        public sealed class Handler(WerkbrugDb db)
        {
            public async Task<Result<Item>> HandleAsync(Command command, CancellationToken cancellationToken)
            {
                var errors = InputValidator.Validate(command);
                if (errors.Count == 0)
                {
                    errors.AddRange(await CheckRulesAsync(db, command, null, cancellationToken));
                }

                if (errors.Count > 0)
                {
                    return Result<Item>.Failure(errors);
                }

                var team = new Team { RegionCode = db.RegionCode(), Name = string.Empty };
                Apply(command, team);
                db.Teams.Add(team);
                await db.SaveChangesAsync(cancellationToken);
                return (await db.ToItemsAsync(db.Teams.Where(t => t.Id == team.Id), cancellationToken))[0];
            }
        }
    }

    public static class Update
    {
        public sealed class Command : Fields
        {
            /// <summary>The version the user saw; a newer stored version refuses the update.</summary>
            [Required]
            public int? Version { get; init; }

            public static Command From(Item item) => new()
            {
                Name = item.Name,
                ServicePointId = item.ServicePointId,
                Kind = item.Kind,
                Focus = item.Focus,
                Version = item.Version,
            };

            public Create.Command ToCreate() => new() { Name = Name, ServicePointId = ServicePointId, Kind = Kind, Focus = Focus };
        }

        public sealed class Handler(WerkbrugDb db)
        {
            public async Task<Result<Item>> HandleAsync(Guid id, Command command, CancellationToken cancellationToken)
            {
                var team = await db.Teams.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
                if (team is null)
                {
                    return Error.NotFound();
                }

                var errors = InputValidator.Validate(command);
                if (errors.Count > 0)
                {
                    return Result<Item>.Failure(errors);
                }

                if (!db.IsCurrentVersion(team, command.Version!.Value))
                {
                    return SaveOrConflict.StaleVersion;
                }

                errors.AddRange(await CheckRulesAsync(db, command, id, cancellationToken));
                if (errors.Count > 0)
                {
                    return Result<Item>.Failure(errors);
                }

                Apply(command, team);
                if (await db.SaveOrConflictAsync(cancellationToken) is { } conflict)
                {
                    return conflict;
                }

                return (await db.ToItemsAsync(db.Teams.Where(t => t.Id == id), cancellationToken))[0];
            }
        }
    }

    private static async Task<List<Item>> ToItemsAsync(this WerkbrugDb db, IQueryable<Team> teams, CancellationToken cancellationToken)
    {
        var rows = await (
            from t in teams
            join s in db.ServicePoints on t.ServicePointId equals s.Id
            select new { t.Id, t.Name, t.ServicePointId, ServicePointName = s.Name, t.Kind, t.Focus, t.Version })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var members = (await db.Users.AsNoTracking()
                .Where(u => u.TeamId != null && ids.Contains(u.TeamId.Value))
                .OrderBy(u => u.DisplayName)
                .Select(u => new { TeamId = u.TeamId!.Value, u.Id, u.DisplayName })
                .ToListAsync(cancellationToken))
            .ToLookup(m => m.TeamId, m => new Member(m.Id, m.DisplayName));
        return rows.Select(r => new Item(r.Id, r.Name, r.ServicePointId, r.ServicePointName, r.Kind, r.Focus, members[r.Id].ToList(), r.Version)).ToList();
    }

    private static void Apply(Fields input, Team team)
    {
        team.Name = input.Name!.Trim();
        team.ServicePointId = input.ServicePointId!.Value;
        team.Kind = input.Kind!.Value;
        team.Focus = Focus(input).Order(StringComparer.Ordinal).ToList();
    }

    private static IEnumerable<string> Focus(Fields input) =>
        (input.Focus ?? []).Select(InputText.Clean).OfType<string>().Distinct(StringComparer.Ordinal);

    /// <summary>Unique name in the region; a service point of the region; a focus that fits the kind (<see cref="Team.InvalidFocus"/>).</summary>
    private static async Task<List<Error>> CheckRulesAsync(WerkbrugDb db, Fields input, Guid? self, CancellationToken cancellationToken)
    {
        var errors = new List<Error>();
        var name = input.Name!.Trim();
        if (await db.Teams.AnyAsync(t => t.Id != self && t.Name == name, cancellationToken))
        {
            errors.Add(Error.Validation(nameof(Fields.Name), "Administration.NameTaken"));
        }

        if (!await db.ServicePoints.AnyAsync(s => s.Id == input.ServicePointId, cancellationToken))
        {
            errors.Add(Error.Validation(nameof(Fields.ServicePointId), "Administration.NotInRegion"));
        }

        var region = db.RegionCode();
        var municipalities = (await db.Municipalities.Where(m => m.RegionCode == region).Select(m => m.Name).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var sections = (await db.SbiSections.Select(s => s.Letter).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var invalid = Team.InvalidFocus(input.Kind!.Value, Focus(input), municipalities, sections);
        if (invalid.Count > 0)
        {
            errors.Add(Error.Validation(nameof(Fields.Focus), "Administration.InvalidFocus", string.Join(", ", invalid.Take(10).Select(f => f.Length > 50 ? f[..50] + "…" : f))));
        }

        return errors;
    }
}
