using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.FrontDoor;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Vacancies;

/// <summary>
/// The starting values of the new-vacancy form: a preselected employer, or a front-door request whose company
/// is matched to a registered employer by KvK number and whose text becomes the description.
/// </summary>
public static class VacancyPrefill
{
    /// <summary>The form values, and the request's company when no registered employer matched it.</summary>
    public sealed record Prefill(CreateVacancy.Command Input, string? UnmatchedCompany, string? UnmatchedKvk);

    public sealed class Handler(WerkbrugDb db)
    {
        public async Task<Result<Prefill>> HandleAsync(Guid? employerId, Guid? intakeRequestId, CancellationToken cancellationToken)
        {
            var input = new CreateVacancy.Command { EmployerId = employerId, Positions = 1 };
            if (intakeRequestId is not { } requestId)
            {
                return new Prefill(input, null, null);
            }

            var request = await db.IntakeRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == requestId, cancellationToken);
            if (request is null)
            {
                return Error.NotFound();
            }

            // The employer registered from this request, else the region's employer with the KvK number the employer gave.
            var matched = request.EmployerId ?? (request.KvkNumber is null
                ? null
                : await db.Employers.Where(e => e.KvkNumber == request.KvkNumber).Select(e => (Guid?)e.Id).FirstOrDefaultAsync(cancellationToken));
            var municipality = await db.Municipalities.Where(m => m.Name == request.Municipality).Select(m => m.Name).FirstOrDefaultAsync(cancellationToken);
            var firstLine = request.Text.Split('\n', 2)[0].Trim();
            input = input with
            {
                EmployerId = matched ?? employerId,
                Title = request.Type == IntakeRequestType.Vacancy && firstLine.Length is > 0 and <= VacancyLimits.Title ? firstLine : null,
                Description = request.Text.Length > VacancyLimits.Description ? request.Text[..VacancyLimits.Description] : request.Text,
                MunicipalityName = municipality,
                IntakeRequestId = request.Id,
            };
            return new Prefill(input, matched is null ? request.CompanyName : null, matched is null ? request.KvkNumber : null);
        }
    }
}
