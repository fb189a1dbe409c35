using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Organisations;
using Werkbrug.Domain.Referrals;
using Werkbrug.Domain.Vacancies;
using Werkbrug.Web.Tests.Features.JobSeekers;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.Goals;

/// <summary>
/// A small region with placements to set goals against, in AM32 (Helmond-De Peel; the audit tests write only audit
/// records there). Organisation A (a region coordinator who is also case and account manager, and an analyst), B (a case
/// manager). A's candidate is on bijstand, B's on WW.
/// <code>
/// Q2 2026   placing  owner  municipality  benefit
///    8      A        A      Helmond       Bijstand
///    6      A        B      Helmond       Ww        (another partner's candidate)
///    3      B        B      Deurne        Ww
/// </code>
/// So in Q2: 17 placements; by benefit Bijstand 8, Ww 9; in Helmond 14; placed by B 3 (small: hidden); another partner's
/// candidate 6 of 17 = 35.3 % (6, 17 and 11 are not small). No vacancy was filled, so time to fill has no figure.
/// </summary>
public sealed record GoalWorld(TestUser Coordinator, TestUser Analyst, TestUser CaseManagerB, Guid A, Guid B)
{
    public const string Region = "AM32";

    public static async Task<GoalWorld> ArrangeAsync(WerkbrugAppFactory app)
    {
        var coordinator = await app.CreateAdviserAsync(Region, Roles.RegionCoordinator, Roles.CaseManager, Roles.AccountManager);
        var analyst = await app.CreateUserInOrganisationAsync(coordinator, Roles.Analyst);
        var caseManagerB = await app.CreateAdviserAsync(Region, Roles.CaseManager);
        var own = await app.RegisterJobSeekerAsync(coordinator);
        var other = await app.RegisterJobSeekerAsync(caseManagerB);
        var employer = await app.ApiClient(coordinator).RegisterEmployerAsync(postcode: "5701 AA", municipality: "Helmond");
        await app.InDbAsync(async db =>
        {
            (await db.JobSeekers.SingleAsync(j => j.Id == own.Id)).Benefit = BenefitType.Bijstand;
            (await db.JobSeekers.SingleAsync(j => j.Id == other.Id)).Benefit = BenefitType.Ww;
            Vacancy VacancyIn(string municipality, string pc4)
            {
                var vacancy = new Vacancy
                {
                    RegionCode = Region,
                    EmployerId = employer,
                    Title = "Monteur " + municipality,
                    Occupation = "Monteur",
                    Postcode = pc4 + " AA",
                    Pc4 = pc4,
                    MunicipalityName = municipality,
                    OwnerOrganisationId = coordinator.OrganisationId,
                    AdviserUserId = coordinator.Id,
                    CreatedAtUtc = new DateTime(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc),
                    CreatedByUserId = coordinator.Id,
                };
                vacancy.Created(vacancy.CreatedAtUtc, coordinator.Id);
                db.Vacancies.Add(vacancy);
                return vacancy;
            }

            var (helmond, deurne) = (VacancyIn("Helmond", "5701"), VacancyIn("Deurne", "5751"));
            void Place(int count, string start, TestUser placing, RegisteredJobSeeker candidate, TestUser owner, Vacancy vacancy)
            {
                for (var i = 0; i < count; i++)
                {
                    db.Placements.Add(new Placement
                    {
                        RegionCode = Region,
                        VacancyId = vacancy.Id,
                        EmployerId = employer,
                        JobSeekerId = candidate.Id,
                        OwnerOrganisationId = owner.OrganisationId,
                        PlacingOrganisationId = placing.OrganisationId,
                        StartDate = DateOnly.Parse(start, CultureInfo.InvariantCulture),
                        ContractType = ContractType.Regular,
                        HoursPerWeek = 32,
                        ContactPersonUserId = coordinator.Id,
                        CreatedAtUtc = DateTime.UtcNow,
                    });
                }
            }

            Place(8, "2026-04-15", coordinator, own, coordinator, helmond);
            Place(6, "2026-05-10", coordinator, other, caseManagerB, helmond);
            Place(3, "2026-06-01", caseManagerB, other, caseManagerB, deurne);
            return await db.SaveChangesAsync();
        });
        return new GoalWorld(coordinator, analyst, caseManagerB, coordinator.OrganisationId, caseManagerB.OrganisationId);
    }
}
