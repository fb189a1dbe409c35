using Microsoft.EntityFrameworkCore;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Operability;

/// <summary>
/// A number field given letters: the binder's own Dutch message ("De waarde ‘abc’ is ongeldig.", resource
/// Binding.ValueIsInvalid) stands beside the field and in the error summary, never "verplicht", and nothing is saved.
/// </summary>
public sealed class BindingErrorTests(Apps apps)
{
    private const string Invalid = "De waarde ‘abc’ is ongeldig.";

    [Theory, Providers]
    public async Task letters_in_a_number_field_show_the_binders_message_and_save_nothing(Db db)
    {
        var app = apps.For(db);
        var user = await app.CreateAdviserAsync("AM14", Roles.AccountManager);
        var employer = await app.ApiClient(user).RegisterEmployerAsync();
        var session = await app.SignInAsync(user);
        var title = "Bindingstest " + Guid.NewGuid().ToString("N")[..8];
        var (_, form) = await session.GetAsync($"/vacancies/new?employer={employer}");

        var (_, page) = await session.SubmitAsync(form, "form.wb-form",
        [
            ("Input.Title", title), ("Input.Occupation", "Schoonmaker"), ("Input.HoursPerWeekMin", "16"), ("Input.HoursPerWeekMax", "24"),
            ("Input.ContractType", "TrialPlacement"), ("Input.Postcode", "3811 AB"), ("Input.MunicipalityName", "Amersfoort"), ("Input.Positions", "abc"),
        ]);

        Assert.Equal(Invalid, page.QuerySelector("#Input_Positions-error")?.TextContent.Trim());
        var summary = page.QuerySelector("#error-summary")?.TextContent ?? string.Empty;
        Assert.Contains(Invalid, summary, StringComparison.Ordinal);
        Assert.DoesNotContain("verplicht", summary, StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(page.QuerySelector("#error-summary a[href='#Input_Positions']"));
        Assert.Equal(0, await app.InDbAsync(d => d.Vacancies.IgnoreQueryFilters().CountAsync(v => v.Title == title, TestContext.Current.CancellationToken)));
    }
}
