using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Indicators;
using Werkbrug.Domain.Surveys;
using Werkbrug.Web.Features.Indicators;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Surveys;

/// <summary>
/// A survey's results per question for one version and year: unweighted and weighted (to the region's population table
/// of that year, or the latest before it) shares and means with their 95 % intervals and the effective sample size, small
/// groups suppressed; and the trend of the satisfaction score over the years.
/// </summary>
public static class SurveyResults
{
    public sealed record Query
    {
        /// <summary>The year the responses came in (default: the latest year with responses).</summary>
        [Range(2000, 2100)]
        public int? Year { get; init; }

        /// <summary>The questionnaire version (default: the current one). Each version is read with its own questions.</summary>
        [Range(1, 10000)]
        public int? Version { get; init; }

        /// <summary>Only the responses linked to this partner organisation (that of the adviser the invitation went out for).</summary>
        public Guid? Organisation { get; init; }
    }

    public sealed record EstimateView(double Value, double Low, double High)
    {
        public static EstimateView? Of(Estimate? e) => e is null ? null : new(Math.Round(e.Value, 4), Math.Round(e.Low, 4), Math.Round(e.High, 4));
    }

    /// <summary>An option's (or grid column's) figures; a hidden one (small group) has no count and no shares.</summary>
    public sealed record CategoryView(string Key, string Text, int? Count, EstimateView? Unweighted, EstimateView? Weighted, bool Hidden);

    public sealed record QuestionView(
        string Key, string Label, string Text, QuestionType Type, int Respondents, double EffectiveSize, bool Suppressed,
        IReadOnlyList<CategoryView> Categories, EstimateView? UnweightedMean, EstimateView? WeightedMean, IReadOnlyList<QuestionView> Rows);

    public sealed record PartnerView(Guid Id, string Name);

    public sealed record TrendPoint(int Year, int Respondents, bool Suppressed, EstimateView? Score, EstimateView? WeightedScore);

    public sealed record View(
        Guid Id, string Title, int Version, int? Year, IReadOnlyList<int> Years, IReadOnlyList<int> Versions, int Responses,
        WeightingMethod Method, double EffectiveSize, int? PopulationYear, string? ScoreQuestion, IReadOnlyList<QuestionView> Questions, IReadOnlyList<TrendPoint> Trend)
    {
        /// <summary>The shipped template the survey started from (the monitor view exists for the employer questionnaire's).</summary>
        public string? TemplateKey { get; init; }

        /// <summary>The partner organisations responses are linked to (id and name), for the per-partner filter.</summary>
        public IReadOnlyList<PartnerView> Partners { get; init; } = [];
    }

    public sealed class Handler(WerkbrugDb db, IOptions<IndicatorOptions> options)
    {
        private SmallGroups Groups => options.Value.Rule;

        public async Task<Result<View>> HandleAsync(Guid id, Query query, CancellationToken cancellationToken)
        {
            if (InputValidator.Validate(query) is { Count: > 0 } errors)
            {
                return Result<View>.Failure(errors);
            }

            if (await db.Surveys.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken) is not { } survey)
            {
                return Error.NotFound();
            }

            var number = query.Version ?? survey.CurrentVersion;
            if (await db.SurveyVersions.AsNoTracking().FirstOrDefaultAsync(v => v.SurveyId == id && v.Number == number, cancellationToken) is not { } version)
            {
                return Error.Validation(nameof(Query.Version), "Surveys.UnknownVersion");
            }

            var questionnaire = Versions.FromJson(version.Definition);
            var partners = await db.Organisations.AsNoTracking()
                .Where(o => db.SurveyResponses.Any(r => r.SurveyId == id && r.OrganisationId == o.Id))
                .Select(o => new PartnerView(o.Id, o.Name)).ToListAsync(cancellationToken);
            var all = await db.SurveyResponses.AsNoTracking().Where(r => r.SurveyId == id && (query.Organisation == null || r.OrganisationId == query.Organisation))
                .Select(r => new { r.VersionNumber, r.SubmittedOn, r.Section, r.Size, r.Score, r.Answers }).ToListAsync(cancellationToken);
            var years = all.Select(r => r.SubmittedOn.Year).Distinct().Order().ToList();
            var year = query.Year ?? (years.Count > 0 ? years[^1] : null);
            var population = await db.PopulationCounts.AsNoTracking().ToListAsync(cancellationToken);

            var chosen = all.Where(r => r.VersionNumber == number && r.SubmittedOn.Year == year).ToList();
            var (table, populationYear) = TableFor(population, year);
            var weights = Weighting.Weigh([.. chosen.Select(r => Stratum(r.Section, r.Size))], table);
            var answers = chosen.Select(r => Domain.Surveys.Versions.AnswersFromJson(r.Answers)).ToList();
            var small = Groups.IsSmall(chosen.Count);
            var questions = small ? [] : questionnaire.Questions.Select(q => Question(q, answers, weights.Values)).ToList();

            var trend = years.Select(y => SatisfactionScore.Of(
                    y, [.. all.Where(r => r.SubmittedOn.Year == y && r.Score is not null).Select(r => new SatisfactionScore.Mark(r.Section, r.Size, r.Score!.Value))], population, Groups))
                .Select(s => new TrendPoint(s.Year, s.Respondents, s.Suppressed, s.Unweighted, s.Weighted)).ToList();

            return new View(
                survey.Id, survey.Title, number, year, years, [.. Enumerable.Range(1, survey.CurrentVersion)], chosen.Count, weights.Method,
                Math.Round(weights.EffectiveSize, 1), populationYear, questionnaire.ScoreQuestion, questions, trend)
            {
                TemplateKey = survey.TemplateKey,
                Partners = [.. partners.OrderBy(p => p.Name, StringComparer.CurrentCulture)],
            };
        }

        private QuestionView Question(Question question, List<Dictionary<string, Answer>> answers, IReadOnlyList<double> weights)
        {
            var given = answers.Select((a, i) => (Answer: a.GetValueOrDefault(question.Key), Weight: weights[i])).Where(a => a.Answer is not null).Select(a => (a.Answer!, a.Weight)).ToList();
            var result = QuestionResults.Of(question, given, Groups);
            return ToView(question, result, question.Type == QuestionType.Grid ? question.Options : null);
        }

        private static QuestionView ToView(Question question, QuestionResult result, IReadOnlyList<QuestionOption>? columns)
        {
            string TextOf(string key) => question.Option(key)?.Text.Nl ?? key;
            var rows = result.GridRows.Select(r => new QuestionView(
                r.Key, r.Key, question.Row(r.Key)?.Text.Nl ?? r.Key, QuestionType.SingleChoice, r.Respondents, Math.Round(r.EffectiveSize, 1), r.Suppressed,
                [.. r.Categories.Select(c => Category(c, TextOf(c.Key)))], null, null, [])).ToList();
            return new QuestionView(
                question.Key, question.DisplayLabel, question.Text.Nl, question.Type, result.Respondents, Math.Round(result.EffectiveSize, 1), result.Suppressed,
                [.. result.Categories.Select(c => Category(c, TextOf(c.Key)))], EstimateView.Of(result.UnweightedMean), EstimateView.Of(result.WeightedMean), rows);
        }

        private static CategoryView Category(CategoryResult c, string text) =>
            c.Hidden ? new(c.Key, text, null, null, null, true) : new(c.Key, text, c.Count, EstimateView.Of(c.Unweighted), EstimateView.Of(c.Weighted), false);

        internal static Stratum Stratum(string? section, SizeBand? size) => new(section ?? "?", size ?? 0);

        /// <summary>The population table of <paramref name="year"/>, else of the latest year before it.</summary>
        internal static (PopulationTable? Table, int? Year) TableFor(IReadOnlyList<PopulationCount> rows, int? year)
        {
            var tableYear = rows.Where(r => year is null || r.Year <= year).Select(r => (int?)r.Year).Max();
            return tableYear is null ? (null, null) : (SurveyRules.Table([.. rows.Where(r => r.Year == tableYear)]), tableYear);
        }
    }
}

/// <summary>
/// The answers to an open question (and the "namelijk …" texts of a choice question), for those who may read them: the
/// region coordinator. Fewer respondents than the small-group threshold: nothing (a lone text could give someone away).
/// </summary>
public static class OpenAnswers
{
    public sealed record Query
    {
        [Required]
        [StringLength(SurveyLimits.Key)]
        public string? Question { get; init; }

        [Range(2000, 2100)]
        public int? Year { get; init; }

        [Range(1, 10000)]
        public int? Version { get; init; }
    }

    public sealed record Text(string Value);

    public sealed class Handler(WerkbrugDb db, IOptions<IndicatorOptions> options)
    {
        public async Task<Result<IReadOnlyList<Text>>> HandleAsync(Guid id, Query query, CancellationToken cancellationToken)
        {
            if (InputValidator.Validate(query) is { Count: > 0 } errors)
            {
                return Result<IReadOnlyList<Text>>.Failure(errors);
            }

            if (await db.Surveys.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken) is not { } survey)
            {
                return Error.NotFound();
            }

            var number = query.Version ?? survey.CurrentVersion;
            var version = await db.SurveyVersions.AsNoTracking().FirstOrDefaultAsync(v => v.SurveyId == id && v.Number == number, cancellationToken);
            if (version is null || Versions.FromJson(version.Definition).Find(query.Question!) is null)
            {
                return Error.Validation(version is null ? nameof(Query.Version) : nameof(Query.Question), version is null ? "Surveys.UnknownVersion" : "Surveys.UnknownQuestion");
            }

            var rows = await db.SurveyResponses.AsNoTracking().Where(r => r.SurveyId == id && r.VersionNumber == number)
                .Select(r => new { r.SubmittedOn, r.Answers }).ToListAsync(cancellationToken);
            var texts = rows.Where(r => query.Year is null || r.SubmittedOn.Year == query.Year)
                .Select(r => Versions.AnswersFromJson(r.Answers).GetValueOrDefault(query.Question!)?.Text)
                .Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => new Text(t!)).ToList();
            return options.Value.Rule.IsSmall(texts.Count) ? Result<IReadOnlyList<Text>>.Success([]) : Result<IReadOnlyList<Text>>.Success([.. texts.OrderBy(t => t.Value, StringComparer.Ordinal)]);
        }
    }
}
