using Werkbrug.Domain.Vacancies;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Vacancies;

/// <summary>Small helpers the vacancy slices share.</summary>
public static class VacancyQueries
{
    /// <summary>
    /// Records activity and marks the vacancy itself changed, so its version moves (and is checked) even when only
    /// its tasks, skills or competences changed.
    /// </summary>
    public static void MarkActivity(this WerkbrugDb db, Vacancy vacancy, DateTime nowUtc)
    {
        vacancy.Touch(nowUtc);
        db.Entry(vacancy).Property(v => v.LastActivityAtUtc).IsModified = true;
    }
}
