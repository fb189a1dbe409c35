using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Surveys;
using Werkbrug.Web.Infrastructure;
using Werkbrug.Web.Infrastructure.Errors;

namespace Werkbrug.Web.Features.Surveys;

/// <summary>
/// The public response page behind a personal link (no account): the questionnaire page by page with its routing applied
/// on the server (a question that does not apply is never shown), "Vorige" and "Volgende", and at the end the choice
/// whether the adviser may see the answers as the respondent's. An unknown link is 404, a used or expired one 410.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(RateLimits.PublicForms)]
public sealed class RespondPage(PublicSurvey survey, IDataProtectionProvider protection, IStringLocalizer<SharedResource> text) : PageModel
{
    public OpenedLink Link { get; private set; } = new(LinkStatus.Unknown, null, null, null, null);

    public RespondState State { get; private set; } = new(0, [], [], 0);

    public IReadOnlyList<Question> Questions { get; private set; } = [];

    /// <summary>All pages answered: only the consent and "Versturen" are left.</summary>
    public bool AtEnd { get; private set; }

    public bool Done { get; private set; }

    [BindProperty(Name = "state")]
    public string? SealedState { get; set; }

    [BindProperty(Name = "share")]
    public bool Share { get; set; }

    public string SealedStateValue => State.Seal(protection);

    public async Task<IActionResult> OnGetAsync(string token, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        Done = TempData["SurveyDone"] is true;
        Link = await survey.OpenAsync(token, null, cancellationToken);
        if (Done && Link.Status == LinkStatus.Answered)
        {
            return Page();
        }

        if (Link.Status != LinkStatus.Valid)
        {
            return Refused();
        }

        State = new RespondState(Link.Version!.Number, [], [], 0);
        return Show();
    }

    public async Task<IActionResult> OnPostNextAsync(string token, CancellationToken cancellationToken)
    {
        if (await OpenAsync(token, cancellationToken) is { } refused)
        {
            return refused;
        }

        var (page, next) = QuestionPages.From(Link.Questionnaire!, State.At, State.Answers);
        var (given, errors) = SurveyForm.Read(page, Request.Form, State.Answers);
        var answers = new Dictionary<string, Answer>(State.Answers, StringComparer.Ordinal);
        foreach (var question in page)
        {
            answers.Remove(question.Key);
        }

        foreach (var (key, answer) in given)
        {
            answers[key] = answer;
        }

        var keys = page.Select(q => q.Key).ToHashSet(StringComparer.Ordinal);
        errors.AddRange(ResponseCheck.Check(Link.Questionnaire!, QuestionPages.Kept(Link.Questionnaire!, answers)).Where(e => e.Field is not null && keys.Contains(e.Field)).Select(e => e with { Field = "q_" + e.Field }));
        State = State with { Answers = answers };
        if (errors.Count > 0)
        {
            return RefuseWith(errors);
        }

        State = State with { Passed = [.. State.Passed, State.At], At = next };
        return Show();
    }

    public async Task<IActionResult> OnPostBackAsync(string token, CancellationToken cancellationToken)
    {
        if (await OpenAsync(token, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (State.Passed.Count > 0)
        {
            State = State with { At = State.Passed[^1], Passed = State.Passed[..^1] };
        }

        return Show();
    }

    public async Task<IActionResult> OnPostSendAsync(string token, CancellationToken cancellationToken)
    {
        if (await OpenAsync(token, cancellationToken) is { } refused)
        {
            return refused;
        }

        var result = await survey.SubmitAsync(Link, State.Answers, Share, cancellationToken);
        if (!result.IsSuccess)
        {
            return RefuseWith(result.Errors);
        }

        TempData["SurveyDone"] = true;
        return Redirect(SurveyInvitations.LinkPath + token);
    }

    private async Task<IActionResult?> OpenAsync(string token, CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        var state = RespondState.Open(protection, SealedState);
        Link = await survey.OpenAsync(token, state?.Version, cancellationToken);
        if (Link.Status != LinkStatus.Valid)
        {
            return Refused();
        }

        State = state is not null && state.Version == Link.Version!.Number ? state : new RespondState(Link.Version!.Number, [], [], 0);
        return null;
    }

    private PageResult Show()
    {
        (Questions, _) = QuestionPages.From(Link.Questionnaire!, State.At, State.Answers);
        AtEnd = Questions.Count == 0;
        return Page();
    }

    private PageResult RefuseWith(IReadOnlyList<Error> errors)
    {
        (Questions, _) = QuestionPages.From(Link.Questionnaire!, State.At, State.Answers);
        AtEnd = Questions.Count == 0;
        foreach (var error in errors)
        {
            ModelState.AddModelError(error.Field ?? string.Empty, text.Describe(error));
        }

        return Page();
    }

    private PageResult Refused()
    {
        Response.StatusCode = Link.Status == LinkStatus.Unknown ? StatusCodes.Status404NotFound : StatusCodes.Status410Gone;
        return Page();
    }
}
