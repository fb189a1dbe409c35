using System.Globalization;
using System.Text.Json;
using Werkbrug.Domain.Common;
using Werkbrug.Web.Tests.Features.JobSeekers;
using Werkbrug.Web.Tests.Features.Vacancies;
using Werkbrug.Web.Tests.Infrastructure;
using static Werkbrug.Web.Tests.Contract.BadInput;
using static Werkbrug.Web.Tests.Contract.Caller;
using static Werkbrug.Web.Tests.Contract.ContractRequest;

namespace Werkbrug.Web.Tests.Contract;

/// <summary>
/// The contract table: every operation of /openapi/v1.json with a valid call and a bad-input call. The valid walk runs
/// the rows in this order, so a row may build on the answer of an earlier one (<see cref="ContractScenario.Answer"/>):
/// create, then read, change and step through the states, erase and revoke last. A new endpoint needs a row here.
/// </summary>
public static class ContractCalls
{
    private const string Api = "/api/v1";

    public static IReadOnlyList<ContractCall> All { get; } =
    [
        // Administration: the region's service points, organisations, teams and users.
        new("GET /api/v1/service-points", Admin, _ => new($"{Api}/service-points"), Query("page=eerste")),
        new("POST /api/v1/service-points", Admin, _ => Send($"{Api}/service-points", new { name = Unique("Servicepunt"), kind = "SubRegional" }), Body(new { name = "Servicepunt" })),
        new("GET /api/v1/service-points/{id}", Admin, s => new($"{Api}/service-points/{s.Answer("POST /api/v1/service-points").Id()}"), UnknownId),
        new("PUT /api/v1/service-points/{id}", Admin, s => Read(s, "GET /api/v1/service-points/{id}", sp =>
            Send($"{Api}/service-points/{sp.Id()}", new { name = sp.Text("name") + " Oost", kind = "SubRegional", version = sp.Version() })), Body(new { name = "Servicepunt", kind = "Galactisch", version = 1 })),
        new("GET /api/v1/organisations", Admin, _ => new($"{Api}/organisations"), Query("page=eerste")),
        new("POST /api/v1/organisations", Admin, s => Send($"{Api}/organisations", new { name = Unique("Organisatie"), type = "Werkbedrijf", servicePointId = s[Admin].ServicePointId }), MalformedJson),
        new("GET /api/v1/organisations/{id}", Admin, s => new($"{Api}/organisations/{s.Answer("POST /api/v1/organisations").Id()}"), UnknownId),
        new("PUT /api/v1/organisations/{id}", Admin, s => Read(s, "GET /api/v1/organisations/{id}", o =>
            Send($"{Api}/organisations/{o.Id()}", new { name = o.Text("name") + " Noord", type = "Uwv", servicePointId = s[Admin].ServicePointId, version = o.Version() })), Body(new { name = 42, type = "Uwv", version = 1 })),
        new("GET /api/v1/teams", Admin, _ => new($"{Api}/teams"), Query("page=eerste")),
        new("POST /api/v1/teams", Admin, s => Send($"{Api}/teams", new { name = Unique("Team"), servicePointId = s[Admin].ServicePointId, kind = "Sector", focus = new[] { "F" } }), Body(new { kind = "Sector", focus = "F" })),
        new("GET /api/v1/teams/{id}", Admin, s => new($"{Api}/teams/{s.Answer("POST /api/v1/teams").Id()}"), UnknownId),
        new("PUT /api/v1/teams/{id}", Admin, s => Read(s, "GET /api/v1/teams/{id}", t =>
            Send($"{Api}/teams/{t.Id()}", new { name = t.Text("name"), servicePointId = s[Admin].ServicePointId, kind = "Sector", focus = new[] { "G", "H" }, version = t.Version() })), MalformedJson),
        new("GET /api/v1/users", Admin, _ => new($"{Api}/users"), Query("page=eerste")),
        new("POST /api/v1/users", Admin, s => Send($"{Api}/users", new
        {
            displayName = "Sanne de Boer", email = $"{Unique("contract")}@test.werkbrug.nl".Replace(' ', '-'), organisationId = s[Admin].OrganisationId,
            roles = new[] { "CaseManager" }, password = TestData.Password,
        }), Body(new { displayName = "Sanne de Boer", email = "sanne@test.werkbrug.nl", roles = "CaseManager", password = TestData.Password })),
        new("GET /api/v1/users/{id}", Admin, s => new($"{Api}/users/{s.Answer("POST /api/v1/users").Id()}"), UnknownId),
        new("PUT /api/v1/users/{id}", Admin, s => Read(s, "GET /api/v1/users/{id}", u => Send($"{Api}/users/{u.Id()}", new
        {
            displayName = "Sanne de Boer-Jansen", organisationId = s[Admin].OrganisationId, roles = new[] { "CaseManager", "AccountManager" }, isActive = true,
            concurrencyStamp = u.Text("concurrencyStamp"),
        })), MalformedJson),
        new("POST /api/v1/users/{id}/password", Admin, s => Send($"{Api}/users/{s.Answer("POST /api/v1/users").Id()}/password", new { password = TestData.Password + "!" }), Body(new { password = 12345678 })),

        new("GET /api/v1/mail-outbox", Admin, _ => new($"{Api}/mail-outbox"), None),
        new("GET /api/v1/mail-outbox/mails", Admin, _ => new($"{Api}/mail-outbox/mails?status=Pending"), Query("status=Galactisch")),

        // Personal access tokens: the caller's own and, for administrators, those of a user of the region.
        new("GET /api/v1/me", Adviser, _ => new($"{Api}/me"), None),
        new("GET /api/v1/me/today", Adviser, _ => new($"{Api}/me/today"), None),
        new("GET /api/v1/me/mail-settings", Adviser, _ => new($"{Api}/me/mail-settings"), None),
        new("PUT /api/v1/me/mail-settings", Adviser, _ => Send($"{Api}/me/mail-settings", new { dailyDigest = true }), Body(new { dailyDigest = "ja" })),
        new("GET /api/v1/tokens", Adviser, _ => new($"{Api}/tokens"), Query("page=eerste")),
        new("POST /api/v1/tokens", Adviser, _ => Send($"{Api}/tokens", new { name = "Koppeling CRM", expiresInDays = 30 }), Body(new { name = "Koppeling", expiresInDays = "dertig" })),
        new("GET /api/v1/tokens/{id}", Adviser, s => new($"{Api}/tokens/{s.Answer("POST /api/v1/tokens").Id()}"), UnknownId),
        new("GET /api/v1/users/{userId}/tokens", Admin, s => new($"{Api}/users/{s[CaseManager].Id}/tokens"), UnknownId),
        new("POST /api/v1/users/{userId}/tokens", Admin, s => Send($"{Api}/users/{s[CaseManager].Id}/tokens", new { name = "Koppeling registratie" }), MalformedJson),
        new("GET /api/v1/users/{userId}/tokens/{id}", Admin, s => new($"{Api}/users/{s[CaseManager].Id}/tokens/{s.Answer("POST /api/v1/users/{userId}/tokens").Id()}"), UnknownId),

        // Employers: registration, the CRM parts, the contact log.
        new("GET /api/v1/employers", Adviser, _ => new($"{Api}/employers?q=Werkgever"), Query("page=eerste")),
        new("POST /api/v1/employers", Adviser, _ => Send($"{Api}/employers", new
        {
            kvkNumber = EmployerPages.NewKvk(), tradeName = Unique("Werkgever"), sbiCodes = new[] { "4941" }, sizeClass = "Employees10To49",
            addressLine = "Stationsplein 1", postcode = "3811 AB", municipalityName = "Amersfoort", confirmDuplicate = true,
        }), Body(new { kvkNumber = "12345678", tradeName = "Werkgever", sizeClass = "Reusachtig" })),
        new("GET /api/v1/employers/{id}", Adviser, s => new($"{Api}/employers/{s.Answer("POST /api/v1/employers").Id()}"), UnknownId),
        new("PUT /api/v1/employers/{id}", Adviser, s => Read(s, "GET /api/v1/employers/{id}", e => Send($"{Api}/employers/{e.Id()}", new
        {
            kvkNumber = e.Text("kvkNumber"), tradeName = e.Text("tradeName") + " BV", sbiCodes = new[] { "4941", "5229" }, sizeClass = "Employees50To99", status = "Client", version = e.Version(),
        })), Body(new { kvkNumber = "12345678", tradeName = "Werkgever", sizeClass = "Employees1", status = "Slapend", version = 1 })),
        new("POST /api/v1/employers/import", Adviser, _ => Csv($"{Api}/employers/import?dryRun=true",
            $"kvkNumber;tradeName;sizeClass;addressLine;postcode;municipality\n{EmployerPages.NewKvk()};{Unique("Import")};Employees10To49;Stationsplein 1;3811 AB;Amersfoort\n"), Query("dryRun=misschien")),
        new("POST /api/v1/employers/{id}/contact-persons", Adviser, s => Send($"{Api}/employers/{s.EmployerId}/contact-persons", new
        {
            name = "Fatima Yilmaz", jobTitle = "HR-adviseur", phone = "033 123 45 67", email = "fatima@example.nl", preferredChannel = "Email",
        }), Body(new { name = "Piet", preferredChannel = "Postduif" })),
        new("GET /api/v1/employers/{id}/contact-persons", Adviser, s => new($"{Api}/employers/{s.EmployerId}/contact-persons"), UnknownId),
        new("PUT /api/v1/employers/{id}/contact-persons/{personId}", Adviser, s => Read(s, "POST /api/v1/employers/{id}/contact-persons", p =>
            Send($"{Api}/employers/{s.EmployerId}/contact-persons/{p.Id()}", new { name = "Fatima Yilmaz", jobTitle = "Hoofd HR", preferredChannel = "Phone", phone = "033 123 45 67", version = p.Version() })),
            Body(new { name = new[] { "Fatima" } })),
        new("POST /api/v1/employers/{id}/locations", Adviser, s => Send($"{Api}/employers/{s.EmployerId}/locations", new { addressLine = "Grote Markt 1", postcode = "9711 AA", municipalityName = "Groningen" }),
            Body(new { addressLine = "Grote Markt 1", postcode = 9711, municipalityName = "Groningen" })),
        new("GET /api/v1/employers/{id}/locations", Adviser, s => new($"{Api}/employers/{s.EmployerId}/locations"), UnknownId),
        new("PUT /api/v1/employers/{id}/account-manager", Manager, s => Send($"{Api}/employers/{s.EmployerId}/account-manager", new { userId = s[Adviser].Id, reason = "Vaste accountmanager" }),
            Body(new { userId = "niemand" })),
        new("POST /api/v1/employers/{id}/target-group-interests", Adviser, s => Send($"{Api}/employers/{s.EmployerId}/target-group-interests", new { groupCode = "wajong", since = "2025-01-15", source = "Werkgeversontbijt" }),
            Body(new { groupCode = "wajong", since = "vorig jaar" })),
        new("GET /api/v1/employers/{id}/target-group-interests", Adviser, s => new($"{Api}/employers/{s.EmployerId}/target-group-interests"), UnknownId),
        new("GET /api/v1/employers/{id}/contact-warnings", Adviser, s => new($"{Api}/employers/{s.EmployerId}/contact-warnings"), UnknownId),
        new("POST /api/v1/contact-moments", Adviser, s => Send($"{Api}/contact-moments", new
        {
            employerId = s.EmployerId, occurredAt = DateTimeOffset.UtcNow.AddHours(-1), channel = "Visit", initiator = "Employer", topics = new[] { "vacancy" },
            note = "Twee vacatures besproken", followUp = "Kandidaten voorstellen", followUpDue = Day(7), planned = false, acknowledgeWarnings = true,
        }), MalformedJson),
        new("GET /api/v1/contact-moments", Adviser, s => new($"{Api}/contact-moments?employerId={s.EmployerId}"), Query("employerId=geen-id")),
        new("GET /api/v1/contact-moments/{id}", Adviser, s => new($"{Api}/contact-moments/{s.Answer("POST /api/v1/contact-moments").Id()}"), UnknownId),
        new("POST /api/v1/contact-moments/import", Adviser, s => Csv($"{Api}/contact-moments/import",
            $"kvknummer;datum;tijd;adviseur;kanaal;onderwerp;notitie;id\n{s.Answer("POST /api/v1/employers").Text("kvkNumber")};2025-03-04;10:30;Oud Adviseur;telefoon;Uit WBS;Notitie;{Unique("wbs")}\n"),
            new BadInput(400, "file without the documented columns", path => Csv(path, "kvknummer;fax\n"))),
        new("POST /api/v1/contact-moments/{id}/follow-up-done", Adviser, s => new($"{Api}/contact-moments/{s.Answer("POST /api/v1/contact-moments").Id()}/follow-up-done"), UnknownId),

        // Intake requests from the front door, through every step.
        new("GET /api/v1/intake-requests", Adviser, _ => new($"{Api}/intake-requests?mine=false"), Query("status=Zoekgeraakt")),
        new("GET /api/v1/intake-requests/overdue", Manager, _ => new($"{Api}/intake-requests/overdue"), Query("page=eerste")),
        new("GET /api/v1/intake-requests/{id}", Adviser, s => new($"{Api}/intake-requests/{s.IntakeRequestId}"), UnknownId),
        new("POST /api/v1/intake-requests/{id}/pick-up", Adviser, s => Step(s, "GET /api/v1/intake-requests/{id}", "pick-up", new { }), Body(new { })),
        new("POST /api/v1/intake-requests/{id}/assign", Adviser, s => Step(s, "POST /api/v1/intake-requests/{id}/pick-up", "assign", new { userId = s[Adviser].Id }), Body(new { userId = "niemand", version = 1 })),
        new("POST /api/v1/intake-requests/{id}/answer", Adviser, s => Step(s, "POST /api/v1/intake-requests/{id}/assign", "answer", new { answer = "Wij bellen u deze week." }), Body(new { answer = "Wij bellen." })),
        new("POST /api/v1/intake-requests/{id}/reopen", Adviser, s => Step(s, "POST /api/v1/intake-requests/{id}/answer", "reopen", new { }), Body(new { version = "een" })),
        new("POST /api/v1/intake-requests/{id}/close", Adviser, s => Step(s, "POST /api/v1/intake-requests/{id}/reopen", "close", new { reason = "Vacature elders ingevuld" }), MalformedJson),

        // Vacancies: intake, change, status, escalation, import and job carving.
        new("GET /api/v1/vacancies", Adviser, s => new($"{Api}/vacancies?employerId={s.EmployerId}"), Query("minAgeDays=oud")),
        new("POST /api/v1/vacancies", Adviser, s => Send($"{Api}/vacancies", VacancyTestData.Body(s.EmployerId)),
            Body(VacancyTestData.Body(Guid.NewGuid(), change: b => b["contractType"] = "Levenslang"))),
        new("GET /api/v1/vacancies/{id}", Adviser, s => new($"{Api}/vacancies/{s.Answer("POST /api/v1/vacancies").Id()}"), UnknownId),
        new("PUT /api/v1/vacancies/{id}", Adviser, s => Read(s, "GET /api/v1/vacancies/{id}", v =>
            Send($"{Api}/vacancies/{v.Id()}", VacancyTestData.Body(s.EmployerId, "Magazijnmedewerker", b => b["version"] = v.Version()))),
            Body(VacancyTestData.Body(Guid.NewGuid(), change: b => b["hoursPerWeekMax"] = "veertig"))),
        new("POST /api/v1/vacancies/{id}/status", Adviser, s => Read(s, "PUT /api/v1/vacancies/{id}", v =>
            Send($"{Api}/vacancies/{v.Id()}/status", new { status = "Open", note = "Klaar voor kandidaten", version = v.Version() })), Body(new { status = "Gesloten", version = 1 })),
        new("POST /api/v1/vacancies/{id}/escalate", Adviser, s => Read(s, "POST /api/v1/vacancies/{id}/status", v =>
            Send($"{Api}/vacancies/{v.Id()}/escalate", new { reason = "Lokaal geen kandidaten", version = v.Version() })), Body(new { reason = "Lokaal geen kandidaten", version = "een" })),
        new("PUT /api/v1/vacancies/{id}/publication", Adviser, s => Read(s, "POST /api/v1/vacancies/{id}/escalate", v =>
            Send($"{Api}/vacancies/{v.Id()}/publication", new { isPublic = true, version = v.Version() })), Body(new { isPublic = "ja", version = 1 })),
        new("GET /api/v1/public/vacancies", Anonymous, _ => new($"{Api}/public/vacancies?pageSize=10"), Query("pageSize=veel")),
        new("POST /api/v1/vacancies/import", Adviser, s => Csv($"{Api}/vacancies/import?dryRun=true",
            $"externalId;employerKvk;title;occupation;hoursPerWeekMax;contractType;postcode;municipality\nC-1;{s.EmployerKvk};Chauffeur;Chauffeur;32;regulier;3811 AB;Amersfoort\n"), Query("dryRun=misschien")),
        new("POST /api/v1/vacancies/carve", Adviser, s => Read(s, "POST /api/v1/vacancies/{id}/escalate", v => Send($"{Api}/vacancies/carve", new
        {
            employerId = s.EmployerId, title = "Medewerker inpak", hoursPerWeekMax = 12,
            taskIds = v.GetProperty("tasks").EnumerateArray().Where(t => t.GetProperty("separable").GetBoolean()).Select(t => t.Id()).ToArray(),
        })), Body(new { title = "Medewerker inpak", hoursPerWeekMax = "twaalf" })),

        // Job seekers of the own organisation: register, change, imports, VUM, contacts, consents.
        new("GET /api/v1/job-seekers", CaseManager, _ => new($"{Api}/job-seekers?q=Sanne"), Query("page=eerste")),
        new("POST /api/v1/job-seekers", CaseManager, _ => Send($"{Api}/job-seekers", JobSeekerTestData.AProfile(JobSeekerTestData.NewBsn(), JobSeekerTestData.NewMarker())),
            Body(With(JobSeekerTestData.AProfile(JobSeekerTestData.NewBsn(), "MRK000000000000"), "birthDate", "lang geleden"))),
        new("GET /api/v1/job-seekers/{id}", CaseManager, s => new($"{Api}/job-seekers/{s.Answer("POST /api/v1/job-seekers").Id()}"), UnknownId),
        new("PUT /api/v1/job-seekers/{id}", CaseManager, s => Read(s, "POST /api/v1/job-seekers", j =>
            Send($"{Api}/job-seekers/{j.Id()}", With(JobSeekerTestData.AProfile(string.Empty, JobSeekerTestData.NewMarker(), "Anna"), "version", j.Version()))), MalformedJson),
        new("POST /api/v1/job-seekers/{id}/contacts", CaseManager, s => Read(s, "PUT /api/v1/job-seekers/{id}", j =>
            Send($"{Api}/job-seekers/{j.Id()}/contacts", new { occurredOn = Day(0), channel = "Phone", note = "Beschikbaarheid besproken", version = j.Version() })),
            Body(new { occurredOn = "2026-01-01", channel = "Postduif", version = 1 })),
        new("GET /api/v1/job-seekers/{id}/referrals", CaseManager, s => new($"{Api}/job-seekers/{s.OwnCandidate.Id}/referrals"), UnknownId),
        new("GET /api/v1/job-seekers/{id}/vum", CaseManager, s => new($"{Api}/job-seekers/{s.OwnCandidate.Id}/vum"), UnknownId),
        new("GET /api/v1/job-seekers/export-vum", CaseManager, _ => new($"{Api}/job-seekers/export-vum"), Query("page=eerste")),
        new("POST /api/v1/job-seekers/import", CaseManager, _ => Csv($"{Api}/job-seekers/import?dryRun=true",
            "externalId;givenName;surname;birthDate;postcode;werkfitStatus;benefit\nC-1;Sanne;Jansen;1990-04-02;3811 AB;werkfit;bijstand\n"), Query("dryRun=misschien")),
        new("POST /api/v1/job-seekers/import-vum", CaseManager, s => Send($"{Api}/job-seekers/import-vum?dryRun=true", new[] { s.Answer("GET /api/v1/job-seekers/{id}/vum") }), MalformedJson),
        new("GET /api/v1/vacancies/{id}/vum", Adviser, s => new($"{Api}/vacancies/{s.VacancyId}/vum"), UnknownId),
        new("GET /api/v1/vacancies/export-vum", Adviser, _ => new($"{Api}/vacancies/export-vum"), Query("page=eerste")),
        new("POST /api/v1/vacancies/import-vum", Adviser, s => Send($"{Api}/vacancies/import-vum?dryRun=true", new[] { s.Answer("GET /api/v1/vacancies/{id}/vum") }), MalformedJson),

        // Partner systems: push in the VUM shape with a partner token, pull the changes feed; the freshness report.
        new("POST /api/v1/exchange/profiles", PartnerCaseManager, s => Send($"{Api}/exchange/profiles", new[] { s.Answer("GET /api/v1/job-seekers/{id}/vum") }), MalformedJson),
        new("GET /api/v1/exchange/profiles/changes", PartnerCaseManager, _ => new($"{Api}/exchange/profiles/changes?since=0&limit=10"), Query("limit=veel")),
        new("POST /api/v1/exchange/vacancies", PartnerAdviser, s => Send($"{Api}/exchange/vacancies", new[] { With(s.Answer("GET /api/v1/vacancies/{id}/vum"), "idVacature", "PARTNER-1") }), MalformedJson),
        new("GET /api/v1/exchange/vacancies/changes", PartnerAdviser, _ => new($"{Api}/exchange/vacancies/changes?since=0&limit=10"), Query("since=gisteren")),
        new("GET /api/v1/exchange/freshness", Manager, _ => new($"{Api}/exchange/freshness"), None),
        new("POST /api/v1/job-seekers/find-by-bsn", CaseManager, s => Send($"{Api}/job-seekers/find-by-bsn", new { bsn = s.OwnCandidate.Bsn }), Body(new { bsn = 123456782 })),
        new("GET /api/v1/job-seekers/in-view", CaseManager, _ => new($"{Api}/job-seekers/in-view?mine=false"), Query("mine=misschien")),
        new("GET /api/v1/job-seekers/freshness", CaseManager, _ => new($"{Api}/job-seekers/freshness"), None),
        new("GET /api/v1/matching-profiles", CaseManager, _ => new($"{Api}/matching-profiles"), Query("page=eerste")),
        new("GET /api/v1/matching-profiles/{pseudonym}", CaseManager, s => new($"{Api}/matching-profiles/{s.OtherCandidate.Pseudonym}"), UnknownId),
        new("POST /api/v1/consents", CaseManager, s => Send($"{Api}/consents?jobSeekerId={s.Answer("POST /api/v1/job-seekers").Id()}", new
        {
            kind = "LegalBasis", legalBasis = "WetSuwi", categories = new[] { "ContactDetails" }, recipientOrganisationId = s[OtherCaseManager].OrganisationId, purpose = "Referral", validFrom = "2020-01-01",
        }), Body(new { kind = "Handdruk", categories = new[] { "ContactDetails" }, purpose = "Referral", validFrom = "2020-01-01" }, query: $"jobSeekerId={Guid.NewGuid()}")),
        new("GET /api/v1/consents", CaseManager, s => new($"{Api}/consents?jobSeekerId={s.Answer("POST /api/v1/job-seekers").Id()}"), Query("jobSeekerId=niemand")),
        new("POST /api/v1/consents/{id}/withdraw", CaseManager, s => Send($"{Api}/consents/{s.Answer("POST /api/v1/consents").Id()}/withdraw", new { reason = "Ingetrokken door de werkzoekende" }), Body(new { reason = 42 })),

        // Matching: candidates for a vacancy, vacancies for a job seeker, the shortlist, the rebuild of the indexes.
        new("GET /api/v1/vacancies/{id}/candidates", Adviser, s => new($"{Api}/vacancies/{s.VacancyId}/candidates?pageSize=5"), Query("pageSize=veel")),
        new("GET /api/v1/vacancies/{id}/candidates/counts", Adviser, s => new($"{Api}/vacancies/{s.VacancyId}/candidates/counts?maxDistanceKm=30"), Query("maxDistanceKm=ver")),
        new("GET /api/v1/vacancies/{id}/rankings", Adviser, s => new($"{Api}/vacancies/{s.VacancyId}/rankings"), Query("page=eerste")),
        new("GET /api/v1/vacancies/{id}/rankings/{rankingId}", Adviser, s =>
            new($"{Api}/vacancies/{s.VacancyId}/rankings/{s.Answer("GET /api/v1/vacancies/{id}/rankings").GetProperty("items")[0].Id()}"), UnknownId),
        new("GET /api/v1/matching/weights", Adviser, _ => new($"{Api}/matching/weights"), None),
        new("PUT /api/v1/matching/weights", Coordinator, s => Read(s, "GET /api/v1/matching/weights", w => Send($"{Api}/matching/weights", new
        {
            requiredSkills = 40, niceToHaveSkills = 8, occupation = 20, competences = 8, hours = 6, education = 5, language = 5, drivingLicence = 4, experience = 4, tasks = 5,
            reason = "Vaardigheden tellen zwaarder (regio-overleg)", version = w.GetProperty("current").GetProperty("version").GetInt32(),
        })), Body(new { requiredSkills = "veel", reason = "Test", version = 0 })),
        new("GET /api/v1/job-seekers/{id}/vacancies", CaseManager, s => new($"{Api}/job-seekers/{s.OwnCandidate.Id}/vacancies?pageSize=5"), Query("pageSize=veel")),
        new("GET /api/v1/job-seekers/{id}/inferred-occupations", CaseManager, s => new($"{Api}/job-seekers/{s.OwnCandidate.Id}/inferred-occupations"), UnknownId),
        new("POST /api/v1/vacancies/{id}/shortlist", Adviser, s => Send($"{Api}/vacancies/{s.VacancyId}/shortlist", new { pseudonym = s.OtherCandidate.Pseudonym }), Body(new { pseudonym = 42 })),
        new("GET /api/v1/vacancies/{id}/shortlist", Adviser, s => new($"{Api}/vacancies/{s.VacancyId}/shortlist"), UnknownId),
        new("DELETE /api/v1/vacancies/{id}/shortlist/{pseudonym}", Adviser, s => new($"{Api}/vacancies/{s.VacancyId}/shortlist/{s.OtherCandidate.Pseudonym}"), UnknownId),
        new("POST /api/v1/matching/rebuild", Admin, _ => new($"{Api}/matching/rebuild"), None),

        // Referrals through their states; the employer acts through its link.
        new("POST /api/v1/referrals", Adviser, s => Send($"{Api}/referrals", new { vacancyId = s.VacancyId, pseudonym = s.OwnCandidate.Pseudonym, motivation = "Ervaren orderpicker, wil graag in de logistiek." })
            with { Headers = new Dictionary<string, string> { ["Idempotency-Key"] = Guid.NewGuid().ToString() } }, Body(new { vacancyId = "vacature", pseudonym = "X", motivation = "Past goed." })),
        new("GET /api/v1/referrals", Adviser, s => new($"{Api}/referrals?vacancyId={s.VacancyId}"), Query("status=Zoekgeraakt")),
        new("GET /api/v1/referrals/{id}", Adviser, s => new($"{Api}/referrals/{s.Answer("POST /api/v1/referrals").Id()}"), UnknownId),
        new("POST /api/v1/referrals/{id}/send", Adviser, s => Step(s, "POST /api/v1/referrals", "send", new { disclose = Array.Empty<string>() }), Body(new { disclose = new[] { "Alles" }, version = 1 })),
        new("POST /api/v1/referrals/{id}/invite", Adviser, s => Step(s, "POST /api/v1/referrals/{id}/send", "invite", new { interviewOn = Day(7) }), Body(new { interviewOn = "morgen", version = 1 })),
        new("POST /api/v1/referrals/{id}/hire", Adviser, s => Step(s, "POST /api/v1/referrals/{id}/invite", "hire", new { startDate = Day(14), contractType = "Regular", hoursPerWeek = 32 }),
            Body(new { startDate = "2026-01-05", hoursPerWeek = "veel", version = 1 })),
        new("POST /api/v1/referrals/{id}/approve", OtherCaseManager, s => Send($"{Api}/referrals/{s.ToApprove.Id}/approve", new { version = s.ToApprove.Version, disclose = Array.Empty<string>() }), MalformedJson),
        new("POST /api/v1/referrals/{id}/reject", Adviser, s => Step(s, "POST /api/v1/referrals/{id}/approve", "reject", new { reason = "Language", note = "Nederlands nog te beperkt." }),
            Body(new { reason = "Saai", version = 1 })),
        new("POST /api/v1/referrals/{id}/decline", OtherCaseManager, s => Send($"{Api}/referrals/{s.ToDecline.Id}/decline", new { version = s.ToDecline.Version, reason = "Start binnenkort met een opleiding." }),
            Body(new { reason = "Opleiding", version = "twee" })),
        new("POST /api/v1/referrals/{id}/withdraw", Adviser, s => Send($"{Api}/referrals/{s.ToWithdraw.Id}/withdraw", new { version = s.ToWithdraw.Version, reason = "Vacature anders ingevuld." }),
            Body(new { reason = 5, version = 1 })),
        new("POST /api/v1/referrals/{id}/accept", Adviser, s => Send($"{Api}/referrals/{s.ToAccept.Id}/accept", new { version = s.ToAccept.Version }), Body(new { version = "twee" })),
        new("POST /api/v1/referrals/{id}/refuse", Adviser, s => Send($"{Api}/referrals/{s.ToRefuse.Id}/refuse", new { version = s.ToRefuse.Version, reason = "Te ver van de werkplek." }),
            Body(new { reason = "Te ver", version = "twee" })),

        // Vacancies offered across regions: offer, the log, what the other region sees, withdraw.
        new("POST /api/v1/vacancies/{id}/offers", Adviser, s => Send($"{Api}/vacancies/{s.OfferVacancyId}/offers", new { regions = new[] { ContractScenario.RemoteRegion }, note = "Ploegendienst." }),
            Body(new { regions = ContractScenario.RemoteRegion })),
        new("GET /api/v1/vacancies/{id}/offers", Adviser, s => new($"{Api}/vacancies/{s.OfferVacancyId}/offers"), UnknownId),
        new("GET /api/v1/vacancy-offers", RemoteAdviser, _ => new($"{Api}/vacancy-offers"), Query("page=eerste")),
        new("GET /api/v1/vacancy-offers/{id}", RemoteAdviser, s => new($"{Api}/vacancy-offers/{s.Answer("POST /api/v1/vacancies/{id}/offers").GetProperty("offerId").GetGuid()}"), UnknownId),
        new("POST /api/v1/vacancy-offers/{id}/withdraw", Adviser, s => Read(s, "POST /api/v1/vacancies/{id}/offers", o =>
            Send($"{Api}/vacancy-offers/{o.GetProperty("offerId").GetGuid()}/withdraw", new { reason = "Lokaal vervuld.", version = o.Version() })), Body(new { reason = 5, version = 1 })),
        new("POST /api/v1/vacancies/{id}/employer-links", Adviser, s => Send($"{Api}/vacancies/{s.VacancyId}/employer-links", new { contactName = "Petra de Vries", validDays = 30 }), Body(new { contactName = "Petra de Vries", validDays = "dertig" })),
        new("GET /api/v1/vacancies/{id}/employer-links", Adviser, s => new($"{Api}/vacancies/{s.VacancyId}/employer-links"), UnknownId),
        new("GET /api/v1/employer-link", Employer, _ => new($"{Api}/employer-link"), None),
        new("GET /api/v1/employer-link/referrals", Employer, _ => new($"{Api}/employer-link/referrals"), Query("page=eerste")),
        new("GET /api/v1/employer-link/referrals/{id}", Employer, s => new($"{Api}/employer-link/referrals/{s.ForEmployerToHire.Id}"), UnknownId),
        new("POST /api/v1/employer-link/referrals/{id}/invite", Employer, s => Send($"{Api}/employer-link/referrals/{s.ForEmployerToHire.Id}/invite", new { version = s.ForEmployerToHire.Version, interviewOn = Day(3) }),
            Body(new { interviewOn = "volgende week", version = 1 })),
        new("POST /api/v1/employer-link/referrals/{id}/hire", Employer, s => Step(s, "POST /api/v1/employer-link/referrals/{id}/invite", "hire", new { startDate = Day(21), contractType = "Regular", hoursPerWeek = 24 }),
            Body(new { startDate = "2026-01-05", contractType = "Vast", version = 1 })),
        new("POST /api/v1/employer-link/referrals/{id}/reject", Employer, s => Send($"{Api}/employer-link/referrals/{s.ForEmployerToReject.Id}/reject", new { version = s.ForEmployerToReject.Version, reason = "Competences" }),
            Body(new { reason = "Saai", version = 1 })),

        // Placements and their aftercare.
        new("GET /api/v1/indicators", Manager, _ => new($"{Api}/indicators"), Query("page=eerste")),
        new("GET /api/v1/indicators/{key}", Manager, _ => new($"{Api}/indicators/placements?from=2026-01-01&to=2026-03-31"), UnknownId),
        new("GET /api/v1/indicators/evaluation", Manager, _ => new($"{Api}/indicators/evaluation?year=2025"), Query("year=tweeduizend")),
        new("PUT /api/v1/indicators/evaluation/text", Coordinator, _ => Send($"{Api}/indicators/evaluation/text?year=2025", new { text = "Meer duurzame plaatsingen.", version = 0 }),
            Body(new { text = 42, version = 0 }, "year=2025")),
        new("GET /api/v1/indicators/evaluation/document", Manager, _ => new($"{Api}/indicators/evaluation/document?year=2025"), Query("year=1999")),
        new("GET /api/v1/indicators/export", Manager, _ => new($"{Api}/indicators/export?format=xlsx&from=2026-01-01&to=2026-03-31"), Query("format=pdf")),
        new("GET /api/v1/matching/disparity", Manager, _ => new($"{Api}/matching/disparity?from=2026-01-01&to=2026-03-31"), Query("from=2026-03-31&to=2026-01-01")),
        new("GET /api/v1/indicators/{key}/export", Manager, _ => new($"{Api}/indicators/placements/export?format=csv&from=2026-01-01&to=2026-03-31"), UnknownId),
        new("GET /api/v1/plans", Manager, _ => new($"{Api}/plans"), Query("page=eerste")),
        new("POST /api/v1/plans", Coordinator, _ => Send($"{Api}/plans", new { year = 2026, kind = "ExecutionPlan", title = Unique("Uitvoeringsplan") }), Body(new { year = "dit jaar", kind = "ExecutionPlan", title = "Plan" })),
        new("GET /api/v1/plans/{id}", Manager, s => new($"{Api}/plans/{s.Answer("POST /api/v1/plans").Id()}"), UnknownId),
        new("PUT /api/v1/plans/{id}", Coordinator, s => Read(s, "GET /api/v1/plans/{id}", p => Send($"{Api}/plans/{p.Id()}", new
        {
            year = 2026, kind = "ExecutionPlan", title = p.Text("title"), adoptedOn = "2026-01-15", version = p.Version(),
        })), Body(new { year = 2026, kind = "Jaarplan", title = "Plan", version = 1 })),
        new("POST /api/v1/plans/{id}/goals", Coordinator, s => Send($"{Api}/plans/{s.Answer("POST /api/v1/plans").Id()}/goals", new { indicatorKey = "placements", target = 40 }),
            Body(new { indicatorKey = "placements", target = "veertig" })),
        new("GET /api/v1/plans/{id}/goals", Manager, s => new($"{Api}/plans/{s.Answer("POST /api/v1/plans").Id()}/goals"), UnknownId),
        new("PUT /api/v1/plans/{id}/goals/{goalId}", Coordinator, s => Read(s, "POST /api/v1/plans/{id}/goals", g =>
            Send($"{Api}/plans/{s.Answer("POST /api/v1/plans").Id()}/goals/{g.Id()}", new { indicatorKey = "placements", target = 45, organisation = s[Coordinator].OrganisationId, version = g.Version() })), MalformedJson),
        new("POST /api/v1/plans/{id}/activities", Coordinator, s => Send($"{Api}/plans/{s.Answer("POST /api/v1/plans").Id()}/activities", new { title = "Werkgeversontbijt", ownerOrganisationId = s[Coordinator].OrganisationId, dueOn = Day(30) }),
            Body(new { title = "Werkgeversontbijt", ownerOrganisationId = "niemand" })),
        new("GET /api/v1/plans/{id}/activities", Manager, s => new($"{Api}/plans/{s.Answer("POST /api/v1/plans").Id()}/activities"), UnknownId),
        new("PUT /api/v1/plans/{id}/activities/{activityId}", Coordinator, s => Read(s, "POST /api/v1/plans/{id}/activities", a =>
            Send($"{Api}/plans/{s.Answer("POST /api/v1/plans").Id()}/activities/{a.Id()}", new { title = "Werkgeversontbijt", ownerOrganisationId = s[Coordinator].OrganisationId, status = "Done", version = a.Version() })),
            Body(new { title = "Werkgeversontbijt", status = "Misschien", version = 1 })),
        new("GET /api/v1/plans/{id}/history", Manager, s => new($"{Api}/plans/{s.Answer("POST /api/v1/plans").Id()}/history"), UnknownId),
        new("DELETE /api/v1/plans/{id}/goals/{goalId}", Coordinator, s => Read(s, "PUT /api/v1/plans/{id}/goals/{goalId}", g =>
            new($"{Api}/plans/{s.Answer("POST /api/v1/plans").Id()}/goals/{g.Id()}?version={g.Version()}")), Query("version=twee")),
        new("DELETE /api/v1/plans/{id}/activities/{activityId}", Coordinator, s => Read(s, "PUT /api/v1/plans/{id}/activities/{activityId}", a =>
            new($"{Api}/plans/{s.Answer("POST /api/v1/plans").Id()}/activities/{a.Id()}?version={a.Version()}")), Query("version=twee")),
        // Surveys: start from a template, settings, a new version of the questionnaire, invitations, results, population.
        new("GET /api/v1/surveys/templates", Manager, _ => new($"{Api}/surveys/templates"), Query("pageSize=0")),
        new("POST /api/v1/surveys", Coordinator, _ => Send($"{Api}/surveys", new { templateKey = "werkgeverstevredenheid" }), Body(new { templateKey = "onbekend" })),
        new("GET /api/v1/surveys", Manager, _ => new($"{Api}/surveys"), Query("page=eerste")),
        new("GET /api/v1/surveys/{id}", Manager, s => new($"{Api}/surveys/{s.Answer("POST /api/v1/surveys").Id()}"), UnknownId),
        new("PUT /api/v1/surveys/{id}/settings", Coordinator, s => Read(s, "GET /api/v1/surveys/{id}", sv => Send($"{Api}/surveys/{sv.Id()}/settings", new
        {
            isOpen = true, afterPlacement = true, invitationPeriodDays = 365, linkValidDays = 30, version = sv.Version(),
        })), MalformedJson),
        new("POST /api/v1/surveys/{id}/yearly-round", Coordinator, s => new($"{Api}/surveys/{s.Answer("POST /api/v1/surveys").Id()}/yearly-round"), UnknownId),
        new("PUT /api/v1/surveys/{id}/questionnaire", Coordinator, s => Read(s, "PUT /api/v1/surveys/{id}/settings", sv => Send($"{Api}/surveys/{sv.Id()}/questionnaire", new
        {
            questionnaire = new
            {
                title = new { nl = "Korte tevredenheidsmeting", en = "Short satisfaction survey" },
                audience = "Employers",
                scoreQuestion = "T1",
                questions = new object[]
                {
                    new { key = "T1", type = "Scale", required = true, min = 1, max = 10, text = new { nl = "Welk cijfer geeft u ons?", en = "Which mark do you give us?" } },
                    new { key = "T2", type = "OpenText", condition = "T1 <= 5", text = new { nl = "Wat kan beter?", en = "What could be better?" } },
                },
            },
            version = sv.Version(),
        })), MalformedJson),
        new("GET /api/v1/surveys/{id}/results", Manager, s => new($"{Api}/surveys/{s.Answer("POST /api/v1/surveys").Id()}/results"), Query("year=vorig")),
        new("GET /api/v1/surveys/{id}/results/export", Manager, s => new($"{Api}/surveys/{s.Answer("POST /api/v1/surveys").Id()}/results/export?format=xlsx"), Query("format=xlsx&year=vorig")),
        new("GET /api/v1/surveys/{id}/monitor", Manager, s => new($"{Api}/surveys/{s.MonitorSurveyId}/monitor"), Query("year=vorig")),
        new("GET /api/v1/surveys/{id}/open-answers", Coordinator, s => new($"{Api}/surveys/{s.Answer("POST /api/v1/surveys").Id()}/open-answers?question=T2"), Query("question=T2&version=nul")),
        new("POST /api/v1/surveys/job-seeker-links", CaseManager, s => Send($"{Api}/surveys/job-seeker-links", new { surveyId = s.JobSeekerSurveyId }), Body(new { surveyId = "geen" })),
        new("GET /api/v1/surveys/shared-responses", Adviser, _ => new($"{Api}/surveys/shared-responses"), Query("survey=geen")),
        new("GET /api/v1/surveys/population", Manager, _ => new($"{Api}/surveys/population"), Query("page=eerste")),
        new("POST /api/v1/surveys/population", Coordinator, _ => Csv($"{Api}/surveys/population?year=2026", "sectie;grootteklasse;aantal\nG;1-9;600\nG;10-49;300\n"), Query("year=volgend")),
        new("DELETE /api/v1/plans/{id}", Coordinator, s => Read(s, "PUT /api/v1/plans/{id}", p => new($"{Api}/plans/{p.Id()}?version={p.Version()}")), Query("version=twee")),
        new("GET /api/v1/labour-market", Manager, _ => new($"{Api}/labour-market"), Query("group=X")),
        new("GET /api/v1/placements", Adviser, _ => new($"{Api}/placements"), Query("page=eerste")),
        new("GET /api/v1/placements/durability", Adviser, _ => new($"{Api}/placements/durability"), None),
        new("GET /api/v1/placements/{id}", Adviser, s => new($"{Api}/placements/{Placement(s)}"), UnknownId),
        new("PUT /api/v1/placements/{id}", Adviser, s => Read(s, "GET /api/v1/placements/{id}", p => Send($"{Api}/placements/{Placement(s)}", new
        {
            startDate = Day(-200), contractType = "Regular", hoursPerWeek = 32, instrument = "None", jobCoachAgreed = false, contactPersonUserId = s[Adviser].Id, version = p.Version(),
        })), Body(new { startDate = "binnenkort", version = 1 })),
        new("POST /api/v1/placements/{id}/durability", Adviser, s => Read(s, "PUT /api/v1/placements/{id}", p =>
            Send($"{Api}/placements/{Placement(s)}/durability", new { checkpoint = "SixMonths", stillEmployed = true, version = p.Version() })),
            Body(new { checkpoint = "Nooit", stillEmployed = true, version = 1 })),
        new("POST /api/v1/placements/durability/import", Adviser, s => Csv($"{Api}/placements/durability/import?dryRun=true", $"placementId;checkpoint;stillEmployed\n{Placement(s)};12;ja\n"),
            Query("dryRun=misschien")),
        new("POST /api/v1/placements/{id}/aftercare-tasks", Adviser, s => Send($"{Api}/placements/{Placement(s)}/aftercare-tasks", new { dueOn = Day(30), label = "Extra gesprek" }),
            Body(new { dueOn = "volgende maand" })),
        new("GET /api/v1/aftercare-tasks", Adviser, _ => new($"{Api}/aftercare-tasks"), Query("overdueOnly=misschien")),
        new("GET /api/v1/aftercare-tasks/referrals", Adviser, _ => new($"{Api}/aftercare-tasks/referrals"), Query("pageSize=0")),
        new("GET /api/v1/aftercare-tasks/overdue", Manager, _ => new($"{Api}/aftercare-tasks/overdue"), Query("page=eerste")),
        new("GET /api/v1/aftercare-tasks/{id}", Adviser, s => new($"{Api}/aftercare-tasks/{s.Answer("POST /api/v1/placements/{id}/aftercare-tasks").Id()}"), UnknownId),
        new("PUT /api/v1/aftercare-tasks/{id}", Adviser, s => Read(s, "POST /api/v1/placements/{id}/aftercare-tasks", t =>
            Send($"{Api}/aftercare-tasks/{t.Id()}", new { dueOn = Day(40), assigneeUserId = s[Adviser].Id, label = "Extra gesprek op locatie", version = t.Version() })),
            Body(new { dueOn = "2026-01-01", assigneeUserId = "niemand", version = 1 })),
        new("POST /api/v1/aftercare-tasks/{id}/complete", Adviser, s => Read(s, "PUT /api/v1/aftercare-tasks/{id}", t =>
            Send($"{Api}/aftercare-tasks/{t.Id()}/complete", new { completedOn = Day(0), outcome = "Gaat goed, geen aanpassingen nodig.", version = t.Version() })),
            Body(new { completedOn = "gisteren", outcome = "Gaat goed.", version = 1 })),

        // The instrument guide: the catalogue (the coordinator edits), watching, files, the starter set and the eligibility check.
        new("POST /api/v1/instruments", Coordinator, _ => Send($"{Api}/instruments", new
        {
            key = "contractpremie", name = "Contractpremie", provider = "Region", coverage = "Region", benefitTypes = new[] { "Ww" }, provides = "€ 500",
            conditions = "Een contract van minstens een jaar.", rules = new object[] { new { fact = "Benefit", values = new[] { "Ww" } } },
        }), Body(new { key = "Fout!", provider = "Galactisch" })),
        new("GET /api/v1/instruments", Adviser, _ => new($"{Api}/instruments?provider=Region&currentOnly=true"), Query("provider=Galactisch")),
        new("GET /api/v1/instruments/{id}", Adviser, s => new($"{Api}/instruments/{s.Answer("POST /api/v1/instruments").Id()}"), UnknownId),
        new("PUT /api/v1/instruments/{id}", Coordinator, s => Read(s, "GET /api/v1/instruments/{id}", i => Send($"{Api}/instruments/{i.Id()}", new
        {
            key = "contractpremie", name = "Contractpremie regio", provider = "Region", coverage = "Region", provides = "€ 750", conditions = "Een contract van minstens een jaar.",
            rules = new object[] { new { fact = "HoursPerWeek", min = 20 } }, version = i.Version(),
        })), MalformedJson),
        new("PUT /api/v1/instruments/{id}/watch", Adviser, s => new($"{Api}/instruments/{s.Answer("POST /api/v1/instruments").Id()}/watch"), UnknownId),
        new("DELETE /api/v1/instruments/{id}/watch", Adviser, s => new($"{Api}/instruments/{s.Answer("POST /api/v1/instruments").Id()}/watch"), UnknownId),
        new("GET /api/v1/instruments/{id}/changes", Adviser, s => new($"{Api}/instruments/{s.Answer("POST /api/v1/instruments").Id()}/changes"), UnknownId),
        // The instruments applied to a placement (the placing organisation records them).
        new("POST /api/v1/placements/{id}/instruments", Adviser, s => Send($"{Api}/placements/{Placement(s)}/instruments", new
        {
            instrumentId = s.Answer("POST /api/v1/instruments").Id(), startsOn = Day(-100), endsOn = Day(265), amount = 1250.50m, note = "Per maand",
        }), Body(new { startsOn = "2026-05-01", endsOn = "2026-04-01", amount = -5 })),
        new("GET /api/v1/placements/{id}/instruments", Adviser, s => new($"{Api}/placements/{Placement(s)}/instruments"), Query("page=eerste")),
        new("GET /api/v1/placements/{id}/instruments/{instrumentId}", Adviser, s =>
            new($"{Api}/placements/{Placement(s)}/instruments/{s.Answer("POST /api/v1/placements/{id}/instruments").Id()}"), UnknownId),
        new("PUT /api/v1/placements/{id}/instruments/{instrumentId}", Adviser, s => Read(s, "GET /api/v1/placements/{id}/instruments/{instrumentId}", a =>
            Send($"{Api}/placements/{Placement(s)}/instruments/{a.Id()}", new { instrumentId = s.Answer("POST /api/v1/instruments").Id(), startsOn = Day(-100), endsOn = Day(300), amount = 1300m, version = a.Version() })),
            Body(new { startsOn = "2026-05-01", amount = "veel", version = 1 })),
        new("DELETE /api/v1/placements/{id}/instruments/{instrumentId}", Adviser, s =>
            new($"{Api}/placements/{Placement(s)}/instruments/{s.Answer("POST /api/v1/placements/{id}/instruments").Id()}"), UnknownId),
        new("GET /api/v1/instruments/export", Adviser, _ => new($"{Api}/instruments/export?format=csv"), Query("format=xlsx")),
        new("POST /api/v1/instruments/import", Coordinator, _ => Csv($"{Api}/instruments/import?dryRun=true",
            "key;name;provider;coverage;provides;conditions\nreiskosten;Reiskostenvergoeding;Municipality;National;Reiskosten;Bij werkaanvaarding.\n"), Query("dryRun=misschien")),
        new("POST /api/v1/instruments/starter-set", Coordinator, _ => new($"{Api}/instruments/starter-set?dryRun=true"), Query("dryRun=misschien")),
        new("GET /api/v1/instruments/matrix", Adviser, _ => new($"{Api}/instruments/matrix?on=2026-06-30"), Query("on=gisteren")),
        new("GET /api/v1/instruments/matrix/export", Adviser, _ => new($"{Api}/instruments/matrix/export?format=xlsx"), Query("format=pdf")),
        new("GET /api/v1/instruments/public-check", Anonymous, _ => new($"{Api}/instruments/public-check?size=Employees10To49&benefit=Bijstand&age=From27To49&contract=Regular&hours=24"), Query("age=Tachtig")),
        new("GET /api/v1/instruments/eligibility", Adviser, s => new($"{Api}/instruments/eligibility?candidate={s.OwnCandidate.Pseudonym}&vacancyId={s.VacancyId}"), Query("candidate=onbekend")),
        new("DELETE /api/v1/instruments/{id}", Coordinator, s => Read(s, "PUT /api/v1/instruments/{id}", i => new($"{Api}/instruments/{i.Id()}?version={i.Version()}")), Query("version=twee")),

        // National accounts: the national account manager takes on an employer of four regions and proposes an arrangement in
        // the region, which goes to the regions' review and the region's manager signs; then escalates the scenario's lagging region.
        new("POST /api/v1/national-accounts", NationalManager, s => Send($"{Api}/national-accounts", new { kvkNumber = s.NationalKvk }), Body(new { kvkNumber = 12345678 })),
        new("GET /api/v1/national-accounts", NationalManager, _ => new($"{Api}/national-accounts"), Query("page=eerste")),
        new("GET /api/v1/national-accounts/{id}", NationalManager, s => new($"{Api}/national-accounts/{s.Answer("POST /api/v1/national-accounts").Id()}"), UnknownId),
        new("POST /api/v1/national-arrangements", NationalManager, s => Send($"{Api}/national-arrangements", Arrangement(s, reactionTermWorkingDays: 5)),
            Body(new { title = "Instroom", reactionTermWorkingDays = "vijf", candidatesPerVacancy = 3, aftercareWeeks = 4 })),
        new("GET /api/v1/national-arrangements", Manager, _ => new($"{Api}/national-arrangements"), Query("page=eerste")),
        new("GET /api/v1/national-arrangements/{id}", NationalManager, s => new($"{Api}/national-arrangements/{s.Answer("POST /api/v1/national-arrangements").Id()}"), UnknownId),
        new("PUT /api/v1/national-arrangements/{id}", NationalManager, s => Read(s, "GET /api/v1/national-arrangements/{id}", a =>
            Send($"{Api}/national-arrangements/{a.Id()}", With(Arrangement(s, reactionTermWorkingDays: 4), "version", a.Version()))), MalformedJson),
        new("POST /api/v1/national-arrangements/{id}/advance", NationalManager, s => Step(s, "PUT /api/v1/national-arrangements/{id}", "advance", new { }),
            Body(new { version = "twee" })),
        new("POST /api/v1/national-arrangements/{id}/decision", Manager, s => Step(s, "POST /api/v1/national-arrangements/{id}/advance", "decision", new { decision = "Accepted", on = Day(0) }),
            Body(new { decision = "Misschien", on = Day(0), version = 1 })),
        new("GET /api/v1/national-arrangements/{id}/history", NationalManager, s => new($"{Api}/national-arrangements/{s.Answer("POST /api/v1/national-arrangements").Id()}/history"), UnknownId),
        new("POST /api/v1/national-arrangements/{id}/regions/{regionCode}/escalate", NationalManager, s =>
            Send($"{Api}/national-arrangements/{s.Lagging.Id}/regions/{s.Lagging.LaggingRegion}/escalate", new { version = s.Lagging.Version }), Body(new { version = "een" })),

        // Notifications, the audit log; then what ends things: revoking and erasing.
        new("GET /api/v1/notifications", OtherCaseManager, _ => new($"{Api}/notifications?unreadOnly=true"), Query("unreadOnly=misschien")),
        new("GET /api/v1/notifications/unread-count", OtherCaseManager, _ => new($"{Api}/notifications/unread-count"), None),
        new("POST /api/v1/notifications/{id}/read", OtherCaseManager, s => new($"{Api}/notifications/{s.Answer("GET /api/v1/notifications").GetProperty("items")[0].Id()}/read"), UnknownId),
        new("GET /api/v1/audit-log", Admin, s => new($"{Api}/audit-log?jobSeekerId={s.Answer("POST /api/v1/job-seekers").Id()}"), Query("jobSeekerId=niemand")),
        new("DELETE /api/v1/employer-links/{id}", Adviser, s => new($"{Api}/employer-links/{s.Answer("POST /api/v1/vacancies/{id}/employer-links").Id()}"), UnknownId),
        new("DELETE /api/v1/tokens/{id}", Adviser, s => new($"{Api}/tokens/{s.Answer("POST /api/v1/tokens").Id()}"), UnknownId),
        new("DELETE /api/v1/users/{userId}/tokens/{id}", Admin, s => new($"{Api}/users/{s[CaseManager].Id}/tokens/{s.Answer("POST /api/v1/users/{userId}/tokens").Id()}"), UnknownId),
        new("POST /api/v1/job-seekers/{id}/erase", CaseManager, s => Send($"{Api}/job-seekers/{s.Answer("POST /api/v1/job-seekers").Id()}/erase", new { reason = "DataSubjectRequest" }),
            Body(new { reason = "Zomaar" })),
    ];

    private static string Unique(string prefix) => EmployerPages.UniqueName(prefix);

    /// <summary>Today in the Netherlands plus <paramref name="days"/>, as the API writes dates.</summary>
    private static string Day(int days) => DutchTime.Today(TimeProvider.System).AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Text(this JsonElement element, string name) => element.GetProperty(name).GetString()!;

    /// <summary>The terms of an arrangement for the walk's national account in the scenario's region.</summary>
    private static object Arrangement(ContractScenario s, int reactionTermWorkingDays) => new
    {
        nationalAccountId = s.Answer("POST /api/v1/national-accounts").Id(),
        title = "Instroom magazijnmedewerkers",
        reactionTermWorkingDays,
        candidatesPerVacancy = 3,
        aftercareWeeks = 26,
        aftercareDescription = "Jobcoach de eerste zes maanden",
        regions = new[] { new { regionCode = ContractScenario.Region, placementTarget = 6 } },
    };

    private static Guid Placement(ContractScenario s) => s.Answer("POST /api/v1/referrals/{id}/hire").GetProperty("placementId").GetGuid();

    /// <summary>A request made from the earlier answer of <paramref name="operation"/>.</summary>
    private static ContractRequest Read(ContractScenario s, string operation, Func<JsonElement, ContractRequest> make) => make(s.Answer(operation));

    /// <summary>
    /// The next step of a workflow resource (an intake request, a referral): POST {path}/{step} of the resource the answer
    /// of <paramref name="previous"/> shows, with that answer's version and <paramref name="body"/>.
    /// </summary>
    private static ContractRequest Step(ContractScenario s, string previous, string step, object body)
    {
        var answer = s.Answer(previous);
        var collection = previous.Split(' ')[1].Split("/{id}")[0];
        return Send($"{collection}/{answer.Id()}/{step}", With(body, "version", answer.Version()));
    }
}
