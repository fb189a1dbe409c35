using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Surveys;
using Werkbrug.Domain.Surveys.Templates;
using Werkbrug.Web.Infrastructure.Api;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Surveys;

/// <summary>The region's surveys: the list, one survey with its current questionnaire, and starting one from a shipped template.</summary>
public static class SurveyCatalogue
{
    public sealed record Row(Guid Id, string Title, SurveyAudience Audience, string? TemplateKey, bool IsOpen, int CurrentVersion, int Responses);

    public sealed record View(
        Guid Id,
        string Title,
        SurveyAudience Audience,
        string? TemplateKey,
        bool IsOpen,
        bool AfterIntakeRequest,
        bool AfterReferral,
        bool AfterPlacement,
        int InvitationPeriodDays,
        int LinkValidDays,
        int CurrentVersion,
        int Version,
        IReadOnlyList<VersionRow> Versions,
        Questionnaire Questionnaire);

    public sealed record VersionRow(int Number, DateOnly CreatedOn, int Responses);

    public sealed record TemplateRow(string Key, string Title, string TitleEn, SurveyAudience Audience, int Questions);

    public sealed record CreateCommand
    {
        /// <summary>The shipped template to start from (GET /api/v1/surveys/templates).</summary>
        [Required]
        [StringLength(SurveyLimits.Key * 2)]
        public string? TemplateKey { get; init; }
    }

    public sealed class Handler(WerkbrugDb db, TimeProvider clock)
    {
        public static IReadOnlyList<TemplateRow> Templates() =>
            [.. SurveyTemplates.All.Select(t => new TemplateRow(t.Key, t.Questionnaire.Title.Nl, t.Questionnaire.Title.En, t.Questionnaire.Audience, t.Questionnaire.Questions.Count))];

        public async Task<Result<Paged<Row>>> ListAsync(PageRequest paging, CancellationToken cancellationToken)
        {
            if (InputValidator.Validate(paging) is { Count: > 0 } errors)
            {
                return Result<Paged<Row>>.Failure(errors);
            }

            return await db.Surveys.AsNoTracking().OrderBy(s => s.Title).ThenBy(s => s.Id)
                .Select(s => new Row(s.Id, s.Title, s.Audience, s.TemplateKey, s.IsOpen, s.CurrentVersion, db.SurveyResponses.Count(r => r.SurveyId == s.Id)))
                .ToPagedAsync(paging, cancellationToken);
        }

        public async Task<Result<View>> HandleAsync(Guid id, CancellationToken cancellationToken)
        {
            if (await db.Surveys.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken) is not { } survey)
            {
                return Error.NotFound();
            }

            var versions = await db.SurveyVersions.AsNoTracking().Where(v => v.SurveyId == id).OrderBy(v => v.Number).ToListAsync(cancellationToken);
            var counts = await db.SurveyResponses.Where(r => r.SurveyId == id).GroupBy(r => r.VersionNumber)
                .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
            var current = versions.Single(v => v.Number == survey.CurrentVersion);
            return new View(
                survey.Id, survey.Title, survey.Audience, survey.TemplateKey, survey.IsOpen, survey.AfterIntakeRequest, survey.AfterReferral, survey.AfterPlacement,
                survey.InvitationPeriodDays, survey.LinkValidDays, survey.CurrentVersion, survey.Version,
                [.. versions.Select(v => new VersionRow(v.Number, DateOnly.FromDateTime(DutchTime.ToLocal(v.CreatedAtUtc)), counts.GetValueOrDefault(v.Number)))],
                Versions.FromJson(current.Definition));
        }

        /// <summary>A new survey of the region from a shipped template: version 1 is the template, closed to triggers until set.</summary>
        public async Task<Result<Guid>> CreateAsync(CreateCommand command, CancellationToken cancellationToken)
        {
            var errors = InputValidator.Validate(command);
            if (errors.Count == 0 && SurveyTemplates.Find(command.TemplateKey!) is null)
            {
                errors.Add(Error.Validation(nameof(CreateCommand.TemplateKey), "Surveys.UnknownTemplate"));
            }

            if (errors.Count > 0)
            {
                return Result<Guid>.Failure(errors);
            }

            var template = SurveyTemplates.Find(command.TemplateKey!)!;
            var now = clock.GetUtcNow().UtcDateTime;
            var survey = new Survey
            {
                RegionCode = db.Scope.RegionCode!,
                TemplateKey = template.Key,
                Title = template.Questionnaire.Title.Nl,
                Audience = template.Questionnaire.Audience,
                CurrentVersion = 1,
                CreatedAtUtc = now,
            };
            db.Surveys.Add(survey);
            db.SurveyVersions.Add(new SurveyVersion
            {
                RegionCode = survey.RegionCode,
                SurveyId = survey.Id,
                Number = 1,
                Definition = Versions.ToJson(template.Questionnaire),
                CreatedAtUtc = now,
                CreatedByUserId = db.Scope.UserId,
            });
            await db.SaveChangesAsync(cancellationToken);
            return survey.Id;
        }
    }
}
