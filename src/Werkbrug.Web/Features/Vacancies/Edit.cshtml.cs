using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Werkbrug.Web.Features.Matching;
using Werkbrug.Web.Infrastructure.Errors;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Vacancies;

[Authorize(Policy = Policies.Advisers)]
public sealed class EditVacancyPage(UpdateVacancy.Handler handler, VacancyDetails.Handler details, VacancyChoices choices, MatchingCodes codes, AccessScope scope, IStringLocalizer<SharedResource> text)
    : PageModel
{
    [BindProperty]
    public UpdateVacancy.Command Input { get; set; } = new();

    [BindProperty]
    public bool More { get; set; }

    public VacancyForm Form { get; private set; } = null!;

    public string Title { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await details.HandleAsync(id, cancellationToken);
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        var v = result.Value;
        Title = v.Title;
        Input = new UpdateVacancy.Command
        {
            EmployerId = v.EmployerId,
            Title = v.Title,
            Occupation = v.Occupation,
            OccupationCode = v.OccupationCode,
            Description = v.Description,
            Tasks = v.Tasks.Select(t => new TaskInput { Id = t.Id, Description = t.Description, SharePercent = t.SharePercent, Separable = t.Separable, Demands = [.. t.Demands] }).ToList(),
            Skills = v.Skills.Select(s => new SkillInput { Label = s.Label, TaxonomyCode = s.TaxonomyCode, Kind = s.Kind, Importance = s.Importance }).ToList(),
            Competences = v.Competences.Select(c => new CompetenceInput { Code = c.Code, Importance = c.Importance }).ToList(),
            EducationLevel = v.EducationLevel,
            MboLevel = v.MboLevel,
            DutchSpeaking = v.DutchSpeaking,
            DutchListening = v.DutchListening,
            DutchReading = v.DutchReading,
            DutchWriting = v.DutchWriting,
            DrivingLicence = v.DrivingLicence,
            MinExperienceYears = v.MinExperienceYears,
            ReservedForJobsAgreement = v.ReservedForJobsAgreement,
            HoursPerWeekMin = v.HoursPerWeekMin,
            HoursPerWeekMax = v.HoursPerWeekMax,
            Schedule = v.Schedule,
            ContractType = v.ContractType,
            AddressLine = v.AddressLine,
            Postcode = v.Postcode,
            MunicipalityName = v.MunicipalityName,
            Positions = v.Positions,
            SbiSection = v.SbiSection,
            ContactName = v.ContactName,
            ContactPhone = v.ContactPhone,
            ContactEmail = v.ContactEmail,
            StartDate = v.StartDate,
            ClosingDate = v.ClosingDate,
            OpenToAdaptingJob = v.OpenToAdaptingJob,
            HardToFill = v.HardToFill,
            OwnerOrganisationId = v.OwnerOrganisationId,
            AdviserUserId = v.AdviserUserId,
            ExternalId = v.ExternalId,
            Version = v.Version,
        };
        Form = await VacancyForm.BuildAsync(Input, VacancyForm.EmptyRows, choices, scope, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        Title = Input.Title ?? string.Empty;
        if (More)
        {
            Form = await VacancyForm.BuildAsync(Input, VacancyForm.MoreRows, choices, scope, cancellationToken);
            return Page();
        }

        if (codes.OccupationChoices(Input.OccupationCode, Input.Occupation) is { } occupations)
        {
            // Not sure which occupation the text means: the adviser chooses from the short list; nothing is saved.
            Form = await VacancyForm.BuildAsync(Input, 0, choices, scope, cancellationToken) with { OccupationChoices = occupations };
            ModelState.AddModelError("Input.OccupationCode", text["Vacancy.OccupationChoose", Input.Occupation!.Trim()].Value);
            return Page();
        }

        var result = await handler.HandleAsync(id, Input, cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Notice"] = text["Vacancy.Saved"].Value;
            return RedirectToPage("/Vacancies/Details", new { id });
        }

        Form = await VacancyForm.BuildAsync(Input, 0, choices, scope, cancellationToken);
        return this.Refuse(result.Errors, text);
    }
}
