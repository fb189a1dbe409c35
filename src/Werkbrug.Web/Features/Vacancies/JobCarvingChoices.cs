using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Vacancies;

/// <summary>What the job-carving page offers: the employer and, per vacancy of that employer, its separable tasks.</summary>
public static class JobCarvingChoices
{
    public sealed record View(Guid EmployerId, string EmployerName, IReadOnlyList<SourceVacancy> Vacancies);

    public sealed record SourceVacancy(Guid Id, string Title, IReadOnlyList<SourceTask> Tasks);

    public sealed record SourceTask(Guid Id, string Description, int SharePercent);

    public sealed class Handler(WerkbrugDb db)
    {
        public async Task<Result<View>> HandleAsync(Guid employerId, CancellationToken cancellationToken)
        {
            var employer = await db.Employers.Where(e => e.Id == employerId).Select(e => e.TradeName).FirstOrDefaultAsync(cancellationToken);
            if (employer is null)
            {
                return Error.NotFound();
            }

            var vacancies = await db.Vacancies.AsNoTracking().AsSplitQuery()
                .Where(v => v.EmployerId == employerId && v.Tasks.Any(t => t.Separable))
                .OrderBy(v => v.Title)
                .ToListAsync(cancellationToken);
            return new View(employerId, employer, vacancies.Select(v => new SourceVacancy(
                v.Id, v.Title, v.Tasks.Where(t => t.Separable).OrderBy(t => t.Position).Select(t => new SourceTask(t.Id, t.Description, t.SharePercent)).ToList())).ToList());
        }
    }
}
