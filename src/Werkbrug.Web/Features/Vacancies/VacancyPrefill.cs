using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Employers;
using Werkbrug.Domain.FrontDoor;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Vacancies;

/// <summary>
/// The starting values of the new-vacancy form: a preselected employer, or a front-door request whose company
/// is matched to a registered employer by KvK number, whose text becomes the description, whose municipality
/// picks the employer's location there as the work location and whose contact becomes the vacancy's contact person. The
/// SBI section is the matched employer's main section, else the one the request names.
/// </summary>
public static class VacancyPrefill
{
    /// <summary>The form values and the request's company when no registered employer matched it.</summary>
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
            var location = await LocationAsync(matched ?? employerId, municipality, cancellationToken);
            var codes = await db.Employers.Where(e => e.Id == (matched ?? employerId)).Select(e => e.SbiCodes).FirstOrDefaultAsync(cancellationToken);
            var firstLine = request.Text.Split('\n', 2)[0].Trim();
            input = input with
            {
                EmployerId = matched ?? employerId,
                Title = request.Type == IntakeRequestType.Vacancy && firstLine.Length is > 0 and <= VacancyLimits.Title ? firstLine : null,
                Description = request.Text.Length > VacancyLimits.Description ? request.Text[..VacancyLimits.Description] : request.Text,
                AddressLine = location?.AddressLine,
                Postcode = location?.Postcode,
                MunicipalityName = location?.MunicipalityName ?? municipality,
                SbiSection = Sbi.MainSection(codes ?? []) ?? request.SbiSection,
                ContactName = request.ContactName,
                ContactPhone = request.Phone,
                ContactEmail = request.Email,
                IntakeRequestId = request.Id,
            };
            return new Prefill(input, matched is null ? request.CompanyName : null, matched is null ? request.KvkNumber : null);
        }

        /// <summary>
        /// The employer's location in the request's municipality (where the work is); its first location when the request
        /// names no known municipality; else null.
        /// </summary>
        private async Task<EmployerLocation?> LocationAsync(Guid? employerId, string? municipality, CancellationToken cancellationToken)
        {
            var locations = await db.Employers.AsNoTracking().Where(e => e.Id == employerId).SelectMany(e => e.Locations).ToListAsync(cancellationToken);
            return municipality is null ? locations.FirstOrDefault() : locations.FirstOrDefault(l => l.MunicipalityName == municipality);
        }
    }
}
