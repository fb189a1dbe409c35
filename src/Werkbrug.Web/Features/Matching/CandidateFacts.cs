using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.Persistence.Configurations;

namespace Werkbrug.Web.Features.Matching;

/// <summary>
/// The part of a stored job-seeker profile the matching index reads (<see cref="MatchingMap.Candidate(CandidateFacts, DateOnly)"/>):
/// no names, contact details, sealed data or free text. <see cref="Of"/> takes it from a loaded profile;
/// <see cref="ReadActiveAsync"/> reads it for every active profile at an index build (ADR 0052).
/// </summary>
public sealed record CandidateFacts(
    Guid Id, string RegionCode, Guid OwnerOrganisationId, string Pc4, DateOnly BirthDate, DateOnly RegisteredOn, DateOnly? AvailableFrom,
    WerkfitStatus WerkfitStatus, BenefitType Benefit, bool JobsAgreementTarget, WorkAndThinkingLevel WorkAndThinkingLevel,
    IReadOnlyList<CompetenceRating> Competences, IReadOnlyList<LanguageSkill> Languages, IReadOnlyList<string> DrivingLicences,
    IReadOnlyList<EducationRecord> Education, IReadOnlyList<WorkExperienceRecord> WorkExperience, IReadOnlyList<Skill> Skills,
    IReadOnlyList<DesiredOccupation> DesiredOccupations, bool WillingToRetrain, int? MinHoursPerWeek, int? MaxHoursPerWeek, int? MaxTravelKm,
    IReadOnlyList<AgreementType> AgreementTypes)
{
    public static CandidateFacts Of(JobSeekerProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var p = profile.Preferences;
        return new CandidateFacts(
            profile.Id, profile.RegionCode, profile.OwnerOrganisationId, profile.Pc4, profile.BirthDate, profile.RegisteredOn, profile.AvailableFrom,
            profile.WerkfitStatus, profile.Benefit, profile.JobsAgreementTarget, profile.WorkAndThinkingLevel,
            profile.Competences, profile.Languages, profile.DrivingLicences, profile.Education, profile.WorkExperience, profile.Skills,
            p.DesiredOccupations, p.WillingToRetrain, p.MinHoursPerWeek, p.MaxHoursPerWeek, p.MaxTravelKm, p.AgreementTypes);
    }

    /// <summary>
    /// The facts of every active profile, streamed. One plain query (the same SQL on both providers) reads only these
    /// columns, and the JSON list columns are read as text and parsed with the codec that writes them (<see cref="JsonListColumn"/>):
    /// EF's materialisation of what were then owned JSON collections took two thirds of a national build (ADR 0052).
    /// </summary>
    public static async IAsyncEnumerable<CandidateFacts> ReadActiveAsync(WerkbrugDb db, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await foreach (var row in db.Database.SqlQueryRaw<Row>(ActiveSql).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return row.Facts();
        }
    }

    private const string ActiveSql = """
        SELECT "Id", "RegionCode", "OwnerOrganisationId", "Pc4", "BirthDate", "RegisteredOn", "AvailableFrom", "WerkfitStatus", "Benefit",
               "JobsAgreementTarget", "WorkAndThinkingLevel", "Competences", "Languages", "DrivingLicences", "Education", "WorkExperience",
               "Skills", "DesiredOccupations", "WillingToRetrain", "MinHoursPerWeek", "MaxHoursPerWeek", "MaxTravelKm", "AgreementTypes"
        FROM "JobSeekers"
        WHERE "DeregisteredOn" IS NULL
        """;

    /// <summary>One row of <see cref="ActiveSql"/>, typed as the columns are stored (enums as their names, JSON lists as text).</summary>
    private sealed class Row
    {
        public Guid Id { get; init; }

        public string RegionCode { get; init; } = "";

        public Guid OwnerOrganisationId { get; init; }

        public string Pc4 { get; init; } = "";

        public DateOnly BirthDate { get; init; }

        public DateOnly RegisteredOn { get; init; }

        public DateOnly? AvailableFrom { get; init; }

        public string WerkfitStatus { get; init; } = "";

        public string Benefit { get; init; } = "";

        public bool JobsAgreementTarget { get; init; }

        public string WorkAndThinkingLevel { get; init; } = "";

        public string? Competences { get; init; }

        public string? Languages { get; init; }

        public List<string> DrivingLicences { get; init; } = [];

        public string? Education { get; init; }

        public string? WorkExperience { get; init; }

        public string? Skills { get; init; }

        public string DesiredOccupations { get; init; } = "";

        public bool WillingToRetrain { get; init; }

        public int? MinHoursPerWeek { get; init; }

        public int? MaxHoursPerWeek { get; init; }

        public int? MaxTravelKm { get; init; }

        public List<int> AgreementTypes { get; init; } = [];

        public CandidateFacts Facts() => new(
            Id, RegionCode, OwnerOrganisationId, Pc4, BirthDate, RegisteredOn, AvailableFrom,
            Enum.Parse<WerkfitStatus>(WerkfitStatus), Enum.Parse<BenefitType>(Benefit), JobsAgreementTarget, Enum.Parse<WorkAndThinkingLevel>(WorkAndThinkingLevel),
            JsonListColumn.Read<CompetenceRating>(Competences), JsonListColumn.Read<LanguageSkill>(Languages), DrivingLicences,
            JsonListColumn.Read<EducationRecord>(Education), JsonListColumn.Read<WorkExperienceRecord>(WorkExperience), JsonListColumn.Read<Skill>(Skills),
            JsonListColumn.Read<DesiredOccupation>(DesiredOccupations), WillingToRetrain, MinHoursPerWeek, MaxHoursPerWeek, MaxTravelKm,
            [.. AgreementTypes.Select(a => (AgreementType)a)]);
    }
}
