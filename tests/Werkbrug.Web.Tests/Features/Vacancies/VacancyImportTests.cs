using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Organisations;
using Werkbrug.Domain.Vacancies;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Features.Vacancies;

public sealed class VacancyImportTests(Apps apps)
{
    private const string Header = "externId;kvknummer;titel;beroep;urenMin;urenMax;contractvorm;postcode;gemeente;startdatum;sluitingsdatum;status";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<JsonElement> ImportAsync(HttpClient api, string csv)
    {
        using var body = new StringContent(csv, Encoding.UTF8, "text/csv");
        var response = await api.PostAsync("/api/v1/vacancies/import", body, Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Ct));
        return await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
    }

    private static (int, int, int, int) Counts(JsonElement r) =>
        (r.GetProperty("created").GetInt32(), r.GetProperty("updated").GetInt32(), r.GetProperty("unchanged").GetInt32(), r.GetProperty("rejected").GetInt32());

    [Theory, Providers]
    public async Task imports_vacancies_reports_bad_rows_and_a_second_import_changes_nothing(Db db)
    {
        var app = apps.For(db);
        var adviser = await app.CreateAdviserAsync("AM14", Roles.AccountManager);
        var api = app.ApiClient(adviser);
        var kvk = EmployerPages.NewKvk();
        await api.RegisterEmployerAsync(kvk: kvk);
        var unique = Guid.NewGuid().ToString("N")[..8];
        var (start, closing, yesterday) = (VacancyTestData.Day(60), VacancyTestData.Day(30), VacancyTestData.Day(-1));
        var csv = $"""
            {Header};sbiSectie;contactpersoon;telefoon;email
            A-{unique};{kvk};Heftruckchauffeur;heftruckchauffeur;24;38;regulier;3811 AB;Amersfoort;{start};{closing};open
            B-{unique};{kvk};Schoonmaker;schoonmaker;;20;werkervaringsplaats;3811 AB;Amersfoort;{yesterday};;;N;Anna de Vries;033 123 45 67;anna@example.nl
            C-{unique};12345678;Onbekende werkgever;kok;;20;regulier;3811 AB;Amersfoort;;;
            D-{unique};{kvk};Verkeerde data;kok;;20;regulier;3811 AB;Amersfoort;2027-03-01;eind februari;
            E-{unique};{kvk};Geen datum;kok;;twintig;regulier;3811 AB;Amersfoort;morgen;;
            A-{unique};{kvk};Dubbel;kok;;20;regulier;3811 AB;Amersfoort;;;
            F-{unique};{kvk};Te laat;kok;;20;regulier;3811 AB;Amersfoort;{yesterday};{closing};open
            G-{unique};{kvk};Zonder naam;kok;;20;regulier;3811 AB;Amersfoort;;;;;;033 123 45 67
            """;

        var first = await ImportAsync(api, csv);
        var second = await ImportAsync(api, csv);

        Assert.Equal((2, 0, 0, 6), Counts(first));
        Assert.Equal((0, 0, 2, 6), Counts(second));
        var rows = first.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("line").GetInt32(), r => r.GetProperty("errors").EnumerateArray().ToList());
        string?[] Columns(int line) => [.. rows[line].Select(e => e.GetProperty("column").GetString())];
        Assert.Equal(["employerKvk"], Columns(4));
        Assert.Equal(["closingDate"], Columns(5));
        Assert.Equal(["hoursPerWeekMax", "startDate"], Columns(6));
        Assert.Equal(["externalId"], Columns(7));
        // Opened with a start date in the past: refused as publishing on the form is; a draft (B) may hold one.
        Assert.Equal(["startDate"], Columns(8));
        Assert.Contains("in het verleden", rows[8][0].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(["contactName"], Columns(9));
        var imported = await app.InDbAsync(d => d.Vacancies.Where(v => v.OwnerOrganisationId == adviser.OrganisationId).OrderBy(v => v.ExternalId).ToListAsync(Ct));
        Assert.Equal([$"A-{unique}", $"B-{unique}"], imported.Select(v => v.ExternalId));
        Assert.Equal(VacancyStatus.Open, imported[0].Status);
        Assert.Equal(VacancyStatus.Draft, imported[1].Status);
        Assert.Equal(ContractType.WorkExperiencePlace, imported[1].ContractType);
        Assert.Equal(("H", null), (imported[0].SbiSection, imported[0].ContactName)); // the employer's main section (SBI 4941)
        Assert.Equal(("N", "Anna de Vries", "033 123 45 67", "anna@example.nl"), (imported[1].SbiSection, imported[1].ContactName, imported[1].ContactPhone, imported[1].ContactEmail));
    }

    [Theory, Providers]
    public async Task a_known_external_id_updates_the_imported_fields_and_keeps_the_tasks(Db db)
    {
        var app = apps.For(db);
        var adviser = await app.CreateAdviserAsync("AM14", Roles.AccountManager);
        var api = app.ApiClient(adviser);
        var kvk = EmployerPages.NewKvk();
        await api.RegisterEmployerAsync(kvk: kvk);
        var id = $"K-{Guid.NewGuid():N}";
        await ImportAsync(api, $"{Header}\n{id};{kvk};Kok;kok;;32;regulier;3811 AB;Amersfoort;;;open\n");
        await app.InDbAsync(async d =>
        {
            var vacancy = await d.Vacancies.SingleAsync(v => v.ExternalId == id, Ct);
            vacancy.Tasks.Add(new VacancyTask { Description = "Koken", SharePercent = 100 });
            (vacancy.ContactName, vacancy.SbiSection) = ("Kees Jansen", "I");
            return await d.SaveChangesAsync(Ct);
        });

        var report = await ImportAsync(api, $"{Header}\n{id};{kvk};Zelfstandig kok;kok;;36;regulier;3811 AB;Amersfoort;;;vervuld\n");

        Assert.Equal((0, 1, 0, 0), Counts(report));
        var updated = await app.InDbAsync(d => d.Vacancies.SingleAsync(v => v.ExternalId == id, Ct));
        Assert.Equal(("Zelfstandig kok", 36, VacancyStatus.Filled), (updated.Title, updated.HoursPerWeekMax, updated.Status));
        Assert.Equal("Koken", Assert.Single(updated.Tasks).Description);
        Assert.Equal(("Kees Jansen", "I"), (updated.ContactName, updated.SbiSection)); // the file has no such columns
        Assert.Equal([VacancyStatus.Draft, VacancyStatus.Open, VacancyStatus.Filled], updated.StatusHistory.Select(h => h.To).Order());
    }
}
