using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Surveys;
using Werkbrug.Web.Features.Indicators;
using Werkbrug.Web.Infrastructure.ReferenceData;
using Cell = Werkbrug.Web.Features.Indicators.IndicatorFiles.Cell;

namespace Werkbrug.Web.Features.Surveys;

/// <summary>
/// A survey's results as a CSV file or a spreadsheet, written by the indicators' files (<see cref="IndicatorFiles"/>, ADR
/// 0022) from the results handler's own view, so the numbers are the page's and the API's: a sheet of results (header rows,
/// then per question its answers with count, unweighted and weighted share and their 95 % bounds, and the mean of a mark
/// or number) and a sheet of the report mark per year. A hidden figure is the word "afgeschermd" in each of its columns;
/// open answers are never exported (they are read on their own page by those allowed).
/// </summary>
public static class SurveyExport
{
    public const string Csv = "csv";
    public const string Xlsx = "xlsx";

    public sealed class Handler(SurveyResults.Handler results, IOptions<IndicatorOptions> options, IStringLocalizer<SharedResource> text)
    {
        public async Task<Result<IndicatorExport.File>> HandleAsync(Guid id, SurveyResults.Query query, string? format, CancellationToken cancellationToken)
        {
            var kind = format?.Trim().ToLowerInvariant();
            if (kind is not (Csv or Xlsx))
            {
                return Error.Validation("Format", kind is null or "" ? "Validation.Required" : "Indicators.UnknownFormat");
            }

            var view = await results.HandleAsync(id, query, cancellationToken);
            if (!view.IsSuccess)
            {
                return Result<IndicatorExport.File>.Failure(view.Errors);
            }

            var sheets = new List<IndicatorFiles.Sheet> { Results(view.Value) };
            if (view.Value.ScoreQuestion is not null)
            {
                sheets.Add(Trend(view.Value));
            }

            var name = string.Create(CultureInfo.InvariantCulture, $"enquete-{view.Value.Id:N}-v{view.Value.Version}-{view.Value.Year?.ToString(CultureInfo.InvariantCulture) ?? "geen"}.{kind}");
            return kind == Csv
                ? new IndicatorExport.File(IndicatorFiles.Csv(sheets, CultureInfo.CurrentCulture), IndicatorExport.CsvType + "; charset=utf-8", name)
                : new IndicatorExport.File(IndicatorFiles.Workbook(sheets), IndicatorExport.XlsxType, name);
        }

        private string Hidden => text["Indicators.Suppressed"].Value;

        private IReadOnlyList<Cell> Estimate(SurveyResults.EstimateView? e, bool percent) => e is null
            ? [Cell.Text(Hidden), Cell.Text(Hidden), Cell.Text(Hidden)]
            : percent ? [Cell.Percent(Math.Round(e.Value * 100, 1)), Cell.Percent(Math.Round(e.Low * 100, 1)), Cell.Percent(Math.Round(e.High * 100, 1))]
            : [Cell.Days(Math.Round(e.Value, 1)), Cell.Days(Math.Round(e.Low, 1)), Cell.Days(Math.Round(e.High, 1))];

        private IndicatorFiles.Sheet Results(SurveyResults.View view)
        {
            var rows = new List<IReadOnlyList<Cell>>
            {
                new[] { Cell.Heading(text["Surveys.Export.Survey"]), Cell.Text(view.Title) },
                new[] { Cell.Heading(text["Surveys.Export.Version"]), Cell.Whole(view.Version) },
                new[] { Cell.Heading(text["Field.Year"]), view.Year is { } year ? Cell.Whole(year) : Cell.Text("–") },
                new[] { Cell.Heading(text["Surveys.Export.Responses"]), Cell.Whole(view.Responses) },
                new[] { Cell.Heading(text["Surveys.Export.Method"]), Cell.Text(text.Label(view.Method)) },
                new[] { Cell.Heading(text["Surveys.Export.Effective"]), Cell.Days(view.EffectiveSize) },
                new[] { Cell.Heading(text["Surveys.Export.Population"]), view.PopulationYear is { } population ? Cell.Whole(population) : Cell.Text("–") },
                new[] { Cell.Text(text["Indicators.SuppressionNote", options.Value.SmallGroupThreshold]) },
            };
            if (view.Questions.Count == 0)
            {
                rows.Add([]);
                rows.Add([Cell.Text(text[view.Responses == 0 ? "Surveys.NoResponses" : "Surveys.TooFew"])]);
            }

            foreach (var question in view.Questions.Where(q => q.Type != QuestionType.OpenText && q.Respondents > 0 && (q.Suppressed || q.Categories.Count > 0 || q.Rows.Count > 0 || q.WeightedMean is not null)))
            {
                rows.Add([]);
                rows.Add([Cell.Heading(text["Surveys.Export.Question", question.Label, question.Text, question.Respondents])]);
                if (question.Suppressed)
                {
                    rows.Add([Cell.Text(text["Surveys.Export.TooFew", options.Value.SmallGroupThreshold])]);
                    continue;
                }

                foreach (var part in question.Rows.Count > 0 ? question.Rows : [question])
                {
                    if (part != question && part.Respondents == 0)
                    {
                        continue;
                    }

                    if (part != question)
                    {
                        rows.Add([Cell.Heading(part.Text)]);
                        if (part.Suppressed || part.Categories.Count == 0)
                        {
                            rows.Add([Cell.Text(text["Surveys.Export.TooFew", options.Value.SmallGroupThreshold])]);
                            continue;
                        }
                    }

                    rows.Add(
                    [
                        Cell.Heading(text["Surveys.Answer"]), Cell.Heading(text["Surveys.Export.Count"]),
                        Cell.Heading(text["Surveys.Export.Unweighted"]), Cell.Heading(text["Surveys.Export.Low"]), Cell.Heading(text["Surveys.Export.High"]),
                        Cell.Heading(text["Surveys.Export.Weighted"]), Cell.Heading(text["Surveys.Export.Low"]), Cell.Heading(text["Surveys.Export.High"]),
                    ]);
                    foreach (var category in part.Categories)
                    {
                        rows.Add([Cell.Text(category.Text), category.Count is { } count ? Cell.Whole(count) : Cell.Text(Hidden), .. Estimate(category.Unweighted, true), .. Estimate(category.Weighted, true)]);
                    }

                    if (part.WeightedMean is not null)
                    {
                        rows.Add([Cell.Text(text["Surveys.Export.Mean"]), Cell.Whole(part.Respondents), .. Estimate(part.UnweightedMean, false), .. Estimate(part.WeightedMean, false)]);
                    }
                }
            }

            return new IndicatorFiles.Sheet(text["Surveys.Export.ResultsSheet"], rows);
        }

        private IndicatorFiles.Sheet Trend(SurveyResults.View view)
        {
            var rows = new List<IReadOnlyList<Cell>>
            {
                new[]
                {
                    Cell.Heading(text["Field.Year"]), Cell.Heading(text["Surveys.Export.Responses"]),
                    Cell.Heading(text["Surveys.Export.UnweightedMark"]), Cell.Heading(text["Surveys.Export.Low"]), Cell.Heading(text["Surveys.Export.High"]),
                    Cell.Heading(text["Surveys.Export.WeightedMark"]), Cell.Heading(text["Surveys.Export.Low"]), Cell.Heading(text["Surveys.Export.High"]),
                },
            };
            foreach (var point in view.Trend)
            {
                rows.Add([Cell.Text(point.Year.ToString(CultureInfo.InvariantCulture)), point.Suppressed ? Cell.Text(Hidden) : Cell.Whole(point.Respondents), .. Estimate(point.Score, false), .. Estimate(point.WeightedScore, false)]);
            }

            return new IndicatorFiles.Sheet(text["Surveys.Export.TrendSheet"], rows);
        }
    }
}
