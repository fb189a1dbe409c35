using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Surveys;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Surveys;

/// <summary>
/// The region coordinator maintains a survey: how it is sent (<see cref="Settings"/>) and its questionnaire. A changed
/// questionnaire becomes a new version; responses keep the version they answered.
/// </summary>
public static class SaveSurvey
{
    public sealed record Settings
    {
        [Required]
        public bool? IsOpen { get; init; }

        public bool AfterIntakeRequest { get; init; }

        public bool AfterReferral { get; init; }

        public bool AfterPlacement { get; init; }

        /// <summary>At most one invitation per employer in this many days (1–3650).</summary>
        [Required]
        [Range(1, 3650)]
        public int? InvitationPeriodDays { get; init; }

        /// <summary>How long a personal link works, in days (1–365).</summary>
        [Required]
        [Range(1, 365)]
        public int? LinkValidDays { get; init; }

        [Required]
        public int? Version { get; init; }
    }

    public sealed record QuestionnaireCommand
    {
        [Required]
        public Questionnaire? Questionnaire { get; init; }

        /// <summary>The survey's version (its <c>version</c>) as read.</summary>
        [Required]
        public int? Version { get; init; }
    }

    public sealed record Saved(Guid Id, int CurrentVersion, int Version);

    public sealed class Handler(WerkbrugDb db, TimeProvider clock)
    {
        public async Task<Result<Saved>> SettingsAsync(Guid id, Settings command, CancellationToken cancellationToken)
        {
            if (await db.Surveys.FirstOrDefaultAsync(s => s.Id == id, cancellationToken) is not { } survey)
            {
                return Error.NotFound();
            }

            var errors = InputValidator.Validate(command);
            if (errors.Count == 0 && survey.Audience != SurveyAudience.Employers && (command.AfterIntakeRequest || command.AfterReferral || command.AfterPlacement))
            {
                errors.Add(Error.Validation(nameof(Settings.AfterIntakeRequest), "Surveys.TriggersForEmployersOnly"));
            }

            if (errors.Count > 0)
            {
                return Result<Saved>.Failure(errors);
            }

            if (!db.IsCurrentVersion(survey, command.Version!.Value))
            {
                return SaveOrConflict.StaleVersion;
            }

            survey.IsOpen = command.IsOpen!.Value;
            survey.AfterIntakeRequest = command.AfterIntakeRequest;
            survey.AfterReferral = command.AfterReferral;
            survey.AfterPlacement = command.AfterPlacement;
            survey.InvitationPeriodDays = command.InvitationPeriodDays!.Value;
            survey.LinkValidDays = command.LinkValidDays!.Value;
            return await db.SaveOrConflictAsync(cancellationToken) is { } conflict ? conflict : new Saved(survey.Id, survey.CurrentVersion, survey.Version);
        }

        /// <summary>
        /// Replaces the question <paramref name="key"/> (null: adds one at the end; <paramref name="delete"/>: removes it) in the
        /// current questionnaire and saves the result as the next version.
        /// </summary>
        public async Task<Result<Saved>> QuestionAsync(Guid id, string? key, EditQuestion.Command command, bool delete, CancellationToken cancellationToken)
        {
            if (await db.Surveys.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken) is not { } survey)
            {
                return Error.NotFound();
            }

            var current = Versions.FromJson((await db.SurveyVersions.AsNoTracking().SingleAsync(v => v.SurveyId == id && v.Number == survey.CurrentVersion, cancellationToken)).Definition);
            var before = key is null ? null : current.Find(key);
            if (key is not null && before is null)
            {
                return Error.NotFound();
            }

            List<Question> questions;
            if (delete)
            {
                questions = [.. current.Questions.Where(q => q.Key != key)];
            }
            else
            {
                var edited = EditQuestion.ToQuestion(command, before);
                if (!edited.IsSuccess)
                {
                    return Result<Saved>.Failure(edited.Errors);
                }

                questions = before is null ? [.. current.Questions, edited.Value] : [.. current.Questions.Select(q => q.Key == key ? edited.Value : q)];
            }

            var result = await QuestionnaireAsync(id, new QuestionnaireCommand { Questionnaire = current with { Questions = questions }, Version = command.Version }, cancellationToken);
            // The questionnaire's errors name questions[KEY]; on this form they belong to its fields.
            return result.IsSuccess ? result : Result<Saved>.Failure([.. result.Errors.Select(e => e.Field is { } f && f.StartsWith("questions[", StringComparison.Ordinal) ? e with { Field = e.Code.StartsWith("Routing.", StringComparison.Ordinal) ? nameof(EditQuestion.Command.Condition) : nameof(EditQuestion.Command.Options) } : e)]);
        }

        /// <summary>Saves <paramref name="command"/>'s questionnaire as the next version when it differs from the current one.</summary>
        public async Task<Result<Saved>> QuestionnaireAsync(Guid id, QuestionnaireCommand command, CancellationToken cancellationToken)
        {
            if (await db.Surveys.FirstOrDefaultAsync(s => s.Id == id, cancellationToken) is not { } survey)
            {
                return Error.NotFound();
            }

            var errors = InputValidator.Validate(command);
            if (errors.Count == 0)
            {
                errors.AddRange(QuestionnaireRules.Check(command.Questionnaire!, survey.Audience));
            }

            if (errors.Count > 0)
            {
                return Result<Saved>.Failure(errors);
            }

            if (!db.IsCurrentVersion(survey, command.Version!.Value))
            {
                return SaveOrConflict.StaleVersion;
            }

            var current = await db.SurveyVersions.AsNoTracking().SingleAsync(v => v.SurveyId == id && v.Number == survey.CurrentVersion, cancellationToken);
            if (!Versions.Changed(Versions.FromJson(current.Definition), command.Questionnaire!))
            {
                return new Saved(survey.Id, survey.CurrentVersion, survey.Version);
            }

            survey.CurrentVersion++;
            survey.Title = command.Questionnaire!.Title.Nl;
            db.SurveyVersions.Add(new SurveyVersion
            {
                RegionCode = survey.RegionCode,
                SurveyId = survey.Id,
                Number = survey.CurrentVersion,
                Definition = Versions.ToJson(command.Questionnaire),
                CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
                CreatedByUserId = db.Scope.UserId,
            });
            return await db.SaveOrConflictAsync(cancellationToken) is { } conflict ? conflict : new Saved(survey.Id, survey.CurrentVersion, survey.Version);
        }
    }
}

/// <summary>What a questionnaire must be before it is saved; errors name the question as <c>questions[KEY]</c>.</summary>
public static class QuestionnaireRules
{
    public static List<Error> Check(Questionnaire questionnaire, SurveyAudience audience)
    {
        var errors = new List<Error>();
        if (questionnaire.Audience != audience)
        {
            errors.Add(Error.Validation("questionnaire.audience", "Surveys.AudienceFixed"));
        }

        if (string.IsNullOrWhiteSpace(questionnaire.Title?.Nl) || questionnaire.Title.Nl.Length > SurveyLimits.Title)
        {
            errors.Add(Error.Validation("questionnaire.title", "Surveys.TitleRequired", SurveyLimits.Title));
        }

        if (questionnaire.Questions is not { Count: > 0 and <= SurveyLimits.Questions })
        {
            errors.Add(Error.Validation("questionnaire.questions", "Surveys.QuestionCount", SurveyLimits.Questions));
            return errors;
        }

        foreach (var question in questionnaire.Questions)
        {
            var field = $"questions[{question.Key}]";
            if (string.IsNullOrEmpty(question.Key) || question.Key.Length > SurveyLimits.Key || !question.Key.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
            {
                errors.Add(Error.Validation(field, "Surveys.KeyFormat", SurveyLimits.Key));
            }

            if (string.IsNullOrWhiteSpace(question.Text?.Nl))
            {
                errors.Add(Error.Validation(field, "Surveys.TextRequired"));
            }

            if (question.IsChoice || question.Type == QuestionType.Grid)
            {
                if (question.Options.Count < (question.Type == QuestionType.MultipleChoice ? 1 : 2) || question.Options.Select(o => o.Key).Distinct(StringComparer.Ordinal).Count() != question.Options.Count)
                {
                    errors.Add(Error.Validation(field, "Surveys.OptionsNeeded"));
                }
            }

            if (question.Type == QuestionType.Grid && question.Rows.Count == 0)
            {
                errors.Add(Error.Validation(field, "Surveys.RowsNeeded"));
            }

            if (question.Type is QuestionType.Scale or QuestionType.Number && (question.Min is null || question.Max is null || question.Min >= question.Max))
            {
                errors.Add(Error.Validation(field, "Surveys.BoundsNeeded"));
            }
        }

        if (questionnaire.ScoreQuestion is { } score && questionnaire.Find(score) is not { Type: QuestionType.Scale })
        {
            errors.Add(Error.Validation("questionnaire.scoreQuestion", "Surveys.ScoreNotScale"));
        }

        foreach (var problem in Routing.Check(questionnaire))
        {
            errors.Add(Error.Validation($"questions[{problem.Key}]", problem.Code, problem.Arguments));
        }

        return errors;
    }
}
