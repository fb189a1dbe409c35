using System.Globalization;
using System.Net;
using System.Text.Json;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Organisations;
using Werkbrug.Domain.Referrals;
using Werkbrug.Domain.Vacancies;
using Werkbrug.Web.Tests.Features.LabourMarket;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.Indicators;

/// <summary>
/// Feedback to the case manager, on a hand-made piece of AM03 (the labour-market tests' region; this adds only a draft
/// vacancy and a werkfit-op-termijn profile without work experience, which the labour-market picture does not count).
/// <code>
/// Referrals of one new organisation, sent 4 May 2026, rejected by the employer 8 May 2026 (Q2):
///   6 with a feedback task due 15 May, done 14 May     on time
///   3 with a feedback task due 15 May, done 20 May     late
///   3 without a feedback task (1 of them with a contact-moment task done on time: not feedback)
/// Q2: 6 of 12 = 50 %; 6 not given is not small. Q1: no rejections, no base: "-".
/// </code>
/// </summary>
public sealed class FeedbackIndicatorTests(Apps apps)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, Providers]
    public async Task feedback_to_the_case_manager_is_the_share_of_rejections_with_feedback_done_on_time(Db db)
    {
        var app = apps.For(db);
        var manager = await app.CreateAdviserAsync(LabourMarketTests.Region, Roles.Manager, Roles.CaseManager, Roles.AccountManager);
        var employer = await app.ApiClient(manager).RegisterEmployerAsync(postcode: "7811 AA", municipality: "Emmen");
        await app.InDbAsync(async context =>
        {
            static DateTime At(string day) => DateTime.SpecifyKind(DateTime.Parse(day, CultureInfo.InvariantCulture).AddHours(10), DateTimeKind.Utc);
            var unique = Guid.NewGuid().ToString("N")[..10];
            var candidate = new JobSeekerProfile
            {
                RegionCode = LabourMarketTests.Region,
                OwnerOrganisationId = manager.OrganisationId,
                CaseManagerUserId = manager.Id,
                Pseudonym = "WZ-" + unique,
                GivenName = "Roelof",
                Surname = "Terugkoppel" + unique,
                BirthDate = new DateOnly(1985, 5, 5),
                Postcode = "7811 AA",
                Pc4 = "7811",
                RegisteredOn = new DateOnly(2026, 1, 5),
                CreatedAtUtc = DateTime.UtcNow,
                UpdatedAtUtc = DateTime.UtcNow,
            };
            candidate.AssessWerkfit(WerkfitStatus.WorkReadyLater, new DateOnly(2026, 1, 5), manager.Id);
            var vacancy = new Vacancy
            {
                RegionCode = LabourMarketTests.Region,
                EmployerId = employer,
                Title = "Medewerker terugkoppeling",
                Occupation = "Medewerker",
                Postcode = "7811 AA",
                Pc4 = "7811",
                MunicipalityName = "Emmen",
                OwnerOrganisationId = manager.OrganisationId,
                AdviserUserId = manager.Id,
                CreatedAtUtc = At("2026-04-01"),
                CreatedByUserId = manager.Id,
            };
            vacancy.Created(vacancy.CreatedAtUtc, manager.Id);
            context.JobSeekers.Add(candidate);
            context.Vacancies.Add(vacancy);
            void Reject(int count, AftercareTaskKind? kind, string? done)
            {
                for (var i = 0; i < count; i++)
                {
                    var referral = new Referral
                    {
                        RegionCode = LabourMarketTests.Region,
                        VacancyId = vacancy.Id,
                        EmployerId = employer,
                        JobSeekerId = candidate.Id,
                        Pseudonym = candidate.Pseudonym,
                        OwnerOrganisationId = manager.OrganisationId,
                        ReferringOrganisationId = manager.OrganisationId,
                        ReferredByUserId = manager.Id,
                        Motivation = "Past goed.",
                        CreatedAtUtc = At("2026-05-04"),
                    };
                    referral.Proposed(At("2026-05-04"));
                    Assert.Null(referral.Send(Disclosure.AnonymousSheet, At("2026-05-04"), manager.Id));
                    Assert.Null(referral.Reject(RejectionReason.Motivation, null, new DateOnly(2026, 5, 8), At("2026-05-08"), ReferralActor.Staff(manager.Id)));
                    context.Referrals.Add(referral);
                    if (kind is { } taskKind)
                    {
                        var task = new AftercareTask
                        {
                            RegionCode = LabourMarketTests.Region,
                            ReferralId = referral.Id,
                            Kind = taskKind,
                            AssigneeUserId = manager.Id,
                            DueOn = new DateOnly(2026, 5, 15),
                            CreatedAtUtc = At("2026-05-08"),
                        };
                        var on = DateOnly.Parse(done!, CultureInfo.InvariantCulture);
                        Assert.Null(task.Complete(on, manager.Id, "Teruggekoppeld.", on));
                        context.AftercareTasks.Add(task);
                    }
                }
            }

            Reject(6, AftercareTaskKind.Feedback, "2026-05-14");
            Reject(3, AftercareTaskKind.Feedback, "2026-05-20");
            Reject(1, AftercareTaskKind.ContactMoment, "2026-05-14");
            Reject(2, null, null);
            await context.SaveChangesAsync(Ct);
            return 0;
        });

        var response = await app.ApiClient(manager).GetAsync($"/api/v1/indicators/feedback-to-case-manager?{IndicatorWorld.Q2}&organisation={manager.OrganisationId}", Ct);

        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        var figure = JsonDocument.Parse(body).RootElement;
        Assert.Equal((50.0, 6, 12), (figure.GetProperty("value").GetProperty("value").GetDouble(), figure.GetProperty("value").GetProperty("count").GetInt64(), figure.GetProperty("value").GetProperty("of").GetInt64()));
        Assert.Equal(JsonValueKind.Null, figure.GetProperty("previous").GetProperty("value").ValueKind);
        var row = Assert.Single(figure.GetProperty("breakdowns")[0].GetProperty("rows").EnumerateArray());
        Assert.Equal(manager.OrganisationId.ToString(), row.GetProperty("key").GetString());
    }
}
