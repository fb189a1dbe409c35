using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Vacancies;
using Werkbrug.Web.Infrastructure.Persistence;
using LanguageLevel = Werkbrug.Domain.JobSeekers.LanguageLevel;

namespace Werkbrug.Web.Features.Vacancies;

/// <summary>
/// One vacancy with its tasks, skills, competences, SBI section, the employer's contact person for it, status history,
/// escalations, the statuses it may move to, and whether it is public (and shown to the public now).
/// </summary>
public static class VacancyDetails
{
    public sealed record View(
        Guid Id,
        Guid EmployerId,
        string EmployerName,
        string Title,
        string Occupation,
        string? OccupationCode,
        string? Description,
        IReadOnlyList<TaskView> Tasks,
        IReadOnlyList<SkillView> Skills,
        IReadOnlyList<CompetenceView> Competences,
        EducationLevel? EducationLevel,
        int? MboLevel,
        LanguageLevel? DutchSpeaking,
        LanguageLevel? DutchListening,
        LanguageLevel? DutchReading,
        LanguageLevel? DutchWriting,
        string? DrivingLicence,
        int? MinExperienceYears,
        bool ReservedForJobsAgreement,
        int HoursPerWeekMin,
        int HoursPerWeekMax,
        string? Schedule,
        ContractType ContractType,
        string? AddressLine,
        string Postcode,
        string Pc4,
        string MunicipalityName,
        int Positions,
        string? SbiSection,
        string? ContactName,
        string? ContactPhone,
        string? ContactEmail,
        DateOnly? StartDate,
        DateOnly? ClosingDate,
        bool OpenToAdaptingJob,
        bool HardToFill,
        Guid OwnerOrganisationId,
        string OwnerOrganisationName,
        Guid AdviserUserId,
        string AdviserName,
        string? ExternalId,
        Guid? IntakeRequestId,
        bool IsCreatedFunction,
        VacancyStatus Status,
        IReadOnlyList<string> NextStatuses,
        EscalationLevel EscalationLevel,
        bool IsStale,
        IReadOnlyList<StatusChangeView> History,
        IReadOnlyList<EscalationView> Escalations,
        DateTime CreatedAtUtc,
        DateTime LastActivityAtUtc,
        bool IsPublic,
        DateTime? PublicSinceUtc,
        bool IsShownPublicly,
        int Version);

    public sealed record TaskView(Guid Id, string Description, int SharePercent, bool Separable, Guid? SourceVacancyId, string? SourceVacancyTitle, Guid? SourceTaskId)
    {
        /// <summary>What the task demands (each one value); empty when nothing was recorded.</summary>
        public IReadOnlyList<TaskDemands> Demands { get; init; } = [];
    }

    public sealed record SkillView(
        string Label, string? TaxonomyCode,
        SkillKind Kind,
        Importance Importance);

    public sealed record CompetenceView(int Code, Importance Importance);

    public sealed record StatusChangeView(
        VacancyStatus? From,
        VacancyStatus To,
        DateTime AtUtc, Guid ByUserId, string ByName, string? Note);

    public sealed record EscalationView(
        EscalationLevel From,
        EscalationLevel To,
        string Reason, DateTime AtUtc, Guid ByUserId, string ByName);

    public sealed class Handler(WerkbrugDb db, TimeProvider clock, IOptions<VacancyOptions> options)
    {
        public async Task<Result<View>> HandleAsync(Guid id, CancellationToken cancellationToken)
        {
            var v = await db.Vacancies.AsNoTracking().AsSplitQuery().FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
            if (v is null)
            {
                return Error.NotFound();
            }

            var userIds = v.StatusHistory.Select(h => h.ByUserId).Concat(v.Escalations.Select(e => e.ByUserId)).Append(v.AdviserUserId).Distinct().ToList();
            var users = await db.Users.Where(u => userIds.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName }).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
            var employer = await db.Employers.Where(e => e.Id == v.EmployerId).Select(e => e.TradeName).FirstOrDefaultAsync(cancellationToken) ?? string.Empty;
            var organisation = await db.Organisations.Where(o => o.Id == v.OwnerOrganisationId).Select(o => o.Name).FirstOrDefaultAsync(cancellationToken) ?? string.Empty;
            var sourceIds = v.Tasks.Select(t => t.SourceVacancyId).OfType<Guid>().Distinct().ToList();
            // Only the titles, and no query for no ids: a whole vacancy comes with its five owned collections joined in one
            // statement (which also made PostgreSQL JIT-compile it for seconds, ADR 0040).
            var sources = sourceIds.Count == 0 ? [] : await db.Vacancies.Where(s => sourceIds.Contains(s.Id)).Select(s => new { s.Id, s.Title }).ToDictionaryAsync(s => s.Id, s => s.Title, cancellationToken);
            string Name(Guid user) => users.GetValueOrDefault(user) ?? string.Empty;

            return new View(
                v.Id, v.EmployerId, employer, v.Title, v.Occupation, v.OccupationCode, v.Description,
                v.Tasks.OrderBy(t => t.Position).Select(t => new TaskView(
                    t.Id, t.Description, t.SharePercent, t.Separable, t.SourceVacancyId, t.SourceVacancyId is { } s ? sources.GetValueOrDefault(s) : null, t.SourceTaskId)
                { Demands = TaskDemandList.Split(t.Demands) }).ToList(),
                v.Skills.OrderBy(s => s.Position).Select(s => new SkillView(s.Label, s.TaxonomyCode, s.Kind, s.Importance)).ToList(),
                v.Competences.OrderBy(c => c.Position).Select(c => new CompetenceView(c.Code, c.Importance)).ToList(),
                v.EducationLevel, v.MboLevel, v.DutchSpeaking, v.DutchListening, v.DutchReading, v.DutchWriting, v.DrivingLicence, v.MinExperienceYears, v.ReservedForJobsAgreement,
                v.HoursPerWeekMin, v.HoursPerWeekMax, v.Schedule, v.ContractType,
                v.AddressLine, v.Postcode, v.Pc4, v.MunicipalityName, v.Positions, v.SbiSection, v.ContactName, v.ContactPhone, v.ContactEmail, v.StartDate, v.ClosingDate, v.OpenToAdaptingJob, v.HardToFill,
                v.OwnerOrganisationId, organisation, v.AdviserUserId, Name(v.AdviserUserId), v.ExternalId, v.IntakeRequestId, v.IsCreatedFunction,
                v.Status, VacancyWorkflow.NextFrom(v.Status).Select(s => s.ToString()).ToList(), v.EscalationLevel, v.IsStale(clock.GetUtcNow().UtcDateTime, options.Value.StaleAfterDays),
                v.StatusHistory.OrderByDescending(h => h.AtUtc).Select(h => new StatusChangeView(h.From, h.To, h.AtUtc, h.ByUserId, Name(h.ByUserId), h.Note)).ToList(),
                v.Escalations.OrderByDescending(e => e.AtUtc).Select(e => new EscalationView(e.From, e.To, e.Reason, e.AtUtc, e.ByUserId, Name(e.ByUserId))).ToList(),
                v.CreatedAtUtc, v.LastActivityAtUtc,
                v.IsPublic, v.PublicSinceUtc, PublicVacancies.IsShown(v.IsPublic, v.Status, v.ClosingDate, DutchTime.Today(clock)), v.Version);
        }
    }
}
