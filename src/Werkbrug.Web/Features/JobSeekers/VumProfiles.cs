using System.Globalization;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Audit;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Audit;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Imports;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.JobSeekers;

// The job-seeker profile in the shape of the VUM contract UM-Gemeente-WerkzoekendenProfielen 0.8.7 (schema
// "Werkzoekende"), as the export writes it and the VUM import reads it. Property names are the contract's (camelCase
// through the web JSON defaults). Dates are strings and codes numbers, so a wrong value in one profile is reported for
// that profile instead of refusing the whole body. What the contract has no place for but a Werkbrug profile needs
// (name, birth date, werkfit status, benefit) travels in the extension object "werkbrug"; the contract allows
// additional properties. The BSN is not in the contract and never in this shape.

public sealed record VumProfile
{
    public string? IdWerkzoekende { get; init; }

    public int? IndicatieLdrRegistratie { get; init; }

    public int? IndicatieBeschikbaarheidContactgegevens { get; init; }

    public VumEisAanWerk? EisAanWerk { get; init; }

    public VumMobiliteit? Mobiliteit { get; init; }

    public VumFlexibiliteit? Flexibiliteit { get; init; }

    public VumWerktijden? Werktijden { get; init; }

    public List<VumContractvorm>? Contractvorm { get; init; }

    public VumArbeidsmarktkwalificatie? Arbeidsmarktkwalificatie { get; init; }

    public List<string>? Emailadres { get; init; }

    public List<string>? Telefoonnummer { get; init; }

    /// <summary>
    /// Bemiddelingsberoep: the occupations the person wants to be placed in (Werkbrug's desired occupations, at most three),
    /// uncoded; the taxonomy code is resolved on import.
    /// </summary>
    public List<VumBeroepsnaam>? Bemiddelingsberoep { get; init; }

    /// <summary>Werkbrug's extension: what the pool needs and the contract lacks.</summary>
    public VumWerkbrug? Werkbrug { get; init; }
}

public sealed record VumEisAanWerk(int? IndicatieAanpassingWerkomgeving, int? IndicatieBegeleiding, int? IndicatieWerkvariatie);

public sealed record VumMobiliteit(string? Bemiddelingspostcode, int? MaximaleReisafstand, int? MaximaleReistijd);

public sealed record VumFlexibiliteit(int? IndicatieOnregelmatigWerkOfPloegendienst, string? DatumAanvangBeschikbaarVoorWerk);

public sealed record VumWerktijden(int? AantalWerkurenPerWeekMinimaal, int? AantalWerkurenPerWeekMaximaal);

public sealed record VumContractvorm
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CodeTypeArbeidscontract { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? CodeTypeOvereenkomst { get; init; }
}

public sealed record VumArbeidsmarktkwalificatie
{
    public int? CodeWerkEnDenkniveauWerkzoekende { get; init; }

    public List<VumVakvaardigheid>? Vakvaardigheid { get; init; }

    public List<VumTaalbeheersing>? Taalbeheersing { get; init; }

    public List<VumGedragscompetentie>? Gedragscompetentie { get; init; }

    public List<VumInteresse>? Interesse { get; init; }

    public List<VumRijbewijs>? Rijbewijs { get; init; }

    public List<VumOpleiding>? Opleiding { get; init; }

    public List<VumWerkervaring>? Werkervaring { get; init; }
}

public sealed record VumVakvaardigheid(string? Omschrijving);

public sealed record VumTaalbeheersing(
    string? CodeTaal, int? CodeNiveauTaalbeheersingMondeling, int? CodeNiveauTaalbeheersingSchriftelijk, int? CodeNiveauTaalbeheersingLezen, int? CodeNiveauTaalbeheersingLuisteren);

public sealed record VumGedragscompetentie(int? CodeGedragscompetentie, int? CodeBeheersingGedragscompetentie);

public sealed record VumInteresse(string? NaamInteresse);

public sealed record VumRijbewijs(string? CodeSoortRijbewijs);

public sealed record VumOpleiding(int? CodeNiveauOpleiding, int? IndicatieDiploma, int? CodeStatusOpleiding, string? NaamOpleidingsinstituut, VumOpleidingsnaam? Opleidingsnaam);

/// <summary>The contract's uncoded education name (OpleidingsnaamOngecodeerd).</summary>
public sealed record VumOpleidingsnaam(string? NaamOpleidingOngecodeerd);

public sealed record VumWerkervaring(string? DatumAanvangWerkzaamheden, string? DatumEindeWerkzaamheden, string? NaamOrganisatie, VumBeroepsnaam? Beroep);

/// <summary>The contract's uncoded occupation (BeroepsnaamOngecodeerd).</summary>
public sealed record VumBeroepsnaam(string? NaamBeroepOngecodeerd);

/// <summary>The extension: identity and the report's fields. Only ever in the owner's own export.</summary>
public sealed record VumWerkbrug
{
    public string? Voornaam { get; init; }

    public string? Achternaam { get; init; }

    public string? Geboortedatum { get; init; }

    public string? Adres { get; init; }

    public string? WerkfitStatus { get; init; }

    public string? WerkfitBeoordeeldOp { get; init; }

    public string? Uitkering { get; init; }

    public List<string>? Eigenschappen { get; init; }

    public List<string>? Opleidingswensen { get; init; }

    /// <summary>Bereid tot omscholing (the contract has no place for it).</summary>
    public bool? BereidTotOmscholing { get; init; }

    /// <summary>SBI sections (A–U): the contract's sector is a numeric SBI code, which sections are not.</summary>
    public List<string>? Sectoren { get; init; }

    public string? Inschrijfdatum { get; init; }

    public string? LaatsteContact { get; init; }
}

public static class VumProfiles
{
    /// <summary>The contract has no nulls: an absent value is left out.</summary>
    public static System.Text.Json.JsonSerializerOptions Json { get; } = new(System.Text.Json.JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull, Converters = { new JsonStringEnumConverter() } };

    /// <summary>The report's "columns" for the VUM import: the contract's property paths.</summary>
    public static IReadOnlyList<ImportColumn> Fields { get; } =
    [
        new("idWerkzoekende", "idWerkzoekende", true, nameof(ProfileInput.ExternalId)),
        new("werkbrug.voornaam", "werkbrug.voornaam", true, nameof(ProfileInput.GivenName)),
        new("werkbrug.achternaam", "werkbrug.achternaam", true, nameof(ProfileInput.Surname)),
        new("werkbrug.geboortedatum", "werkbrug.geboortedatum", true, nameof(ProfileInput.BirthDate)),
        new("werkbrug.werkfitStatus", "werkbrug.werkfitStatus", true, nameof(ProfileInput.WerkfitStatus)),
        new("werkbrug.werkfitBeoordeeldOp", "werkbrug.werkfitBeoordeeldOp", false, nameof(ProfileInput.WerkfitAssessedOn)),
        new("werkbrug.uitkering", "werkbrug.uitkering", true, nameof(ProfileInput.Benefit)),
        new("werkbrug.sectoren", "werkbrug.sectoren", false, nameof(ProfileInput.Branches)),
        new("werkbrug.eigenschappen", "werkbrug.eigenschappen", false, nameof(ProfileInput.Traits)),
        new("werkbrug.bereidTotOmscholing", "werkbrug.bereidTotOmscholing", false, nameof(ProfileInput.WillingToRetrain)),
        new("bemiddelingsberoep", "bemiddelingsberoep", false, nameof(ProfileInput.DesiredOccupations)),
        new("werkbrug.inschrijfdatum", "werkbrug.inschrijfdatum", false, nameof(ProfileInput.RegisteredOn)),
        new("werkbrug.laatsteContact", "werkbrug.laatsteContact", false, nameof(ProfileInput.LastContactOn)),
        new("emailadres", "emailadres", false, nameof(ProfileInput.Email)),
        new("telefoonnummer", "telefoonnummer", false, nameof(ProfileInput.Phone)),
        new("mobiliteit.bemiddelingspostcode", "mobiliteit.bemiddelingspostcode", true, nameof(ProfileInput.Postcode)),
        new("mobiliteit.maximaleReisafstand", "mobiliteit.maximaleReisafstand", false, nameof(ProfileInput.MaxTravelKm)),
        new("mobiliteit.maximaleReistijd", "mobiliteit.maximaleReistijd", false, nameof(ProfileInput.MaxTravelMinutes)),
        new("werktijden.aantalWerkurenPerWeekMinimaal", "werktijden.aantalWerkurenPerWeekMinimaal", false, nameof(ProfileInput.MinHoursPerWeek)),
        new("werktijden.aantalWerkurenPerWeekMaximaal", "werktijden.aantalWerkurenPerWeekMaximaal", false, nameof(ProfileInput.MaxHoursPerWeek)),
        new("flexibiliteit", "flexibiliteit", false, nameof(ProfileInput.AvailableFrom)),
        new("flexibiliteit.indicatieOnregelmatigWerkOfPloegendienst", "flexibiliteit.indicatieOnregelmatigWerkOfPloegendienst", false, nameof(ProfileInput.IrregularHours)),
        new("contractvorm", "contractvorm", false, nameof(ProfileInput.ContractDurations)),
        new("eisAanWerk", "eisAanWerk", false, nameof(ProfileInput.AdaptationNeeded)),
        new("eisAanWerk.indicatieBegeleiding", "eisAanWerk.indicatieBegeleiding", false, nameof(ProfileInput.SupervisionNeeded)),
        new("eisAanWerk.indicatieWerkvariatie", "eisAanWerk.indicatieWerkvariatie", false, nameof(ProfileInput.VariationNeeded)),
        new("arbeidsmarktkwalificatie.codeWerkEnDenkniveauWerkzoekende", "arbeidsmarktkwalificatie.codeWerkEnDenkniveauWerkzoekende", false, nameof(ProfileInput.WorkAndThinkingLevel)),
        new("arbeidsmarktkwalificatie.gedragscompetentie", "arbeidsmarktkwalificatie.gedragscompetentie", false, nameof(ProfileInput.Competences)),
        new("arbeidsmarktkwalificatie.taalbeheersing", "arbeidsmarktkwalificatie.taalbeheersing", false, nameof(ProfileInput.Languages)),
        new("arbeidsmarktkwalificatie.rijbewijs", "arbeidsmarktkwalificatie.rijbewijs", false, nameof(ProfileInput.DrivingLicences)),
        new("arbeidsmarktkwalificatie.opleiding", "arbeidsmarktkwalificatie.opleiding", false, nameof(ProfileInput.Education)),
        new("arbeidsmarktkwalificatie.werkervaring", "arbeidsmarktkwalificatie.werkervaring", false, nameof(ProfileInput.WorkExperience)),
        new("arbeidsmarktkwalificatie.vakvaardigheid", "arbeidsmarktkwalificatie.vakvaardigheid", false, nameof(ProfileInput.Skills)),
        new("arbeidsmarktkwalificatie.interesse", "arbeidsmarktkwalificatie.interesse", false, nameof(ProfileInput.Interests)),
        new("werkbrug", "werkbrug", false, ImportJobSeekers.CaseManagerField),
    ];

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static int? Code<T>(T value)
        where T : struct, Enum => Convert.ToInt32(value, CultureInfo.InvariantCulture);

    private static int? Indicator3(Indicator value) => (int)value;

    /// <summary>
    /// The owner's profile in the VUM shape. The functional work requirements go in the contract's eisAanWerk (three
    /// indicators; the agreed adjustments in words have no place and stay out). No BSN.
    /// </summary>
    public static VumProfile From(JobSeekerProfile p, FunctionalWorkRequirements requirements)
    {
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(requirements);
        var contracts = p.Preferences.ContractDurations.Select(c => new VumContractvorm { CodeTypeArbeidscontract = c == ContractDuration.FixedTerm ? "B" : "O" })
            .Concat(p.Preferences.AgreementTypes.Select(a => new VumContractvorm { CodeTypeOvereenkomst = ((int)a).ToString("00", CultureInfo.InvariantCulture) }))
            .ToList();
        return new VumProfile
        {
            IdWerkzoekende = p.ExternalId ?? p.Pseudonym,
            IndicatieLdrRegistratie = p.JobsAgreementTarget ? 1 : 2,
            IndicatieBeschikbaarheidContactgegevens = p.Email is not null || p.Phone is not null ? 1 : 2,
            EisAanWerk = new VumEisAanWerk(Indicator3(requirements.Adaptation), Indicator3(requirements.Supervision), Indicator3(requirements.Variation)),
            Mobiliteit = new VumMobiliteit(p.Postcode.Replace(" ", string.Empty, StringComparison.Ordinal), p.Preferences.MaxTravelKm, p.Preferences.MaxTravelMinutes),
            Flexibiliteit = new VumFlexibiliteit(Indicator3(p.Preferences.IrregularHours), Iso(p.AvailableFrom)),
            Werktijden = new VumWerktijden(p.Preferences.MinHoursPerWeek, p.Preferences.MaxHoursPerWeek),
            Contractvorm = contracts,
            Arbeidsmarktkwalificatie = new VumArbeidsmarktkwalificatie
            {
                CodeWerkEnDenkniveauWerkzoekende = Code(p.WorkAndThinkingLevel),
                Vakvaardigheid = [.. p.Skills.Select(s => new VumVakvaardigheid(s.Label))],
                Taalbeheersing = [.. p.Languages.Select(l => new VumTaalbeheersing(l.Code, Code(l.Oral), Code(l.Written), Code(l.Reading), Code(l.Listening)))],
                Gedragscompetentie = [.. p.Competences.Select(c => new VumGedragscompetentie(Code(c.Code), Code(c.Mastery)))],
                Interesse = [.. p.Interests.Select(i => new VumInteresse(i))],
                Rijbewijs = [.. p.DrivingLicences.Select(l => new VumRijbewijs(l))],
                Opleiding = [.. p.Education.Select(e => new VumOpleiding(Code(e.Level), Code(e.Diploma), Code(e.Status), e.Institution, new VumOpleidingsnaam(e.Name)))],
                Werkervaring = [.. p.WorkExperience.Select(w => new VumWerkervaring(Iso(w.From), Iso(w.Until), w.Organisation, new VumBeroepsnaam(w.Occupation)))],
            },
            Emailadres = p.Email is null ? [] : [p.Email],
            Telefoonnummer = p.Phone is null ? [] : [p.Phone],
            Bemiddelingsberoep = [.. p.Preferences.DesiredOccupations.Select(d => new VumBeroepsnaam(d.Label))],
            Werkbrug = new VumWerkbrug
            {
                BereidTotOmscholing = p.Preferences.WillingToRetrain,
                Voornaam = p.GivenName,
                Achternaam = p.Surname,
                Geboortedatum = Iso(p.BirthDate),
                Adres = p.AddressLine,
                WerkfitStatus = p.WerkfitStatus.ToString(),
                WerkfitBeoordeeldOp = Iso(p.WerkfitAssessedOn),
                Uitkering = p.Benefit.ToString(),
                Eigenschappen = [.. p.Traits],
                Opleidingswensen = [.. p.TrainingNeeds],
                Sectoren = [.. p.Preferences.Branches],
                Inschrijfdatum = Iso(p.RegisteredOn),
                LaatsteContact = Iso(p.LastContactOn),
            },
        };
    }

    /// <summary>A VUM profile as an import candidate: its values read with errors per field; what it lacks keeps the profile on file.</summary>
    public static ImportJobSeekers.Candidate ToCandidate(VumProfile v, int position)
    {
        ArgumentNullException.ThrowIfNull(v);
        var errors = new List<Error>();
        DateOnly? Date(string? text, string field) => ImportValues.Date(text, field, errors);
        T? Enum<T>(int? code, string field)
            where T : struct, System.Enum
        {
            if (code is null)
            {
                return null;
            }

            var value = (T)System.Enum.ToObject(typeof(T), code.Value);
            if (System.Enum.IsDefined(value))
            {
                return value;
            }

            errors.Add(Error.Validation(field, "Import.UnknownCode", code.Value.ToString(CultureInfo.InvariantCulture)));
            return null;
        }

        var w = v.Werkbrug;
        var q = v.Arbeidsmarktkwalificatie;
        var birthDate = Date(w?.Geboortedatum, nameof(ProfileInput.BirthDate));
        var werkfitOn = Date(w?.WerkfitBeoordeeldOp, nameof(ProfileInput.WerkfitAssessedOn));
        var registeredOn = Date(w?.Inschrijfdatum, nameof(ProfileInput.RegisteredOn));
        var lastContact = Date(w?.LaatsteContact, nameof(ProfileInput.LastContactOn));
        var availableFrom = Date(v.Flexibiliteit?.DatumAanvangBeschikbaarVoorWerk, nameof(ProfileInput.AvailableFrom));
        var werkfit = ImportJobSeekers.Code<WerkfitStatus>(w?.WerkfitStatus, nameof(ProfileInput.WerkfitStatus), [], errors);
        var benefit = ImportJobSeekers.Code<BenefitType>(w?.Uitkering, nameof(ProfileInput.Benefit), [], errors);
        var level = Enum<WorkAndThinkingLevel>(q?.CodeWerkEnDenkniveauWerkzoekende, nameof(ProfileInput.WorkAndThinkingLevel));
        var irregular = Enum<Indicator>(v.Flexibiliteit?.IndicatieOnregelmatigWerkOfPloegendienst, nameof(ProfileInput.IrregularHours));
        var adaptation = Enum<Indicator>(v.EisAanWerk?.IndicatieAanpassingWerkomgeving, nameof(ProfileInput.AdaptationNeeded));
        var supervision = Enum<Indicator>(v.EisAanWerk?.IndicatieBegeleiding, nameof(ProfileInput.SupervisionNeeded));
        var variation = Enum<Indicator>(v.EisAanWerk?.IndicatieWerkvariatie, nameof(ProfileInput.VariationNeeded));
        var competences = q?.Gedragscompetentie?.Select(c => new CompetenceInput(
            Enum<Competence>(c.CodeGedragscompetentie ?? -1, nameof(ProfileInput.Competences)) ?? default,
            Enum<Mastery>(c.CodeBeheersingGedragscompetentie ?? -1, nameof(ProfileInput.Competences)))).ToList();
        var languages = q?.Taalbeheersing?.Select(l => new LanguageSkill(
            l.CodeTaal ?? string.Empty,
            Enum<LanguageLevel>(l.CodeNiveauTaalbeheersingMondeling ?? 0, nameof(ProfileInput.Languages)) ?? default,
            Enum<LanguageLevel>(l.CodeNiveauTaalbeheersingSchriftelijk ?? 0, nameof(ProfileInput.Languages)) ?? default,
            Enum<LanguageLevel>(l.CodeNiveauTaalbeheersingLezen ?? 0, nameof(ProfileInput.Languages)) ?? default,
            Enum<LanguageLevel>(l.CodeNiveauTaalbeheersingLuisteren ?? 0, nameof(ProfileInput.Languages)) ?? default)).ToList();
        var education = q?.Opleiding?.Select(e => new EducationInput(
            e.Opleidingsnaam?.NaamOpleidingOngecodeerd,
            Enum<EducationLevel>(e.CodeNiveauOpleiding, nameof(ProfileInput.Education)),
            Enum<EducationStatus>(e.CodeStatusOpleiding, nameof(ProfileInput.Education)),
            Enum<DiplomaIndicator>(e.IndicatieDiploma, nameof(ProfileInput.Education)),
            e.NaamOpleidingsinstituut)).ToList();
        var experience = q?.Werkervaring?.Select(x => new WorkExperienceInput(
            x.Beroep?.NaamBeroepOngecodeerd, x.NaamOrganisatie,
            Date(x.DatumAanvangWerkzaamheden, nameof(ProfileInput.WorkExperience)), Date(x.DatumEindeWerkzaamheden, nameof(ProfileInput.WorkExperience)))).ToList();
        var durations = new List<ContractDuration>();
        var agreements = new List<AgreementType>();
        foreach (var c in v.Contractvorm ?? [])
        {
            switch (c.CodeTypeArbeidscontract)
            {
                case null:
                    break;
                case "B":
                    durations.Add(ContractDuration.FixedTerm);
                    break;
                case "O":
                    durations.Add(ContractDuration.Permanent);
                    break;
                default:
                    errors.Add(Error.Validation(nameof(ProfileInput.ContractDurations), "Import.UnknownCode", ImportFile.Shorten(c.CodeTypeArbeidscontract, 20)));
                    break;
            }

            if (c.CodeTypeOvereenkomst is { } agreement)
            {
                if (agreement.Length == 2 && int.TryParse(agreement, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && System.Enum.IsDefined((AgreementType)n))
                {
                    agreements.Add((AgreementType)n);
                }
                else
                {
                    errors.Add(Error.Validation(nameof(ProfileInput.ContractDurations), "Import.UnknownCode", ImportFile.Shorten(agreement, 20)));
                }
            }
        }

        var key = InputText.Clean(v.IdWerkzoekende);
        return new ImportJobSeekers.Candidate(
            position,
            key,
            b =>
            {
                var on = b ?? new ProfileInput();
                return on with
                {
                    ExternalId = key,
                    GivenName = w?.Voornaam ?? on.GivenName,
                    Surname = w?.Achternaam ?? on.Surname,
                    BirthDate = birthDate ?? on.BirthDate,
                    Bsn = null,
                    Email = v.Emailadres is null ? on.Email : v.Emailadres.FirstOrDefault(),
                    Phone = v.Telefoonnummer is null ? on.Phone : v.Telefoonnummer.FirstOrDefault(),
                    AddressLine = w is null ? on.AddressLine : w.Adres,
                    Postcode = v.Mobiliteit?.Bemiddelingspostcode ?? on.Postcode,
                    WerkfitStatus = werkfit ?? on.WerkfitStatus,
                    WerkfitAssessedOn = werkfitOn ?? (werkfit is null || werkfit == on.WerkfitStatus ? on.WerkfitAssessedOn : null),
                    Benefit = benefit ?? on.Benefit,
                    JobsAgreementTarget = v.IndicatieLdrRegistratie is null ? on.JobsAgreementTarget : v.IndicatieLdrRegistratie == 1,
                    WorkAndThinkingLevel = level ?? on.WorkAndThinkingLevel,
                    Competences = competences ?? on.Competences,
                    Languages = languages ?? on.Languages,
                    DrivingLicences = q?.Rijbewijs?.Select(r => r.CodeSoortRijbewijs ?? string.Empty).ToList() ?? on.DrivingLicences,
                    Education = education ?? on.Education,
                    WorkExperience = experience ?? on.WorkExperience,
                    Skills = q?.Vakvaardigheid?.Select(s => new Skill(s.Omschrijving ?? string.Empty, null)).ToList() ?? on.Skills,
                    Traits = w?.Eigenschappen ?? on.Traits,
                    DesiredOccupations = v.Bemiddelingsberoep?.Select(d => new DesiredOccupationInput(d.NaamBeroepOngecodeerd)).ToList() ?? on.DesiredOccupations,
                    WillingToRetrain = w?.BereidTotOmscholing ?? on.WillingToRetrain,
                    Interests = q?.Interesse?.Select(i => i.NaamInteresse ?? string.Empty).ToList() ?? on.Interests,
                    TrainingNeeds = w?.Opleidingswensen ?? on.TrainingNeeds,
                    MinHoursPerWeek = v.Werktijden is null ? on.MinHoursPerWeek : v.Werktijden.AantalWerkurenPerWeekMinimaal,
                    MaxHoursPerWeek = v.Werktijden is null ? on.MaxHoursPerWeek : v.Werktijden.AantalWerkurenPerWeekMaximaal,
                    MaxTravelKm = v.Mobiliteit is null ? on.MaxTravelKm : v.Mobiliteit.MaximaleReisafstand,
                    MaxTravelMinutes = v.Mobiliteit is null ? on.MaxTravelMinutes : v.Mobiliteit.MaximaleReistijd,
                    Branches = w?.Sectoren ?? on.Branches,
                    ContractDurations = v.Contractvorm is null ? on.ContractDurations : durations,
                    AgreementTypes = v.Contractvorm is null ? on.AgreementTypes : agreements,
                    IrregularHours = irregular ?? on.IrregularHours,
                    AdaptationNeeded = adaptation ?? on.AdaptationNeeded,
                    SupervisionNeeded = supervision ?? on.SupervisionNeeded,
                    VariationNeeded = variation ?? on.VariationNeeded,
                    AvailableFrom = v.Flexibiliteit is null ? on.AvailableFrom : availableFrom,
                    LastContactOn = lastContact ?? on.LastContactOn,
                    RegisteredOn = registeredOn ?? on.RegisteredOn,
                };
            },
            errors,
            null);
    }

    /// <summary>The export with the work requirements: one profile (404 unless the owner's) or all of the own organisation's, for its case managers only; one audit record per person.</summary>
    public sealed class ExportHandler(JobSeekerAccess access, PersonalDataVault vault, PersonalDataAudit audit)
    {
        public async Task<Result<VumProfile>> OneAsync(Guid id, CancellationToken cancellationToken)
        {
            var profile = await access.OwnedAtLeast(DisclosureLevel.Full).AsNoTracking().FirstOrDefaultAsync(j => j.Id == id, cancellationToken);
            if (profile is null)
            {
                return Error.NotFound();
            }

            await audit.RecordAsync(ProcessingActivities.ProfileManagement, AuditAction.Export, [profile.Pseudonym], cancellationToken);
            return From(profile, vault.OpenWorkRequirements(profile.RegionCode, profile.SealedWorkRequirements));
        }

        public async Task<Result<Paged<VumProfile>>> AllAsync(PageRequest paging, CancellationToken cancellationToken)
        {
            var errors = InputValidator.Validate(paging);
            if (errors.Count > 0)
            {
                return Result<Paged<VumProfile>>.Failure(errors);
            }

            var page = await access.OwnedAtLeast(DisclosureLevel.Full).AsNoTracking().OrderBy(j => j.Surname).ThenBy(j => j.Id).ToPagedAsync(paging, cancellationToken);
            await audit.RecordAsync(ProcessingActivities.ProfileManagement, AuditAction.Export, [.. page.Items.Select(p => p.Pseudonym)], cancellationToken);
            return page.With(page.Items.Select(p => From(p, vault.OpenWorkRequirements(p.RegionCode, p.SealedWorkRequirements))).ToList());
        }
    }
}
