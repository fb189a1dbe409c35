using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Employers;
using Werkbrug.Domain.Geography;
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
    /// <summary>
    /// The input after checking: non-empty rows with their 1-based row numbers, the location, owner and adviser, and the SBI
    /// section (the one given, else the employer's main section).
    /// </summary>
    public sealed record Checked(
        IReadOnlyList<(int Row, TaskInput Task)> Tasks,
        IReadOnlyList<SkillInput> Skills,
        IReadOnlyList<CompetenceInput> Competences,
        LocationRules.Checked Location,
        Guid OwnerOrganisationId,
        Guid AdviserUserId,
        string? SbiSection);

    /// <summary>
    /// What the checks read from the database: the known postcode areas, municipalities, employers (with the section of their
    /// main activity) and organisations among those the rows name, the advisers they name, and the vacancies already holding
    /// their external ids. Read
    /// once for a form, or once for a whole chunk of an import (a fixed number of queries, however many rows).
    /// </summary>
    public sealed record Lookups(
        IReadOnlySet<string> Pc4s, IReadOnlySet<string> Municipalities, IReadOnlyDictionary<Guid, string?> Employers, IReadOnlySet<Guid> Organisations,
        IReadOnlyDictionary<Guid, (Guid OrganisationId, bool IsAdviser)> Advisers, IReadOnlyDictionary<(Guid Owner, string ExternalId), Guid> ExternalIds);

    /// <summary>All errors of <paramref name="fields"/>, or the checked input. <paramref name="vacancyId"/> is the vacancy being updated.</summary>
    public static async Task<Result<Checked>> CheckAsync(WerkbrugDb db, VacancyFields fields, Guid? vacancyId, CancellationToken cancellationToken) =>
        Check(db.Scope, fields, vacancyId, await LookupAsync(db, [fields], cancellationToken));

    /// <summary>The <see cref="Lookups"/> for <paramref name="rows"/>, in six queries.</summary>
    public static async Task<Lookups> LookupAsync(WerkbrugDb db, IReadOnlyCollection<VacancyFields> rows, CancellationToken cancellationToken)
    {
        var pc4s = rows.Select(r => Postcode.ToPc4(r.Postcode)).OfType<string>().Distinct().ToList();
        var names = rows.Select(r => r.MunicipalityName?.Trim()).OfType<string>().Distinct().ToList();
        var employers = rows.Select(r => r.EmployerId).OfType<Guid>().Distinct().ToList();
        var owners = rows.Select(r => r.OwnerOrganisationId ?? db.Scope.OrganisationId!.Value).Distinct().ToList();
        var advisers = rows.Select(r => r.AdviserUserId ?? db.Scope.UserId!.Value).Distinct().ToList();
        var externalIds = rows.Select(r => InputText.Clean(r.ExternalId)).OfType<string>().Distinct().ToList();
        var adviserRoles = Policies.AdviserRoles.ToArray();
        return new Lookups(
            (await db.PostcodeAreas.Where(p => pc4s.Contains(p.Pc4)).Select(p => p.Pc4).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal),
            (await db.Municipalities.Where(m => names.Contains(m.Name)).Select(m => m.Name).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal),
            (await db.Employers.Where(e => employers.Contains(e.Id)).Select(e => new { e.Id, e.SbiCodes }).ToListAsync(cancellationToken))
                .ToDictionary(e => e.Id, e => Sbi.MainSection(e.SbiCodes)),
            (await db.Organisations.Where(o => owners.Contains(o.Id)).Select(o => o.Id).ToListAsync(cancellationToken)).ToHashSet(),
            await db.Users.Where(u => advisers.Contains(u.Id) && u.IsActive)
                .Select(u => new
                {
                    u.Id,
                    u.OrganisationId,
                    IsAdviser = db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name).Any(n => adviserRoles.Contains(n!)),
                })
                .ToDictionaryAsync(u => u.Id, u => (u.OrganisationId, u.IsAdviser), cancellationToken),
            await db.Vacancies.Where(v => owners.Contains(v.OwnerOrganisationId) && v.ExternalId != null && externalIds.Contains(v.ExternalId))
                .Select(v => new { v.OwnerOrganisationId, v.ExternalId, v.Id })
                .ToDictionaryAsync(v => (v.OwnerOrganisationId, v.ExternalId!), v => v.Id, cancellationToken));
    }

    /// <summary>All errors of <paramref name="fields"/> against what <paramref name="known"/> holds, or the checked input; reads nothing.</summary>
    public static Result<Checked> Check(AccessScope scope, VacancyFields fields, Guid? vacancyId, Lookups known)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(known);
        var errors = InputValidator.Validate(fields);
        var tasks = (fields.Tasks ?? []).Select((t, i) => (Row: i + 1, Task: t)).Where(x => x.Task is not null && !x.Task.IsEmpty()).ToList();
        var skills = (fields.Skills ?? []).Where(s => s is not null && !s.IsEmpty()).ToList();
        var competences = (fields.Competences ?? []).Select((c, i) => (Row: i + 1, Competence: c)).Where(x => x.Competence is not null && !x.Competence.IsEmpty()).ToList();
        CheckRows(tasks, skills, competences.Count, errors);
        errors.AddRange(VacancyRules.Check(new VacancyFacts(
            fields.HoursPerWeekMin, fields.HoursPerWeekMax,
            tasks.Select(t => new TaskLine(t.Task.Description, t.Task.SharePercent, t.Task.Separable, t.Row)).ToList(),
            competences.Select(c => new CompetenceLine(c.Competence.Code, c.Row)).ToList())));
        if (competences.Any(c => c.Competence.Importance is { } i && !Enum.IsDefined(i)))
        {
            errors.Add(Error.Validation(nameof(VacancyFields.Competences), "Validation.Invalid"));
        }

        CheckMatchingCriteria(fields, tasks, errors);

        var location = errors.Any(e => e.Field is nameof(VacancyFields.Postcode) or nameof(VacancyFields.MunicipalityName))
            ? null
            : LocationRules.Check(fields.Postcode, fields.MunicipalityName, known.Pc4s, known.Municipalities, errors);
        var (owner, adviser) = CheckIds(scope, fields, vacancyId, known, errors);
        var section = CheckSectionAndContact(fields, known, errors);
        if (errors.Count > 0)
        {
            return Result<Checked>.Failure(errors);
        }

        return new Checked(tasks, skills, competences.Select(c => c.Competence).ToList(), location!, owner, adviser, section);
    }

    /// <summary>A new vacancy of the region with every field from the checked input and its creation in the history.</summary>
    public static Vacancy Create(string regionCode, VacancyFields fields, Checked input, MatchingCodes codes, DateTime nowUtc, Guid userId, string? note = null, Guid? intakeRequestId = null)
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
        Apply(vacancy, fields, input, codes);
        vacancy.Created(nowUtc, userId, note);
        return vacancy;
    }

    /// <summary>
    /// Sets every field of <paramref name="vacancy"/> from the checked input (tasks with a known id are kept and updated) and
    /// resolves its taxonomy codes with <paramref name="codes"/>.
    /// </summary>
    public static void Apply(Vacancy vacancy, VacancyFields fields, Checked input, MatchingCodes codes)
    {
        vacancy.EmployerId = fields.EmployerId!.Value;
        vacancy.Title = fields.Title!.Trim();
        vacancy.Occupation = fields.Occupation!.Trim();
        vacancy.OccupationCode = InputText.Clean(fields.OccupationCode);
        vacancy.Description = InputText.Clean(fields.Description);
        vacancy.EducationLevel = fields.EducationLevel;
        vacancy.MboLevel = fields.EducationLevel == EducationLevel.MboHavoVwo ? fields.MboLevel : null;
        vacancy.DutchSpeaking = fields.DutchSpeaking;
        vacancy.DutchListening = fields.DutchListening;
        vacancy.DutchReading = fields.DutchReading;
        vacancy.DutchWriting = fields.DutchWriting;
        vacancy.DrivingLicence = InputText.Clean(fields.DrivingLicence)?.ToUpperInvariant();
        vacancy.MinExperienceYears = fields.MinExperienceYears is > 0 ? fields.MinExperienceYears : null;
        vacancy.ReservedForJobsAgreement = fields.ReservedForJobsAgreement;
        vacancy.HoursPerWeekMin = fields.HoursPerWeekMin ?? 0;
        vacancy.HoursPerWeekMax = fields.HoursPerWeekMax!.Value;
        vacancy.Schedule = InputText.Clean(fields.Schedule);
        vacancy.ContractType = fields.ContractType!.Value;
        vacancy.AddressLine = InputText.Clean(fields.AddressLine);
        vacancy.Postcode = input.Location.Postcode;
        vacancy.Pc4 = input.Location.Pc4;
        vacancy.MunicipalityName = input.Location.MunicipalityName;
        vacancy.Positions = fields.Positions!.Value;
        vacancy.SbiSection = input.SbiSection;
        vacancy.ContactName = InputText.Clean(fields.ContactName);
        vacancy.ContactPhone = InputText.Clean(fields.ContactPhone);
        vacancy.ContactEmail = InputText.Clean(fields.ContactEmail);
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
            task.Demands = TaskDemandList.Combine(t.Task.Demands);
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
        codes.Resolve(vacancy);
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

    /// <summary>The matching criteria: a known licence category the matching understands, an MBO level only with MBO, single known task demands.</summary>
    private static void CheckMatchingCriteria(VacancyFields fields, List<(int Row, TaskInput Task)> tasks, List<Error> errors)
    {
        if (InputText.Clean(fields.DrivingLicence)?.ToUpperInvariant() is { } licence && !MatchingLicences.Contains(licence, StringComparer.Ordinal))
        {
            errors.Add(Error.Validation(nameof(VacancyFields.DrivingLicence), "Vacancy.UnknownDrivingLicence", string.Join(", ", MatchingLicences)));
        }

        if (fields.MboLevel is not null && fields.EducationLevel != EducationLevel.MboHavoVwo)
        {
            errors.Add(Error.Validation(nameof(VacancyFields.MboLevel), "Vacancy.MboLevelWithoutMbo"));
        }

        foreach (var (row, task) in tasks.Where(t => t.Task.Demands?.Any(d => !TaskDemandList.IsSingle(d)) == true))
        {
            errors.Add(Error.Validation(nameof(VacancyFields.Tasks), "Vacancy.UnknownTaskDemand", row));
        }
    }

    /// <summary>The driving-licence categories a vacancy can ask for: those the matching compares.</summary>
    public static IReadOnlyList<string> MatchingLicences { get; } = ["AM", "B", "BE", "C1", "C", "C1E", "CE", "D1", "D"];

    private static void AddTooMany(string field, int count, int max, List<Error> errors)
    {
        if (count > max)
        {
            errors.Add(Error.Validation(field, "Vacancy.TooManyRows", max));
        }
    }

    /// <summary>
    /// The SBI section: the one given when it is a section letter, else the employer's main section. A contact's phone number
    /// or e-mail address without a name is refused (nobody would know whom to ask for).
    /// </summary>
    private static string? CheckSectionAndContact(VacancyFields fields, Lookups known, List<Error> errors)
    {
        if (InputText.Clean(fields.ContactName) is null && (InputText.Clean(fields.ContactPhone) ?? InputText.Clean(fields.ContactEmail)) is not null)
        {
            errors.Add(Error.Validation(nameof(VacancyFields.ContactName), "Vacancy.ContactNameRequired"));
        }

        var section = InputText.Clean(fields.SbiSection)?.ToUpperInvariant();
        if (section is not null && !Sbi.SectionLetters.Contains(section))
        {
            if (errors.All(e => e.Field != nameof(VacancyFields.SbiSection)))
            {
                errors.Add(Error.Validation(nameof(VacancyFields.SbiSection), "Vacancy.UnknownSbiSection"));
            }

            return null;
        }

        return section ?? (fields.EmployerId is { } employerId ? known.Employers.GetValueOrDefault(employerId) : null);
    }

    private static (Guid Owner, Guid Adviser) CheckIds(AccessScope scope, VacancyFields fields, Guid? vacancyId, Lookups known, List<Error> errors)
    {
        if (fields.EmployerId is { } employerId && !known.Employers.ContainsKey(employerId))
        {
            errors.Add(Error.Validation(nameof(VacancyFields.EmployerId), "Vacancy.UnknownEmployer"));
        }

        var owner = fields.OwnerOrganisationId ?? scope.OrganisationId!.Value;
        if (!known.Organisations.Contains(owner))
        {
            errors.Add(Error.Validation(nameof(VacancyFields.OwnerOrganisationId), "Vacancy.UnknownOrganisation"));
            return (owner, Guid.Empty);
        }

        var adviserId = fields.AdviserUserId ?? scope.UserId!.Value;
        if (!known.Advisers.TryGetValue(adviserId, out var adviser) || !adviser.IsAdviser)
        {
            errors.Add(Error.Validation(nameof(VacancyFields.AdviserUserId), "Vacancy.UnknownAdviser"));
        }
        else if (adviser.OrganisationId != owner)
        {
            errors.Add(Error.Validation(nameof(VacancyFields.AdviserUserId), "Vacancy.AdviserNotInOrganisation"));
        }

        var externalId = InputText.Clean(fields.ExternalId);
        if (externalId is not null && known.ExternalIds.TryGetValue((owner, externalId), out var holder) && holder != vacancyId)
        {
            errors.Add(Error.Validation(nameof(VacancyFields.ExternalId), "Vacancy.ExternalIdTaken", externalId));
        }

        return (owner, adviserId);
    }
}
