using Microsoft.Extensions.Localization;
using Werkbrug.Domain.FrontDoor;

namespace Werkbrug.Web.Features.FrontDoor;

public sealed class ReportVacancyPage(SubmitIntakeRequest.Handler handler, ServicePointDirectory directory, IStringLocalizer<SharedResource> text)
    : IntakeFormPage(handler, directory, text)
{
    public override IntakeRequestType Type => IntakeRequestType.Vacancy;
}
