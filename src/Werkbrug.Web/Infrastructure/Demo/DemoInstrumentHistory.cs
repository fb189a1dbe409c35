using Werkbrug.Domain.Instruments;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Planning;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Infrastructure.Demo;

/// <summary>
/// The demo catalogue's past year as its change log, backdated from the day of seeding, so the harmonisation figure of the
/// matrix has a course (ADR 0025; the figure is rebuilt from the log, <see cref="CatalogueHistory"/>). Invented, as the
/// regional instruments are: eleven months ago Baarn joined Soest's placement premium; seven months ago the region
/// replaced the jobcoach arrangements of Amersfoort and Nijkerk (different conditions) by one regional jobcoach; three
/// months ago the learn-work voucher was opened to employers of up to 249 people (rule version 2). The harmonised share
/// goes from about 43 % to 48 % to 76 %.
/// </summary>
public static class DemoInstrumentHistory
{
    public static void Add(WerkbrugDb db, IReadOnlyList<Instrument> seeded, string regionCode, Guid coordinatorId, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(seeded);
        var byKey = seeded.ToDictionary(i => i.Key, StringComparer.Ordinal);
        void Log(Instrument instrument, ChangeAction action, IReadOnlyDictionary<string, string?>? before, IReadOnlyDictionary<string, string?>? after, DateTime atUtc) =>
            db.InstrumentChanges.Add(new InstrumentChange
            {
                RegionCode = regionCode,
                InstrumentId = instrument.Id,
                Action = action,
                UserId = coordinatorId,
                AtUtc = atUtc,
                RuleVersion = instrument.RuleVersion,
                Fields = Changes.Between(before, after),
            });
        DateOnly Day(DateTime at) => DateOnly.FromDateTime(at);

        // Baarn joins Soest's premium.
        if (byKey.GetValueOrDefault("plaatsingspremie-soest-baarn") is { } premium)
        {
            var after = premium.Describe();
            var before = new Dictionary<string, string?>(after, StringComparer.Ordinal) { ["Name"] = "Plaatsingspremie Soest", ["Municipalities"] = "Soest" };
            Log(premium, ChangeAction.Updated, before, after, nowUtc.AddMonths(-11));
        }

        // The regional jobcoach replaces the municipal arrangements of Amersfoort and Nijkerk.
        if (byKey.GetValueOrDefault("regionale-jobcoach-eemland") is { } jobcoach)
        {
            var at = nowUtc.AddMonths(-7);
            jobcoach.ValidFrom = new DateOnly(at.Year, at.Month, 1);
            foreach (var (key, name, municipality, hours) in new[] { ("jobcoach-amersfoort", "Jobcoach Amersfoort", "Amersfoort", 12), ("jobcoach-nijkerk", "Jobcoach Nijkerk", "Nijkerk", 20) })
            {
                var local = new Instrument
                {
                    RegionCode = regionCode,
                    Key = key,
                    Name = name,
                    Family = "Jobcoaching",
                    Provider = InstrumentProvider.Municipality,
                    LegalBasis = $"Re-integratieverordening Participatiewet gemeente {municipality} (demo)",
                    Coverage = InstrumentCoverage.Municipalities,
                    Municipalities = [municipality],
                    BenefitTypes = [BenefitType.Bijstand],
                    Provides = "Jobcoaching op de werkplek, hoogstens 12 maanden.",
                    Conditions = $"De werknemer woont in {municipality}, had bijstand, heeft begeleiding nodig en werkt minstens {hours} uur per week.",
                    ValidFrom = new DateOnly(2022, 1, 1),
                    ValidTo = Day(at).AddDays(-1),
                    Rules =
                    [
                        EligibilityRule.OneOf(EligibilityFact.Benefit, nameof(BenefitType.Bijstand)),
                        EligibilityRule.OneOf(EligibilityFact.NeedsSupervision, "true"),
                        EligibilityRule.Range(EligibilityFact.HoursPerWeek, hours, null),
                    ],
                };
                Log(local, ChangeAction.Deleted, local.Describe(), null, at);
            }

            Log(jobcoach, ChangeAction.Created, null, jobcoach.Describe(), at);
        }

        // The learn-work voucher for employers of up to 249 people (before: up to 99).
        if (byKey.GetValueOrDefault("leerwerkcheque-regio-amersfoort") is { } voucher)
        {
            var current = voucher.Rules;
            voucher.Rules = [.. current.Select(r => r.Fact == EligibilityFact.EmployerSize ? r with { Values = [.. (r.Values ?? []).Where(v => v != "Employees100To249")] } : r)];
            var before = voucher.Describe();
            voucher.ReplaceRules(current);
            Log(voucher, ChangeAction.Updated, before, voucher.Describe(), nowUtc.AddMonths(-3));
        }
    }
}
