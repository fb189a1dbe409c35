using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Surveys;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Surveys;

/// <summary>
/// The responses whose respondents agreed that their adviser (the employer's account manager when the invitation went out,
/// or the case manager who handed a job seeker the link) may see the answers as theirs: for that adviser only, in the
/// region, newest first, each with every answer as text. Nothing else changes: the results, the monitor and the open
/// answers still count every response without a name and still hide small groups, shared or not.
/// </summary>
public static class SharedResponses
{
    public sealed record Query : PageRequest
    {
        /// <summary>Only the responses to this survey.</summary>
        public Guid? Survey { get; init; }
    }

    /// <summary>One answer as the respondent gave it: the question's label and text, and the answer in words.</summary>
    public sealed record AnswerView(string Key, string Label, string Question, string Answer);

    /// <summary>
    /// A shared response: the survey, the day it came in, why the invitation went out, the employer it is from (null for a
    /// job seeker's, of whom nothing is kept), the report mark when the questionnaire has one, and the answers in
    /// questionnaire order.
    /// </summary>
    public sealed record ResponseView(
        Guid Id, Guid SurveyId, string SurveyTitle, int Version, DateOnly SubmittedOn, InvitationTrigger Trigger, Guid? EmployerId, string? EmployerName,
        int? Score, IReadOnlyList<AnswerView> Answers);

    public sealed class Handler(WerkbrugDb db, IStringLocalizer<SharedResource> text)
    {
        public async Task<Result<Paged<ResponseView>>> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            if (InputValidator.Validate(query) is { Count: > 0 } errors)
            {
                return Result<Paged<ResponseView>>.Failure(errors);
            }

            var me = db.Scope.UserId;
            var page = await db.SurveyResponses.AsNoTracking()
                .Where(r => r.SharedWithAdviser && r.AdviserUserId != null && r.AdviserUserId == me && (query.Survey == null || r.SurveyId == query.Survey))
                .OrderByDescending(r => r.SubmittedOn).ThenBy(r => r.Id)
                .Select(r => new
                {
                    r.Id,
                    r.SurveyId,
                    Title = db.Surveys.Where(s => s.Id == r.SurveyId).Select(s => s.Title).FirstOrDefault(),
                    r.VersionId,
                    r.VersionNumber,
                    r.SubmittedOn,
                    r.Trigger,
                    r.EmployerId,
                    Employer = db.Employers.Where(e => e.Id == r.EmployerId).Select(e => e.TradeName).FirstOrDefault(),
                    r.Score,
                    r.Answers,
                })
                .ToPagedAsync(query, cancellationToken);

            var versionIds = page.Items.Select(r => r.VersionId).Distinct().ToList();
            var questionnaires = (await db.SurveyVersions.AsNoTracking().Where(v => versionIds.Contains(v.Id)).Select(v => new { v.Id, v.Definition }).ToListAsync(cancellationToken))
                .ToDictionary(v => v.Id, v => Versions.FromJson(v.Definition));
            return page.With<ResponseView>([.. page.Items.Select(r => new ResponseView(
                r.Id, r.SurveyId, r.Title ?? string.Empty, r.VersionNumber, r.SubmittedOn, r.Trigger, r.EmployerId, r.Employer, r.Score,
                Describe(questionnaires[r.VersionId], Versions.AnswersFromJson(r.Answers), text)))]);
        }
    }

    /// <summary>The given answers in the order of <paramref name="questionnaire"/>, each in words (Dutch texts of the options and rows).</summary>
    public static IReadOnlyList<AnswerView> Describe(Questionnaire questionnaire, IReadOnlyDictionary<string, Answer> answers, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(text);
        return
        [
            .. questionnaire.Questions
                .Where(q => answers.TryGetValue(q.Key, out var a) && !a.IsEmpty)
                .Select(q => new AnswerView(q.Key, q.DisplayLabel, q.Text.Nl, InWords(q, answers[q.Key], text))),
        ];
    }

    /// <summary>One answer in words: the chosen options (with the "namelijk" text), the number, the rows of a grid, or the text.</summary>
    public static string InWords(Question question, Answer answer, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(text);
        string Option(string key) => question.Option(key)?.Text.Nl ?? key;
        string Row(string key) => question.Row(key)?.Text.Nl ?? key;
        var parts = new List<string>();
        if (answer.Number is { } number)
        {
            parts.Add(number.ToString(CultureInfo.InvariantCulture));
        }

        parts.AddRange(answer.Choices.Select(Option));
        // A grid's cell is an option key; a number question's row holds the number itself.
        parts.AddRange(question.Rows.Where(r => answer.Rows.ContainsKey(r.Key))
            .Select(r => $"{Row(r.Key)}: {(question.Type == QuestionType.Grid ? Option(answer.Rows[r.Key]) : answer.Rows[r.Key])}"));
        if (!string.IsNullOrWhiteSpace(answer.Text))
        {
            parts.Add(parts.Count > 0 ? text["Surveys.Namely", answer.Text.Trim()].Value : answer.Text.Trim());
        }

        return string.Join("; ", parts);
    }
}
