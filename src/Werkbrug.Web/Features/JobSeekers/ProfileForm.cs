using Werkbrug.Domain.JobSeekers;

namespace Werkbrug.Web.Features.JobSeekers;

/// <summary>The form's rows: every competence, and the entries on file plus empty rows to add.</summary>
public static class ProfileForm
{
    public const int ExtraRows = 2;

    /// <summary>The edit form of the case manager's full profile (the work requirements included).</summary>
    public static ProfileInput From(FullProfile p)
    {
        ArgumentNullException.ThrowIfNull(p);
        var requirements = p.WorkRequirements ?? throw new ArgumentException("The edit form needs the case manager's full profile.", nameof(p));
        return new()
        {
            ExternalId = p.ExternalId,
            GivenName = p.GivenName,
            Surname = p.Surname,
            BirthDate = p.BirthDate,
            Email = p.Email,
            Phone = p.Phone,
            AddressLine = p.AddressLine,
            Postcode = p.Postcode,
            WerkfitStatus = p.WerkfitStatus,
            WerkfitAssessedOn = p.WerkfitAssessedOn,
            Benefit = p.Benefit,
            JobsAgreementTarget = p.JobsAgreementTarget,
            WorkAndThinkingLevel = p.WorkAndThinkingLevel,
            Competences = [.. p.Competences.Select(c => new CompetenceInput(c.Code, c.Mastery))],
            Languages = [.. p.Languages],
            DrivingLicences = [.. p.DrivingLicences],
            Education = [.. p.Education.Select(e => new EducationInput(e.Name, e.Level, e.Status, e.Diploma, e.Institution, e.MboLevel))],
            WorkExperience = [.. p.WorkExperience.Select(w => new WorkExperienceInput(w.Occupation, w.Organisation, w.From, w.Until))],
            Skills = [.. p.Skills],
            Traits = [string.Join('\n', p.Traits)],
            Interests = [string.Join('\n', p.Interests)],
            TrainingNeeds = [string.Join('\n', p.TrainingNeeds)],
            DesiredOccupations = [.. p.Preferences.DesiredOccupations.Select(d => new DesiredOccupationInput(d.Label))],
            WillingToRetrain = p.Preferences.WillingToRetrain,
            MinHoursPerWeek = p.Preferences.MinHoursPerWeek,
            MaxHoursPerWeek = p.Preferences.MaxHoursPerWeek,
            MaxTravelKm = p.Preferences.MaxTravelKm,
            MaxTravelMinutes = p.Preferences.MaxTravelMinutes,
            Branches = [.. p.Preferences.Branches],
            ContractDurations = [.. p.Preferences.ContractDurations],
            AgreementTypes = [.. p.Preferences.AgreementTypes],
            IrregularHours = p.Preferences.IrregularHours,
            AdaptationNeeded = requirements.Adaptation,
            SupervisionNeeded = requirements.Supervision,
            VariationNeeded = requirements.Variation,
            Adjustments = requirements.Adjustments,
            Limitations = [.. Domain.Vacancies.TaskDemandList.Split(requirements.Limitations)],
            AvailableFrom = p.AvailableFrom,
            LastContactOn = p.LastContactOn,
            RegisteredOn = p.RegisteredOn,
            DeregisteredOn = p.DeregisteredOn,
            Version = p.Version,
        };
    }

    public static Mastery? MasteryOf(ProfileInput input, Competence code) => input.Competences?.FirstOrDefault(c => c.Code == code)?.Mastery;

    public static IReadOnlyList<T> WithEmptyRows<T>(IReadOnlyList<T>? rows, T empty) => [.. rows ?? [], .. Enumerable.Repeat(empty, ExtraRows)];

    /// <summary>The desired occupations on file, then empty rows up to the three a profile holds.</summary>
    public static IReadOnlyList<DesiredOccupationInput> DesiredRows(IReadOnlyList<DesiredOccupationInput>? rows) =>
        [.. rows ?? [], .. Enumerable.Repeat(new DesiredOccupationInput(null), Math.Max(0, WorkPreferences.MaxDesiredOccupations - (rows?.Count ?? 0)))];

    public static string Lines(List<string>? items) => string.Join('\n', items ?? []);

    public static string? Value(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static string? Value(int? number) => number?.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
