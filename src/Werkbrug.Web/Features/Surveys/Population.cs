using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Surveys;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Surveys;

/// <summary>
/// The region's population of employers for the weighting (<see cref="PopulationCsv"/>): imported per year, replacing
/// that year's table; a file with any error changes nothing.
/// </summary>
public static class Population
{
    public sealed record Query
    {
        [Required]
        [Range(2000, 2100)]
        public int? Year { get; init; }
    }

    public sealed record RowView(string? Section, string? Size, long Count);

    public sealed record View(int Year, bool Cells, long Total, IReadOnlyList<RowView> Rows);

    public sealed record ProblemView(int Line, string Message);

    public sealed record Imported(int Year, int Rows, long Total, bool DryRun, IReadOnlyList<ProblemView> Problems);

    public sealed class Handler(WerkbrugDb db)
    {
        public async Task<Result<IReadOnlyList<View>>> ListAsync(CancellationToken cancellationToken)
        {
            var rows = await db.PopulationCounts.AsNoTracking().ToListAsync(cancellationToken);
            return rows.GroupBy(r => r.Year).OrderByDescending(g => g.Key).Select(g => new View(
                g.Key,
                g.Any(r => r is { Section: not null, Size: not null }),
                g.Where(r => r.Section is not null).Sum(r => r.Count),
                [.. g.OrderBy(r => r.Section ?? "~", StringComparer.Ordinal).ThenBy(r => r.Size).Select(r => new RowView(r.Section, r.Size is { } s ? PopulationCsv.Label(s) : null, r.Count))])).ToList();
        }

        public async Task<Result<Imported>> ImportAsync(Query query, string csv, bool dryRun, Func<PopulationProblem, string> message, CancellationToken cancellationToken)
        {
            if (InputValidator.Validate(query) is { Count: > 0 } errors)
            {
                return Result<Imported>.Failure(errors);
            }

            var (rows, problems) = PopulationCsv.Parse(csv);
            var year = query.Year!.Value;
            var total = rows.Where(r => r.Section is not null).Sum(r => r.Count);
            if (problems.Count > 0 || dryRun)
            {
                return new Imported(year, rows.Count, total, dryRun, [.. problems.Select(p => new ProblemView(p.Line, message(p)))]);
            }

            var region = db.Scope.RegionCode!;
            db.PopulationCounts.RemoveRange(await db.PopulationCounts.Where(p => p.Year == year).ToListAsync(cancellationToken));
            db.PopulationCounts.AddRange(rows.Select(r => new PopulationCount { RegionCode = region, Year = year, Section = r.Section, Size = r.Size, Count = r.Count }));
            await db.SaveChangesAsync(cancellationToken);
            return new Imported(year, rows.Count, total, false, []);
        }
    }
}
