using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Referrals;
using Werkbrug.Domain.Vacancies;
using Werkbrug.Web.Features.JobSeekers;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Imports;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Vacancies;

// The vacancy in the shape of the VUM contract UM-Gemeente-Vacatures 0.8.2 (schema "Vacature"), as the export writes it,
// the VUM import reads it and partner systems push it (Features/Exchange). Property names are the contract's (camelCase);
// dates are strings and codes the contract's, so a wrong value is reported for that vacancy instead of refusing the body.
// What the contract has no place for but a Werkbrug vacancy needs (the employer's KvK number, SBI section, status, tasks,
// skills and competences with their weight, the exact texts where the contract is shorter) travels in the extension
// object "werkbrug", as the profile export does; the process data (how the vacancy's referrals ended) too, as counts only.

public sealed record VumVacancy
{
    public string? IdVacature { get; init; }

    public string? NaamVacature { get; init; }

    public string? OmschrijvingVacature { get; init; }

    public string? CodeWerkEnDenkniveauMinimaal { get; init; }

    public string? SluitingsDatumVacature { get; init; }

    public VumVacancyEmployer? Werkgever { get; init; }

    public VumVacancyTerms? ArbeidsVoorwaarden { get; init; }

    public List<VumContractvorm>? Contractvorm { get; init; }

    public VumVacancyOccupation? Beroep { get; init; }

    public VumVacancyHours? Werktijden { get; init; }

    public List<VumVacancyCompetence>? Gedragscompetentie { get; init; }

    public List<VumVacancySkill>? Vakvaardigheid { get; init; }

    /// <summary>Werkbrug's extension: what a vacancy needs and the contract lacks.</summary>
    public VumVacancyWerkbrug? Werkbrug { get; init; }
}

public sealed record VumVacancyEmployer
{
    public string? HandelsnaamOrganisatie { get; init; }

    public List<VumVacancyAddressHolding>? AdresHouding { get; init; }

    public List<VumVacancyContact>? Contactpersoon { get; init; }
}

/// <summary>The work location: codeFunctieAdres "E" (werklocatieadres).</summary>
public sealed record VumVacancyAddressHolding
{
    public string? CodeFunctieAdres { get; init; }

    public VumVacancyAddress? Adres { get; init; }
}

public sealed record VumVacancyAddress
{
    public VumVacancyDutchAddress? AdresNederland { get; init; }
}

public sealed record VumVacancyDutchAddress
{
    /// <summary>"3811AB": the contract's pattern has no space.</summary>
    public string? Postcode { get; init; }

    public string? Gemeentenaam { get; init; }
}

public sealed record VumVacancyContact
{
    public string? NaamContactpersoonAfdeling { get; init; }

    public List<string>? Telefoonnummer { get; init; }

    public List<string>? Emailadres { get; init; }
}

public sealed record VumVacancyTerms
{
    public string? DatumAanvangWerkzaamheden { get; init; }

    public string? OmschrijvingArbeidsvoorwaarden { get; init; }
}

/// <summary>The contract's uncoded occupation (BeroepsnaamOngecodeerd).</summary>
public sealed record VumVacancyOccupation
{
    public string? NaamBeroepOngecodeerd { get; init; }
}

public sealed record VumVacancyHours
{
    public int? AantalWerkurenPerWeekMinimaal { get; init; }

    public int? AantalWerkurenPerWeekMaximaal { get; init; }
}

public sealed record VumVacancyCompetence
{
    public int? CodeGedragscompetentie { get; init; }
}

public sealed record VumVacancySkill
{
    public string? Omschrijving { get; init; }
}

/// <summary>The extension. Texts the contract holds shorter or in another form are here as Werkbrug keeps them.</summary>
public sealed record VumVacancyWerkbrug
{
    public string? Kvknummer { get; init; }

    /// <summary>The SBI section (A–U); the contract's sector is a numeric SBI code, which a section is not.</summary>
    public string? SbiSectie { get; init; }

    /// <summary>The status (Draft, Open, CandidatesProposed, PartlyFilled, Filled, Withdrawn, Expired); left out: Draft for a new vacancy.</summary>
    public string? Status { get; init; }

    /// <summary>The kind of agreement (Regular, TrialPlacement, Leerbaan, WorkExperiencePlace, Volunteering): a proefplaatsing has no VUM code.</summary>
    public string? Contractvorm { get; init; }

    public int? Aantal { get; init; }

    public string? Adres { get; init; }

    /// <summary>A postcode of four digits only (the contract's pattern needs the letters).</summary>
    public string? Postcode { get; init; }

    /// <summary>The occupation's ESCO URI (the contract's codeBeroepsnaam is a BO&amp;C code of ten characters).</summary>
    public string? BeroepCode { get; init; }

    /// <summary>The whole description when it is longer than the contract's 2,000 characters.</summary>
    public string? Omschrijving { get; init; }

    /// <summary>The contact's phone number as entered (the contract's has no spaces).</summary>
    public string? ContactTelefoon { get; init; }

    public bool? MoeilijkVervulbaar { get; init; }

    public bool? Aanpasbaar { get; init; }

    public List<VumVacancyTask>? Taken { get; init; }

    public List<VumVacancySkillWeight>? Vaardigheden { get; init; }

    public List<VumVacancyCompetenceWeight>? Competenties { get; init; }

    /// <summary>Process data (export only): how many referrals to this vacancy are in each state. Counts, never a person.</summary>
    public VumVacancyReferrals? Voordrachten { get; init; }
}

public sealed record VumVacancyTask
{
    public string? Omschrijving { get; init; }

    public int? Aandeel { get; init; }

    public bool? Afsplitsbaar { get; init; }
}

public sealed record VumVacancySkillWeight
{
    public string? Label { get; init; }

    public string? Code { get; init; }

    /// <summary>Required or Trainable.</summary>
    public string? Soort { get; init; }

    /// <summary>Must or Nice.</summary>
    public string? Belang { get; init; }
}

public sealed record VumVacancyCompetenceWeight
{
    public int? Code { get; init; }

    /// <summary>Must or Nice.</summary>
    public string? Belang { get; init; }
}

/// <summary>The referral outcomes of one vacancy (process data), counted per state.</summary>
public sealed record VumVacancyReferrals
{
    public required int Voorgesteld { get; init; }

    public required int WachtOpEigenaar { get; init; }

    public required int NaarWerkgever { get; init; }

    public required int Uitgenodigd { get; init; }

    public required int Aangenomen { get; init; }

    public required int Afgewezen { get; init; }

    public required int Ingetrokken { get; init; }

    public required int NietGoedgekeurd { get; init; }
}

public static class VumVacancies
{
    /// <summary>The contract's maximum length of omschrijvingVacature.</summary>
    public const int DescriptionLength = 2000;

    /// <summary>The report's "columns" for the VUM import: the contract's property paths.</summary>
    public static IReadOnlyList<ImportColumn> Fields { get; } =
    [
        new("idVacature", "idVacature", true, nameof(VacancyFields.ExternalId)),
        new("werkbrug.kvknummer", "werkbrug.kvknummer", true, nameof(VacancyFields.EmployerId)),
        new("naamVacature", "naamVacature", true, nameof(VacancyFields.Title)),
        new("beroep.naamBeroepOngecodeerd", "beroep.naamBeroepOngecodeerd", true, nameof(VacancyFields.Occupation)),
        new("werkbrug.beroepCode", "werkbrug.beroepCode", false, nameof(VacancyFields.OccupationCode)),
        new("omschrijvingVacature", "omschrijvingVacature", false, nameof(VacancyFields.Description)),
        new("codeWerkEnDenkniveauMinimaal", "codeWerkEnDenkniveauMinimaal", false, nameof(VacancyFields.EducationLevel)),
        new("werktijden.aantalWerkurenPerWeekMinimaal", "werktijden.aantalWerkurenPerWeekMinimaal", false, nameof(VacancyFields.HoursPerWeekMin)),
        new("werktijden.aantalWerkurenPerWeekMaximaal", "werktijden.aantalWerkurenPerWeekMaximaal", true, nameof(VacancyFields.HoursPerWeekMax)),
        new("arbeidsVoorwaarden.omschrijvingArbeidsvoorwaarden", "arbeidsVoorwaarden.omschrijvingArbeidsvoorwaarden", false, nameof(VacancyFields.Schedule)),
        new("contractvorm", "contractvorm", true, nameof(VacancyFields.ContractType)),
        new("werkbrug.adres", "werkbrug.adres", false, nameof(VacancyFields.AddressLine)),
        new("werkgever.adresHouding.adres.adresNederland.postcode", "werkgever.adresHouding.adres.adresNederland.postcode", true, nameof(VacancyFields.Postcode)),
        new("werkgever.adresHouding.adres.adresNederland.gemeentenaam", "werkgever.adresHouding.adres.adresNederland.gemeentenaam", true, nameof(VacancyFields.MunicipalityName)),
        new("werkbrug.aantal", "werkbrug.aantal", false, nameof(VacancyFields.Positions)),
        new("werkbrug.sbiSectie", "werkbrug.sbiSectie", false, nameof(VacancyFields.SbiSection)),
        new("werkgever.contactpersoon", "werkgever.contactpersoon", false, nameof(VacancyFields.ContactName)),
        new("werkgever.contactpersoon.telefoonnummer", "werkgever.contactpersoon.telefoonnummer", false, nameof(VacancyFields.ContactPhone)),
        new("werkgever.contactpersoon.emailadres", "werkgever.contactpersoon.emailadres", false, nameof(VacancyFields.ContactEmail)),
        new("arbeidsVoorwaarden.datumAanvangWerkzaamheden", "arbeidsVoorwaarden.datumAanvangWerkzaamheden", false, nameof(VacancyFields.StartDate)),
        new("sluitingsDatumVacature", "sluitingsDatumVacature", false, nameof(VacancyFields.ClosingDate)),
        new("werkbrug.taken", "werkbrug.taken", false, nameof(VacancyFields.Tasks)),
        new("werkbrug.vaardigheden", "werkbrug.vaardigheden", false, nameof(VacancyFields.Skills)),
        new("werkbrug.competenties", "werkbrug.competenties", false, nameof(VacancyFields.Competences)),
        new("werkbrug.status", "werkbrug.status", false, "Status"),
        new("werkbrug", "werkbrug", false, "Source"),
    ];

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The vacancy in the VUM shape, with its employer's name and KvK number and its referral counts.</summary>
    public static VumVacancy From(Vacancy v, string employerName, string kvkNumber, VumVacancyReferrals referrals)
    {
        ArgumentNullException.ThrowIfNull(v);
        var phone = v.ContactPhone is null ? null : ContractPhone(v.ContactPhone);
        var fullPostcode = v.Postcode.Replace(" ", string.Empty, StringComparison.Ordinal);
        return new VumVacancy
        {
            IdVacature = v.ExternalId ?? v.Id.ToString(),
            NaamVacature = v.Title,
            OmschrijvingVacature = v.Description is { Length: > DescriptionLength } text ? text[..DescriptionLength] : v.Description,
            CodeWerkEnDenkniveauMinimaal = v.EducationLevel is { } level ? ((int)level).ToString(CultureInfo.InvariantCulture) : null,
            SluitingsDatumVacature = Iso(v.ClosingDate),
            Werkgever = new VumVacancyEmployer
            {
                HandelsnaamOrganisatie = employerName,
                AdresHouding =
                [
                    new VumVacancyAddressHolding
                    {
                        CodeFunctieAdres = "E",
                        Adres = new VumVacancyAddress
                        {
                            AdresNederland = new VumVacancyDutchAddress { Postcode = fullPostcode.Length == 6 ? fullPostcode : null, Gemeentenaam = v.MunicipalityName },
                        },
                    },
                ],
                Contactpersoon = v.ContactName is null ? [] :
                [
                    new VumVacancyContact
                    {
                        NaamContactpersoonAfdeling = v.ContactName.Length > 35 ? v.ContactName[..35] : v.ContactName,
                        Telefoonnummer = phone is null ? [] : [phone],
                        Emailadres = v.ContactEmail is null ? [] : [v.ContactEmail],
                    },
                ],
            },
            ArbeidsVoorwaarden = new VumVacancyTerms { DatumAanvangWerkzaamheden = Iso(v.StartDate), OmschrijvingArbeidsvoorwaarden = v.Schedule },
            Contractvorm = ContractTypes.VumCode(v.ContractType) is { } code ? [new VumContractvorm { CodeTypeOvereenkomst = code }] : [],
            Beroep = new VumVacancyOccupation { NaamBeroepOngecodeerd = v.Occupation },
            Werktijden = new VumVacancyHours { AantalWerkurenPerWeekMinimaal = v.HoursPerWeekMin, AantalWerkurenPerWeekMaximaal = v.HoursPerWeekMax },
            Gedragscompetentie = [.. v.Competences.OrderBy(c => c.Position).Select(c => new VumVacancyCompetence { CodeGedragscompetentie = c.Code })],
            Vakvaardigheid = [.. v.Skills.OrderBy(s => s.Position).Select(s => new VumVacancySkill { Omschrijving = s.Label })],
            Werkbrug = new VumVacancyWerkbrug
            {
                Kvknummer = kvkNumber,
                SbiSectie = v.SbiSection,
                Status = v.Status.ToString(),
                Contractvorm = v.ContractType.ToString(),
                Aantal = v.Positions,
                Adres = v.AddressLine,
                Postcode = fullPostcode.Length == 6 ? null : v.Postcode,
                BeroepCode = v.OccupationCode,
                Omschrijving = v.Description is { Length: > DescriptionLength } ? v.Description : null,
                ContactTelefoon = v.ContactPhone == phone ? null : v.ContactPhone,
                MoeilijkVervulbaar = v.HardToFill,
                Aanpasbaar = v.OpenToAdaptingJob,
                Taken = [.. v.Tasks.OrderBy(t => t.Position).Select(t => new VumVacancyTask { Omschrijving = t.Description, Aandeel = t.SharePercent, Afsplitsbaar = t.Separable })],
                Vaardigheden = [.. v.Skills.OrderBy(s => s.Position).Select(s => new VumVacancySkillWeight { Label = s.Label, Code = s.TaxonomyCode, Soort = s.Kind.ToString(), Belang = s.Importance.ToString() })],
                Competenties = [.. v.Competences.OrderBy(c => c.Position).Select(c => new VumVacancyCompetenceWeight { Code = c.Code, Belang = c.Importance.ToString() })],
                Voordrachten = referrals,
            },
        };
    }

    /// <summary>A Dutch phone number as the contract writes it: digits only after an optional "+".</summary>
    private static string ContractPhone(string phone) => string.Concat(phone.Where((c, i) => char.IsAsciiDigit(c) || (c == '+' && i == 0)));

    /// <summary>The referral counts of the given vacancies, per state, in one query.</summary>
    public static async Task<Dictionary<Guid, VumVacancyReferrals>> ReferralCountsAsync(WerkbrugDb db, IReadOnlyCollection<Guid> vacancyIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.Referrals.Where(r => vacancyIds.Contains(r.VacancyId)).GroupBy(r => new { r.VacancyId, r.Status })
            .Select(g => new { g.Key.VacancyId, g.Key.Status, Count = g.Count() }).ToListAsync(cancellationToken);
        return vacancyIds.ToDictionary(id => id, id =>
        {
            int Count(ReferralStatus status) => rows.Where(r => r.VacancyId == id && r.Status == status).Sum(r => r.Count);
            return new VumVacancyReferrals
            {
                Voorgesteld = Count(ReferralStatus.Proposed),
                WachtOpEigenaar = Count(ReferralStatus.AwaitingOwner),
                NaarWerkgever = Count(ReferralStatus.SentToEmployer),
                Uitgenodigd = Count(ReferralStatus.Invited),
                Aangenomen = Count(ReferralStatus.Hired),
                Afgewezen = Count(ReferralStatus.Rejected),
                Ingetrokken = Count(ReferralStatus.Withdrawn),
                NietGoedgekeurd = Count(ReferralStatus.Declined),
            };
        });
    }

    /// <summary>The region's vacancies (as the vacancy list shows them) in the VUM shape: one, or a page of all.</summary>
    public sealed class ExportHandler(WerkbrugDb db)
    {
        public async Task<Result<VumVacancy>> OneAsync(Guid id, CancellationToken cancellationToken)
        {
            var found = await ExportAsync(db.Vacancies.Where(v => v.Id == id), cancellationToken);
            return found.Count == 0 ? Error.NotFound() : found[0].Vum;
        }

        public async Task<Result<Paged<VumVacancy>>> AllAsync(PageRequest paging, CancellationToken cancellationToken)
        {
            var errors = Infrastructure.Errors.InputValidator.Validate(paging);
            if (errors.Count > 0)
            {
                return Result<Paged<VumVacancy>>.Failure(errors);
            }

            var page = await db.Vacancies.OrderBy(v => v.CreatedAtUtc).ThenBy(v => v.Id).Select(v => v.Id).ToPagedAsync(paging, cancellationToken);
            var ids = page.Items.ToList();
            var vacancies = (await ExportAsync(db.Vacancies.Where(v => ids.Contains(v.Id)), cancellationToken)).ToDictionary(v => v.Id);
            return page.With(ids.Select(id => vacancies[id].Vum).ToList());
        }

        public async Task<List<(Guid Id, VumVacancy Vum)>> ExportAsync(IQueryable<Vacancy> vacancies, CancellationToken cancellationToken)
        {
            var rows = await vacancies.AsNoTracking().AsSplitQuery().Include(v => v.Tasks).Include(v => v.Skills).Include(v => v.Competences)
                .Join(db.Employers, v => v.EmployerId, e => e.Id, (v, e) => new { Vacancy = v, e.TradeName, e.KvkNumber })
                .ToListAsync(cancellationToken);
            var referrals = await ReferralCountsAsync(db, [.. rows.Select(r => r.Vacancy.Id)], cancellationToken);
            return [.. rows.Select(r => (r.Vacancy.Id, From(r.Vacancy, r.TradeName, r.KvkNumber, referrals[r.Vacancy.Id])))];
        }
    }
}
