using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Vacancies;
using Werkbrug.Web.Features.Matching;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.ReferenceData;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Vacancies;

/// <summary>Checks <see cref="VacancyFields"/> (annotations, rows, cross-field rules, ids, location) and applies them to a vacancy.</summary>
public static class VacancyInput
{
    /// <summary>The input after checking: non-empty rows with their 1-based row numbers, the location, owner and adviser.</summary>
    public sealed record Checked(
        IReadOnlyList<(int Row, TaskInput Task)> Tasks,
        IReadOnlyList<SkillInput> Skills,
        IReadOnlyList<CompetenceInput> Competences,
        LocationRules.Checked Location,
        Guid OwnerOrganisationId,
        Guid AdviserUserId);

    /// <summary>All errors of <paramref name="fields"/>, or the checked input. <paramref name="vacancyId"/> is the vacancy being updated.</summary>
    public static async Task<Result<Checked>> CheckAsync(WerkbrugDb db, VacancyFields fields, Guid? vacancyId, CancellationToken cancellationToken)
    {
        var errors = InputValidator.Validate(fields);
        var tasks = (fields.Tasks ?? []).Select((t, i) => (Row: i + 1, Task: t)).Where(x => x.Task is not null && !x.Task.IsEmpty()).ToList();
        var skills = (fields.Skills ?? []).Where(s => s is not null && !s.IsEmpty()).ToList();
        var competences = (fields.Competences ?? []).Select((c, i) => (Row: i + 1, Competence: c)).Where(x => x.Competence is not null && !x.Competence.IsEmpty()).ToList();
        CheckRows(tasks, skills, competences.Count, errors);
        errors.AddRange(VacancyRules.Check(new VacancyFacts(
            fields.HoursPerWeekMin, fields.HoursPerWeekMax, fields.StartDate, fields.ClosingDate,
            tasks.Select(t => new TaskLine(t.Task.Description, t.Task.SharePercent, t.Task.Separable, t.Row)).ToList(),
            competences.Select(c => new CompetenceLine(c.Competence.Code, c.Row)).ToList())));
        if (competences.Any(c => c.Competence.Importance is { } i && !Enum.IsDefined(i)))
        {
            errors.Add(Error.Validation(nameof(VacancyFields.Competences), "Validation.Invalid"));
        }

        var location = errors.Any(e => e.Field is nameof(VacancyFields.Postcode) or nameof(VacancyFields.MunicipalityName))
            ? null
            : await LocationRules.CheckAsync(db, fields.Postcode, fields.MunicipalityName, errors, cancellationToken);
        var (owner, adviser) = await CheckIdsAsync(db, fields, vacancyId, errors, cancellationToken);
        if (errors.Count > 0)
        {
            return Result<Checked>.Failure(errors);
        }

        return new Checked(tasks, skills, competences.Select(c => c.Competence).ToList(), location!, owner, adviser);
    }

    /// <summary>A new vacancy of the region with every field from the checked input and its creation in the history.</summary>
    public static Vacancy Create(string regionCode, VacancyFields fields, Checked input, DateTime nowUtc, Guid userId, string? note = null, Guid? intakeRequestId = null)
    {
        var vacancy = new Vacancy
        {
            RegionCode = regionCode,
            Title = string.Empty,
            Occupation = string.Empty,
            Postcode = string.Empty,
            Pc4 = string.Empty,
            MunicipalityName = string.Empty,
            IntakeRequestId = intakeRequestId,
            CreatedAtUtc = nowUtc,
            CreatedByUserId = userId,
        };
        Apply(vacancy, fields, input);
        vacancy.Created(nowUtc, userId, note);
        return vacancy;
    }

    /// <summary>Sets every field of <paramref name="vacancy"/> from the checked input (tasks with a known id are kept and updated).</summary>
    public static void Apply(Vacancy vacancy, VacancyFields fields, Checked input)
    {
        vacancy.EmployerId = fields.EmployerId!.Value;
        vacancy.Title = fields.Title!.Trim();
        vacancy.Occupation = fields.Occupation!.Trim();
        vacancy.OccupationCode = InputText.Clean(fields.OccupationCode);
        vacancy.Description = InputText.Clean(fields.Description);
        vacancy.EducationLevel = fields.EducationLevel;
        vacancy.HoursPerWeekMin = fields.HoursPerWeekMin ?? 0;
        vacancy.HoursPerWeekMax = fields.HoursPerWeekMax!.Value;
        vacancy.Schedule = InputText.Clean(fields.Schedule);
        vacancy.ContractType = fields.ContractType!.Value;
        vacancy.AddressLine = InputText.Clean(fields.AddressLine);
        vacancy.Postcode = input.Location.Postcode;
        vacancy.Pc4 = input.Location.Pc4;
        vacancy.MunicipalityName = input.Location.MunicipalityName;
        vacancy.Positions = fields.Positions!.Value;
        vacancy.StartDate = fields.StartDate;
        vacancy.ClosingDate = fields.ClosingDate;
        vacancy.OpenToAdaptingJob = fields.OpenToAdaptingJob;
        vacancy.HardToFill = fields.HardToFill;
        vacancy.OwnerOrganisationId = input.OwnerOrganisationId;
        vacancy.AdviserUserId = input.AdviserUserId;
        vacancy.ExternalId = InputText.Clean(fields.ExternalId);

        var existing = vacancy.Tasks.ToDictionary(t => t.Id);
        var tasks = input.Tasks.Select((t, position) =>
        {
            var task = t.Task.Id is { } id && existing.TryGetValue(id, out var kept) ? kept : new VacancyTask { Description = string.Empty };
            task.Description = t.Task.Description!.Trim();
            task.SharePercent = t.Task.SharePercent!.Value;
            task.Separable = t.Task.Separable;
            task.Position = position;
            return task;
        }).ToList();
        vacancy.Tasks.RemoveAll(t => !tasks.Contains(t));
        vacancy.Tasks.AddRange(tasks.Where(t => !vacancy.Tasks.Contains(t)));

        vacancy.Skills.Clear();
        vacancy.Skills.AddRange(input.Skills.Select((s, position) => new VacancySkill
        {
            Label = s.Label!.Trim(),
            TaxonomyCode = InputText.Clean(s.TaxonomyCode),
            Kind = s.Kind ?? SkillKind.Required,
            Importance = s.Importance ?? Importance.Must,
            Position = position,
        }));
        MatchingCodes.Resolve(vacancy);
        vacancy.Competences.Clear();
        vacancy.Competences.AddRange(input.Competences.Select((c, position) => new VacancyCompetence
        {
            Code = c.Code!.Value,
            Importance = c.Importance ?? Importance.Must,
            Position = position,
        }));
    }

    private static void CheckRows(List<(int Row, TaskInput Task)> tasks, List<SkillInput> skills, int competences, List<Error> errors)
    {
        foreach (var (row, task) in tasks.Where(t => t.Task.Description?.Trim().Length > VacancyLimits.TaskDescription))
        {
            errors.Add(Error.Validation(nameof(VacancyFields.Tasks), "Vacancy.TaskDescriptionTooLong", row, VacancyLimits.TaskDescription));
        }

        for (var i = 0; i < skills.Count; i++)
        {
            var skill = skills[i];
            if (string.IsNullOrWhiteSpace(skill.Label) || skill.Label.Trim().Length > VacancyLimits.SkillLabel || skill.TaxonomyCode?.Trim().Length > VacancyLimits.SkillCode)
            {
                errors.Add(Error.Validation(nameof(VacancyFields.Skills), "Vacancy.SkillLabel", i + 1, VacancyLimits.SkillLabel));
            }
            else if (skill.Kind is { } kind && !Enum.IsDefined(kind) || skill.Importance is { } importance && !Enum.IsDefined(importance))
            {
                errors.Add(Error.Validation(nameof(VacancyFields.Skills), "Validation.Invalid"));
            }
        }

        AddTooMany(nameof(VacancyFields.Tasks), tasks.Count, VacancyLimits.Tasks, errors);
        AddTooMany(nameof(VacancyFields.Skills), skills.Count, VacancyLimits.Skills, errors);
        AddTooMany(nameof(VacancyFields.Competences), competences, VacancyLimits.Competences, errors);
    }

    private static void AddTooMany(string field, int count, int max, List<Error> errors)
    {
        if (count > max)
        {
            errors.Add(Error.Validation(field, "Vacancy.TooManyRows", max));
        }
    }

    private static async Task<(Guid Owner, Guid Adviser)> CheckIdsAsync(WerkbrugDb db, VacancyFields fields, Guid? vacancyId, List<Error> errors, CancellationToken cancellationToken)
    {
        if (fields.EmployerId is { } employerId && !await db.Employers.AnyAsync(e => e.Id == employerId, cancellationToken))
        {
            errors.Add(Error.Validation(nameof(VacancyFields.EmployerId), "Vacancy.UnknownEmployer"));
        }

        var owner = fields.OwnerOrganisationId ?? db.Scope.OrganisationId!.Value;
        if (!await db.Organisations.AnyAsync(o => o.Id == owner, cancellationToken))
        {
            errors.Add(Error.Validation(nameof(VacancyFields.OwnerOrganisationId), "Vacancy.UnknownOrganisation"));
            return (owner, Guid.Empty);
        }

        var adviserId = fields.AdviserUserId ?? db.Scope.UserId!.Value;
        var adviserRoles = Policies.AdviserRoles.ToArray();
        var adviser = await db.Users.Where(u => u.Id == adviserId && u.IsActive)
            .Select(u => new
            {
                u.OrganisationId,
                IsAdviser = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name).Any(n => adviserRoles.Contains(n!)),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (adviser is not { IsAdviser: true })
        {
            errors.Add(Error.Validation(nameof(VacancyFields.AdviserUserId), "Vacancy.UnknownAdviser"));
        }
        else if (adviser.OrganisationId != owner)
        {
            errors.Add(Error.Validation(nameof(VacancyFields.AdviserUserId), "Vacancy.AdviserNotInOrganisation"));
        }

        var externalId = InputText.Clean(fields.ExternalId);
        if (externalId is not null && await db.Vacancies.AnyAsync(v => v.OwnerOrganisationId == owner && v.ExternalId == externalId && v.Id != vacancyId, cancellationToken))
        {
            errors.Add(Error.Validation(nameof(VacancyFields.ExternalId), "Vacancy.ExternalIdTaken", externalId));
        }

        return (owner, adviserId);
    }
}
