using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Vacancies;

/// <summary>What the shared vacancy form (partial _VacancyForm) shows: the input with its rows padded with empty ones, and the choices.</summary>
public sealed record VacancyForm(
    VacancyFields Input,
    IReadOnlyList<TaskInput> Tasks,
    IReadOnlyList<SkillInput> Skills,
    IReadOnlyList<CompetenceInput> Competences,
    IReadOnlyList<KeyValuePair<string, string>> Employers,
    IReadOnlyList<KeyValuePair<string, string>> Organisations,
    IReadOnlyList<KeyValuePair<string, string>> Advisers,
    IReadOnlyList<KeyValuePair<string, string>> Municipalities,
    IReadOnlyList<KeyValuePair<string, string>> Sections,
    VacancyChoices Choices)
{
    /// <summary>Empty rows shown under the filled ones; "extra regels" adds this many more.</summary>
    public const int EmptyRows = 2;

    public const int MoreRows = 3;

    /// <summary>Loads the choices and pads the rows: <paramref name="extra"/> empty rows after the entered ones.</summary>
    public static async Task<VacancyForm> BuildAsync(VacancyFields input, int extra, VacancyChoices choices, AccessScope scope, CancellationToken cancellationToken)
    {
        static List<T> Pad<T>(List<T>? rows, int extra, Func<T> empty) => [.. rows ?? [], .. Enumerable.Range(0, extra).Select(_ => empty())];
        return new VacancyForm(
            input,
            Pad(input.Tasks, extra, () => new TaskInput()),
            Pad(input.Skills, extra, () => new SkillInput()),
            Pad(input.Competences, extra, () => new CompetenceInput()),
            await choices.EmployersAsync(cancellationToken),
            await choices.OrganisationsAsync(cancellationToken),
            await choices.AdvisersAsync(cancellationToken),
            await choices.MunicipalitiesAsync(cancellationToken),
            await choices.SectionsAsync(cancellationToken),
            choices)
        {
            DefaultOrganisationId = scope.OrganisationId,
            DefaultAdviserUserId = scope.UserId,
        };
    }

    /// <summary>Occupations to choose from when the typed occupation was not clear (see <see cref="Matching.MatchingCodes.OccupationChoices"/>).</summary>
    public IReadOnlyList<Werkbrug.Matching.Taxonomy.LookupHit>? OccupationChoices { get; init; }

    public Guid? DefaultOrganisationId { get; init; }

    public Guid? DefaultAdviserUserId { get; init; }
}
