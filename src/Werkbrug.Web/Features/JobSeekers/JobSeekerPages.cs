using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Features.Referrals;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Persistence;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.JobSeekers;

[Authorize(Policy = Policies.JobSeekers)]
public sealed class JobSeekerListPage(JobSeekerList.Handler handler, JobSeekerChoices choices, AccessScope scope) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public JobSeekerList.Query Filter { get; set; } = new();

    public Listing<JobSeekerSummary> Listing { get; private set; } = new([], 0, 1, JobSeekerQueries.PageSize);

    public JobSeekerChoices Choices => choices;

    public bool MayRegister => scope.IsInRole(Roles.CaseManager);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(Filter, cancellationToken);
        Listing = result.IsSuccess ? result.Value : Listing;
    }
}

[Authorize(Policy = Policies.JobSeekers)]
public sealed class RegionalPoolPage(RegionalPool.Handler handler, JobSeekerChoices choices) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public RegionalPool.Query Filter { get; set; } = new();

    public Listing<MatchingProfileView> Listing { get; private set; } = new([], 0, 1, JobSeekerQueries.PageSize);

    public JobSeekerChoices Choices => choices;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(Filter, cancellationToken);
        Listing = result.IsSuccess ? result.Value : Listing;
    }
}

[Authorize(Policy = Policies.JobSeekers)]
public sealed class MatchingProfilePage(RegionalPool.Handler handler, JobSeekerChoices choices) : PageModel
{
    public MatchingProfile Profile { get; private set; } = null!;

    public JobSeekerChoices Choices => choices;

    public async Task<IActionResult> OnGetAsync(string pseudonym, CancellationToken cancellationToken)
    {
        var result = await handler.OneAsync(pseudonym, cancellationToken);
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        Profile = result.Value.Profile;
        return Page();
    }
}

[Authorize(Policy = Policies.JobSeekers)]
public sealed class JobSeekerDetailsPage(JobSeekerDetails.Handler handler, RecordContact.Handler contacts, JobSeekerChoices choices, AccessScope scope, WerkbrugDb db) : PageModel
{
    public JobSeekerDetails.View View { get; private set; } = null!;

    /// <summary>The latest contacts: the owner organisation only (the detail read's audit record covers them).</summary>
    public IReadOnlyList<RecordContact.ContactView> Contacts { get; private set; } = [];

    /// <summary>For the owner: other organisations of the region that registered the same BSN (possible duplicates, never merged).</summary>
    public IReadOnlyList<PossibleDuplicateQueries.Flag> Duplicates { get; private set; } = [];

    /// <summary>For the owner: the referrals of this job seeker and how they ended (the detail read's audit record covers them).</summary>
    public IReadOnlyList<ReferralRow> Referrals { get; private set; } = [];

    public JobSeekerChoices Choices => choices;

    public bool MayEdit => scope.IsInRole(Roles.CaseManager) && View.Full is not null;

    public bool MayErase => Policies.ErasureRoles.Any(scope.IsInRole) && View.Full is not null;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(id, cancellationToken);
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        View = result.Value;
        if (View.Full is not null)
        {
            Contacts = await contacts.HistoryAsync(id, cancellationToken);
            Duplicates = await db.ForProfileAsync(id, cancellationToken);
            Referrals = await ReferralAccess.Visible(db).Where(r => r.JobSeekerId == id)
                .OrderByDescending(r => r.UpdatedAtUtc).ThenBy(r => r.Id).ToRowsAsync(db, cancellationToken);
        }

        return Page();
    }
}

[Authorize(Policy = Policies.JobSeekers)]
public sealed class FindByBsnPage(FindByBsn.Handler handler, JobSeekerChoices choices, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public FindByBsn.Command Input { get; set; } = new();

    public IReadOnlyList<JobSeekerSummary>? Found { get; private set; }

    public JobSeekerChoices Choices => choices;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(Input, cancellationToken);
        if (!result.IsSuccess)
        {
            ModelState.AddErrors(result.Errors, text);
        }
        else if (result.Value.Count == 1)
        {
            return RedirectToPage("/JobSeekers/Details", new { id = result.Value[0].Id });
        }
        else
        {
            Found = result.Value;
        }

        // Never echo the number back into the form.
        Input = new FindByBsn.Command();
        return Page();
    }
}

/// <summary>Register and edit share the form (_ProfileForm) and these choices.</summary>
[Authorize(Policy = "Role:" + Roles.CaseManager)]
public sealed class RegisterJobSeekerPage(SaveJobSeeker.Handler handler, JobSeekerChoices choices, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public ProfileInput Input { get; set; } = new() { WerkfitStatus = WerkfitStatus.WorkReadyLater, Benefit = BenefitType.None };

    public JobSeekerChoices Choices => choices;

    public IReadOnlyList<KeyValuePair<string, string>> Sections { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Sections = await choices.SectionsAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await handler.RegisterAsync(Input, cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Notice"] = text["JobSeeker.Registered"].Value;
            return RedirectToPage("/JobSeekers/Details", new { id = result.Value });
        }

        ModelState.AddErrors(result.Errors, text);
        Input = Input with { Bsn = null };
        Sections = await choices.SectionsAsync(cancellationToken);
        return Page();
    }
}

[Authorize(Policy = "Role:" + Roles.CaseManager)]
public sealed class EditJobSeekerPage(SaveJobSeeker.Handler handler, JobSeekerDetails.Handler details, JobSeekerChoices choices, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public ProfileInput Input { get; set; } = new();

    public JobSeekerChoices Choices => choices;

    public IReadOnlyList<KeyValuePair<string, string>> Sections { get; private set; } = [];

    public string? BsnMasked { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await details.HandleAsync(id, cancellationToken);
        if (!result.IsSuccess || result.Value.Full is not { } p)
        {
            return NotFound();
        }

        BsnMasked = p.BsnMasked;
        Input = ProfileForm.From(p);
        Sections = await choices.SectionsAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await handler.EditAsync(id, Input, cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Notice"] = text["JobSeeker.Saved"].Value;
            return RedirectToPage("/JobSeekers/Details", new { id });
        }

        if (result.Errors[0].Kind == Domain.Common.ErrorKind.NotFound)
        {
            return NotFound();
        }

        ModelState.AddErrors(result.Errors, text);
        Input = Input with { Bsn = null };
        Sections = await choices.SectionsAsync(cancellationToken);
        return Page();
    }
}

/// <summary>The form's rows: every competence, and the entries on file plus empty rows to add.</summary>
public static class ProfileForm
{
    public const int ExtraRows = 2;

    public static ProfileInput From(FullProfile p) => new()
    {
        ExternalId = p.ExternalId,
        GivenName = p.GivenName,
        Surname = p.Surname,
        BirthDate = p.BirthDate,
        Email = p.Email,
        Phone = p.Phone,
        AddressLine = p.AddressLine,
        Postcode = p.Postcode,
        WerkfitStatus = p.WerkfitStatus,
        WerkfitAssessedOn = p.WerkfitAssessedOn,
        Benefit = p.Benefit,
        JobsAgreementTarget = p.JobsAgreementTarget,
        WorkAndThinkingLevel = p.WorkAndThinkingLevel,
        Competences = [.. p.Competences.Select(c => new CompetenceInput(c.Code, c.Mastery))],
        Languages = [.. p.Languages],
        DrivingLicences = [.. p.DrivingLicences],
        Education = [.. p.Education.Select(e => new EducationInput(e.Name, e.Level, e.Status, e.Diploma, e.Institution))],
        WorkExperience = [.. p.WorkExperience.Select(w => new WorkExperienceInput(w.Occupation, w.Organisation, w.From, w.Until))],
        Skills = [.. p.Skills],
        Traits = [string.Join('\n', p.Traits)],
        Interests = [string.Join('\n', p.Interests)],
        TrainingNeeds = [string.Join('\n', p.TrainingNeeds)],
        MinHoursPerWeek = p.Preferences.MinHoursPerWeek,
        MaxHoursPerWeek = p.Preferences.MaxHoursPerWeek,
        MaxTravelKm = p.Preferences.MaxTravelKm,
        MaxTravelMinutes = p.Preferences.MaxTravelMinutes,
        Branches = [.. p.Preferences.Branches],
        ContractDurations = [.. p.Preferences.ContractDurations],
        AgreementTypes = [.. p.Preferences.AgreementTypes],
        IrregularHours = p.Preferences.IrregularHours,
        AdaptationNeeded = p.WorkRequirements.Adaptation,
        SupervisionNeeded = p.WorkRequirements.Supervision,
        VariationNeeded = p.WorkRequirements.Variation,
        Adjustments = p.WorkRequirements.Adjustments,
        AvailableFrom = p.AvailableFrom,
        LastContactOn = p.LastContactOn,
        RegisteredOn = p.RegisteredOn,
        DeregisteredOn = p.DeregisteredOn,
        Version = p.Version,
    };

    public static Mastery? MasteryOf(ProfileInput input, Competence code) => input.Competences?.FirstOrDefault(c => c.Code == code)?.Mastery;

    public static IReadOnlyList<T> WithEmptyRows<T>(IReadOnlyList<T>? rows, T empty) => [.. rows ?? [], .. Enumerable.Repeat(empty, ExtraRows)];

    public static string Lines(List<string>? items) => string.Join('\n', items ?? []);

    public static string? Value(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static string? Value(int? number) => number?.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
