using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Employers;
using Werkbrug.Domain.FrontDoor;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Organisations;
using Werkbrug.Domain.Referrals;
using Werkbrug.Domain.Surveys;
using Werkbrug.Domain.Vacancies;
using Werkbrug.Web.Tests.Features.JobSeekers;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.Indicators;

/// <summary>
/// A small region at work, arranged once per provider in AM23 (Drechtsteden), which no other test fills with placements.
/// Three organisations, named so they sort A, B, C: A (a manager who is also case manager and account manager, and an
/// analyst), B and C (a case manager each), each with one candidate: A's on bijstand, B's on WW, C's on Wajong.
/// Vacancies in Dordrecht, Papendrecht and Sliedrecht.
/// <code>
/// Q2 2026 (1 Apr – 30 Jun)   placing  owner  municipality  contract        benefit
///    6                       A        A      Dordrecht     Regular         Bijstand
///    5                       A        B      Dordrecht     Regular         WW        (another partner's)
///    5                       B        B      Papendrecht   TrialPlacement  WW
///    6                       B        A      Papendrecht   Regular         Bijstand  (another partner's)
///    2                       C        C      Sliedrecht    Regular         Wajong
/// Q1 2026 (previous)  7      A        A      Dordrecht     Regular         Bijstand
/// outside both        1 on 31 Dec 2025 and 1 on 1 Jul 2026, A by A
///
/// Referrals sent to the employer in Q2 (own candidates):
///   A  12: 6 invited and hired, 6 rejected without an invitation (motivation)
///   B  10: 5 hired without an invitation, 1 invited and rejected (language), 4 rejected (language)
/// and one of A sent and invited in Q1, rejected on 2 April (did not show up).
///
/// Vacancies closed (Dordrecht): Q2 5 filled (A), 5 withdrawn (B), 2 expired (A); Q1 6 filled (A).
///
/// Durability (six-month checkpoint in Q2): A 12 placements started 10 Nov 2025 (7 still employed, 5 ended on 15 Jan
/// 2026), 2 more without a recorded status; B 5 started 1 Dec 2025, all still employed.
///
/// Aftercare tasks due in Q2 (on the first Q2 referral of A): 12 contact moments due 10 May (7 done on 9 May, 3 on 12
/// May, 2 never), 5 feedback tasks due 15 May, done that day.
///
/// Employers (besides the one above, registered today): 10 of 10–49 employees registered 1 Feb 2026, 5 of 50–99
/// registered 1 May 2026. Contacts that took place: Q1 5 by A with five of the 10–49 (service point's initiative); Q2 5 by
/// A with five of the 10–49 (service point's) and 5 by B with the 50–99 (employer's), and one planned by A (not held).
/// SBI: the five 10–49 that A contacts are in section C (2511), the other five 10–49 in G (4711), the 50–99 have no code.
/// The region's population table: 2026 by cell (C 10–49: 20, C 50–99: 10, G 10–49: 40, H 100+: 30; 100 in all), 2025
/// by margins only (sections C 25, G 75; bands 10–49 80, 50–99 20).
///
/// Team B holds case manager B only (the manager is in no team).
///
/// Front-door requests due 12 May 2026, owned by the manager: 10 vacancies (5 answered on 11 May, 3 on 14 May, 2 never)
/// and 5 questions answered on the due date.
/// </code>
/// </summary>
public sealed record IndicatorWorld(TestUser Manager, TestUser Analyst, TestUser CaseManagerB, Guid A, Guid B, Guid C, Guid TeamB)
{
    public const string Region = "AM23";

    public const string Q2 = "from=2026-04-01&to=2026-06-30";

    private static readonly ConcurrentDictionary<WerkbrugAppFactory, Lazy<Task<IndicatorWorld>>> Arranged = new();

    /// <summary>The world of <paramref name="app"/>'s database, arranged on the first call only: every expected figure assumes it is there once.</summary>
    public static Task<IndicatorWorld> OnceAsync(WerkbrugAppFactory app) =>
        Arranged.GetOrAdd(app, a => new Lazy<Task<IndicatorWorld>>(() => ArrangeAsync(a))).Value;

    private static async Task<IndicatorWorld> ArrangeAsync(WerkbrugAppFactory app)
    {
        var manager = await app.CreateAdviserAsync(Region, Roles.Manager, Roles.CaseManager, Roles.AccountManager);
        var analyst = await app.CreateUserInOrganisationAsync(manager, Roles.Analyst);
        var caseManagerB = await app.CreateAdviserAsync(Region, Roles.CaseManager);
        var caseManagerC = await app.CreateAdviserAsync(Region, Roles.CaseManager);
        var candidates = new[] { await app.RegisterJobSeekerAsync(manager), await app.RegisterJobSeekerAsync(caseManagerB), await app.RegisterJobSeekerAsync(caseManagerC) };
        var employer = await app.ApiClient(manager).RegisterEmployerAsync(postcode: "3311 AA", municipality: "Dordrecht");
        var (a, b, c) = (manager.OrganisationId, caseManagerB.OrganisationId, caseManagerC.OrganisationId);
        var employers = new List<Guid>();
        var teamB = Guid.Empty;
        for (var i = 0; i < 15; i++)
        {
            employers.Add(await app.ApiClient(manager).RegisterEmployerAsync(postcode: "3311 AA", municipality: "Dordrecht"));
        }

        await app.InDbAsync(async db =>
        {
            var unique = Guid.NewGuid().ToString("N")[..8];
            foreach (var (id, name) in new[] { (a, "A-gemeente"), (b, "B-uwv"), (c, "C-werkbedrijf") })
            {
                (await db.Organisations.SingleAsync(o => o.Id == id)).Name = $"{name} {unique}";
            }

            var team = new Team { RegionCode = Region, ServicePointId = caseManagerB.ServicePointId, Name = $"Team B {unique}", Kind = TeamKind.Geographic };
            db.Teams.Add(team);
            (await db.Users.SingleAsync(u => u.Id == caseManagerB.Id)).TeamId = team.Id;
            teamB = team.Id;

            foreach (var (id, benefit) in new[] { (candidates[0].Id, BenefitType.Bijstand), (candidates[1].Id, BenefitType.Ww), (candidates[2].Id, BenefitType.Wajong) })
            {
                (await db.JobSeekers.SingleAsync(j => j.Id == id)).Benefit = benefit;
            }

            Vacancy VacancyIn(string municipality, string postcode)
            {
                var vacancy = new Vacancy
                {
                    RegionCode = Region,
                    EmployerId = employer,
                    Title = "Orderpicker " + municipality,
                    Occupation = "Orderpicker",
                    Postcode = postcode + " AA",
                    Pc4 = postcode,
                    MunicipalityName = municipality,
                    OwnerOrganisationId = a,
                    AdviserUserId = manager.Id,
                    CreatedAtUtc = new DateTime(2025, 11, 1, 9, 0, 0, DateTimeKind.Utc), // taken in on 1 Nov 2025
                    CreatedByUserId = manager.Id,
                };
                vacancy.Created(vacancy.CreatedAtUtc, manager.Id);
                db.Vacancies.Add(vacancy);
                return vacancy;
            }

            var (dordrecht, papendrecht, sliedrecht) = (VacancyIn("Dordrecht", "3311"), VacancyIn("Papendrecht", "3351"), VacancyIn("Sliedrecht", "3361"));
            void Place(int count, string start, Guid placing, int owner, Vacancy vacancy, ContractType contract)
            {
                for (var i = 0; i < count; i++)
                {
                    db.Placements.Add(new Placement
                    {
                        RegionCode = Region,
                        VacancyId = vacancy.Id,
                        EmployerId = employer,
                        JobSeekerId = candidates[owner].Id,
                        OwnerOrganisationId = new[] { a, b, c }[owner],
                        PlacingOrganisationId = placing,
                        StartDate = DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture),
                        ContractType = contract,
                        HoursPerWeek = 32,
                        ContactPersonUserId = manager.Id,
                        CreatedAtUtc = DateTime.UtcNow,
                    });
                }
            }

            Place(6, "2026-04-01", a, 0, dordrecht, ContractType.Regular);
            Place(5, "2026-05-15", a, 1, dordrecht, ContractType.Regular);
            Place(5, "2026-06-30", b, 1, papendrecht, ContractType.TrialPlacement);
            Place(6, "2026-06-01", b, 0, papendrecht, ContractType.Regular);
            Place(2, "2026-04-20", c, 2, sliedrecht, ContractType.Regular);
            Place(7, "2026-02-10", a, 0, dordrecht, ContractType.Regular);
            Place(1, "2025-12-31", a, 0, dordrecht, ContractType.Regular);
            Place(1, "2026-07-01", a, 0, dordrecht, ContractType.Regular);

            static DateTime At(string day) => DateTime.SpecifyKind(DateTime.Parse(day, System.Globalization.CultureInfo.InvariantCulture).AddHours(10), DateTimeKind.Utc);
            void Refer(int count, TestUser by, int owner, string sent, string? invited, RejectionReason? rejected, string outcomeOn)
            {
                for (var i = 0; i < count; i++)
                {
                    var referral = new Referral
                    {
                        RegionCode = Region,
                        VacancyId = dordrecht.Id,
                        EmployerId = employer,
                        JobSeekerId = candidates[owner].Id,
                        Pseudonym = candidates[owner].Pseudonym,
                        OwnerOrganisationId = by.OrganisationId,
                        ReferringOrganisationId = by.OrganisationId,
                        ReferredByUserId = by.Id,
                        Motivation = "Past goed.",
                        CreatedAtUtc = At(sent),
                    };
                    var actor = ReferralActor.Staff(by.Id);
                    referral.Proposed(At(sent));
                    Assert.Null(referral.Send(Disclosure.AnonymousSheet, At(sent), by.Id));
                    if (invited is not null)
                    {
                        var on = DateOnly.FromDateTime(At(invited));
                        Assert.Null(referral.Invite(on, on, At(invited), actor));
                    }

                    var outcome = DateOnly.FromDateTime(At(outcomeOn));
                    Assert.Null(rejected is { } reason ? referral.Reject(reason, null, outcome, At(outcomeOn), actor) : referral.Hire(outcome, null, At(outcomeOn), actor));
                    db.Referrals.Add(referral);
                }
            }

            Refer(6, manager, 0, "2026-05-04", "2026-05-06", null, "2026-05-20");
            Refer(6, manager, 0, "2026-05-04", null, RejectionReason.Motivation, "2026-05-08");
            Refer(5, caseManagerB, 1, "2026-06-02", null, null, "2026-06-10");
            Refer(1, caseManagerB, 1, "2026-06-02", "2026-06-04", RejectionReason.Language, "2026-06-08");
            Refer(4, caseManagerB, 1, "2026-06-02", null, RejectionReason.Language, "2026-06-05");
            Refer(1, manager, 0, "2026-03-20", "2026-03-25", RejectionReason.NoShow, "2026-04-02");

            var lasting = new List<(Placement Placement, bool Employed)>();
            void Last(int count, Guid placing, int owner, string start, bool? employed)
            {
                for (var i = 0; i < count; i++)
                {
                    var placement = new Placement
                    {
                        RegionCode = Region,
                        VacancyId = sliedrecht.Id,
                        EmployerId = employer,
                        JobSeekerId = candidates[owner].Id,
                        OwnerOrganisationId = new[] { a, b, c }[owner],
                        PlacingOrganisationId = placing,
                        StartDate = DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture),
                        ContractType = ContractType.Regular,
                        HoursPerWeek = 32,
                        ContactPersonUserId = manager.Id,
                        CreatedAtUtc = DateTime.UtcNow,
                    };
                    var today = new DateOnly(2026, 6, 1);
                    Assert.Null(employed switch
                    {
                        true => placement.RecordDurability(DurabilityCheckpoint.SixMonths, true, null, null, today),
                        false => placement.RecordDurability(DurabilityCheckpoint.SixMonths, false, new DateOnly(2026, 1, 15), PlacementEndReason.ContractNotExtended, today),
                        null => null,
                    });
                    db.Placements.Add(placement);
                }
            }

            Last(7, a, 0, "2025-11-10", true);
            Last(5, a, 0, "2025-11-10", false);
            Last(2, a, 0, "2025-11-10", null);
            Last(5, b, 1, "2025-12-01", true);

            var firstReferral = db.ChangeTracker.Entries<Referral>().Select(e => e.Entity).First(r => r.History.Any(h => h.To == ReferralStatus.Hired));
            void Task(int count, AftercareTaskKind kind, string due, string? done)
            {
                for (var i = 0; i < count; i++)
                {
                    var task = new AftercareTask
                    {
                        RegionCode = Region,
                        ReferralId = firstReferral.Id,
                        Kind = kind,
                        AssigneeUserId = manager.Id,
                        DueOn = DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture),
                        CreatedAtUtc = At("2026-04-01"),
                    };
                    if (done is not null)
                    {
                        var on = DateOnly.Parse(done, System.Globalization.CultureInfo.InvariantCulture);
                        Assert.Null(task.Complete(on, manager.Id, "sealed", on));
                    }

                    db.AftercareTasks.Add(task);
                }
            }

            Task(7, AftercareTaskKind.ContactMoment, "2026-05-10", "2026-05-09");
            Task(3, AftercareTaskKind.ContactMoment, "2026-05-10", "2026-05-12");
            Task(2, AftercareTaskKind.ContactMoment, "2026-05-10", null);
            Task(5, AftercareTaskKind.Feedback, "2026-05-15", "2026-05-15");

            foreach (var (id, i) in employers.Select((id, i) => (id, i)))
            {
                var registered = await db.Employers.SingleAsync(e => e.Id == id);
                registered.SizeClass = i < 10 ? SizeClass.Employees10To49 : SizeClass.Employees50To99;
                registered.SetSbiCodes(i < 5 ? ["2511"] : i < 10 ? ["4711"] : []);
                db.Entry(registered).Property(e => e.CreatedAtUtc).CurrentValue = At(i < 10 ? "2026-02-01" : "2026-05-01");
            }

            void Contact(TestUser by, Guid with, string on, ContactInitiator initiator, bool planned = false) => db.ContactMoments.Add(new ContactMoment
            {
                RegionCode = Region,
                EmployerId = with,
                OccurredAtUtc = At(on),
                Channel = ContactChannel.Phone,
                Initiator = initiator,
                AdviserUserId = by.Id,
                OrganisationId = by.OrganisationId,
                Topics = [ContactTopics.Vacancy],
                IsPlanned = planned,
                LoggedAtUtc = At(on),
            });
            foreach (var employer10 in employers.Take(5))
            {
                Contact(manager, employer10, "2026-02-15", ContactInitiator.ServicePoint);
                Contact(manager, employer10, "2026-04-10", ContactInitiator.ServicePoint);
            }

            foreach (var employer50 in employers.Skip(10))
            {
                Contact(caseManagerB, employer50, "2026-05-10", ContactInitiator.Employer);
            }

            Contact(manager, employers[5], "2026-06-20", ContactInitiator.ServicePoint, planned: true);

            void Request(int count, IntakeRequestType type, string? answered)
            {
                for (var i = 0; i < count; i++)
                {
                    db.IntakeRequests.Add(new IntakeRequest
                    {
                        RegionCode = Region,
                        Type = type,
                        Reference = IntakeReference.New(),
                        CompanyName = "Bakkerij De Linde",
                        ContactName = "P. de Vries",
                        Email = "info@example.nl",
                        Phone = "0781234567",
                        Municipality = "Dordrecht",
                        Text = "Wij zoeken een medewerker.",
                        SubmittedAt = At("2026-05-04"),
                        DueDate = new DateOnly(2026, 5, 12),
                        Status = answered is null ? IntakeRequestStatus.InProgress : IntakeRequestStatus.Answered,
                        OwnerUserId = manager.Id,
                        Answer = answered is null ? null : "Beantwoord.",
                        AnsweredAtUtc = answered is null ? null : At(answered),
                    });
                }
            }

            void Population(int year, string? section, SizeBand? size, long count) =>
                db.PopulationCounts.Add(new PopulationCount { RegionCode = Region, Year = year, Section = section, Size = size, Count = count });
            Population(2026, "C", SizeBand.Employees10To49, 20);
            Population(2026, "C", SizeBand.Employees50To99, 10);
            Population(2026, "G", SizeBand.Employees10To49, 40);
            Population(2026, "H", SizeBand.Employees100Plus, 30);
            Population(2025, "C", null, 25);
            Population(2025, "G", null, 75);
            Population(2025, null, SizeBand.Employees10To49, 80);
            Population(2025, null, SizeBand.Employees50To99, 20);

            Request(5, IntakeRequestType.Vacancy, "2026-05-11");
            Request(3, IntakeRequestType.Vacancy, "2026-05-14");
            Request(2, IntakeRequestType.Vacancy, null);
            Request(5, IntakeRequestType.Question, "2026-05-12");

            void Close(int count, Guid owner, VacancyStatus to, string on)
            {
                for (var i = 0; i < count; i++)
                {
                    var vacancy = VacancyIn("Dordrecht", "3311");
                    vacancy.OwnerOrganisationId = owner;
                    Assert.Null(vacancy.MoveTo(VacancyStatus.Open, vacancy.CreatedAtUtc, manager.Id, null));
                    Assert.Null(vacancy.MoveTo(to, At(on), manager.Id, null));
                }
            }

            Close(5, a, VacancyStatus.Filled, "2026-05-29");
            Close(5, b, VacancyStatus.Withdrawn, "2026-04-15");
            Close(2, a, VacancyStatus.Expired, "2026-06-30");
            Close(6, a, VacancyStatus.Filled, "2026-01-10");
            return await db.SaveChangesAsync();
        });
        return new IndicatorWorld(manager, analyst, caseManagerB, a, b, c, teamB);
    }
}
