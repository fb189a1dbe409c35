using Werkbrug.Matching.Engine;

namespace Werkbrug.Matching.Tests.Engine;

public sealed class PrivacyTests
{
    [Fact]
    public void shows_other_organisations_a_stable_pseudonym_only()
    {
        using var index = CandidateIndex.Build(World.Options(), [World.Candidate()]);
        var other = Assert.Single(index.FindCandidates(World.Vacancy(), 50, World.OrgB).Matches);
        var owner = Assert.Single(index.FindCandidates(World.Vacancy(), 50, World.OrgA).Matches);
        Assert.Null(other.CandidateId);
        Assert.Equal(World.Candidate().Id, owner.CandidateId);
        Assert.Equal(World.OrgA, other.OwnerOrganisationId);
        Assert.Matches("^K-[A-Z2-9]{10}$", other.Pseudonym);
        Assert.Equal(owner.Pseudonym, other.Pseudonym);
        using var again = CandidateIndex.Build(World.Options(), [World.Candidate()]);
        Assert.Equal(other.Pseudonym, again.FindCandidates(World.Vacancy(), 50, World.OrgB).Matches[0].Pseudonym);
        Assert.DoesNotContain(World.Candidate().Id.ToString(), other.Pseudonym, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void different_keys_give_different_pseudonyms()
    {
        using var a = new Pseudonymiser(new byte[16]);
        using var b = new Pseudonymiser(Enumerable.Repeat((byte)1, 16).ToArray());
        Assert.NotEqual(a.For(World.Id(1)), b.For(World.Id(1)));
        Assert.NotEqual(a.For(World.Id(1)), a.For(World.Id(2)));
    }

    public static TheoryData<FunctionalIndicators, TargetGroups> Sensitive()
    {
        var data = new TheoryData<FunctionalIndicators, TargetGroups>();
        foreach (var indicator in Enum.GetValues<FunctionalIndicators>().Where(i => i != FunctionalIndicators.None))
        {
            data.Add(indicator, TargetGroups.JobAgreement | TargetGroups.ParticipationAct | TargetGroups.StatusHolder);
        }

        return data;
    }

    private static readonly string[] Forbidden =
    [
        "tillen", "staan", "lopen", "bukken", "fijne motoriek", "nacht", "onregelmatig", "lawaai", "geluid", "tijdsdruk", "klantcontact",
        "hoogte", "rijden", "beeldscherm", "buiten", "samenwerking", "instructies", "beperking", "handicap", "ziekte", "gezondheid",
        "doelgroep", "banenafspraak", "participatiewet", "statushouder", "indicatie", "uitkering", "belastbaarheid",
    ];

    [Theory]
    [MemberData(nameof(Sensitive))]
    public void keeps_special_category_data_out_of_explanations(FunctionalIndicators requirement, TargetGroups groups)
    {
        var profile = World.Candidate() with { WorkRequirements = requirement, TargetGroups = groups };
        var tasks = Enum.GetValues<FunctionalIndicators>().Where(i => i != FunctionalIndicators.None).Select(i => new JobTask("taak", i)).ToArray();
        var vacancy = World.Vacancy() with { Tasks = tasks, ReservedFor = TargetGroups.JobAgreement };
        using var index = CandidateIndex.Build(World.Options(), [profile]);
        var match = Assert.Single(index.FindCandidates(vacancy, 50, World.OrgB).Matches);
        var texts = new[] { match.Explanation }
            .Concat(match.Breakdown.Select(b => b.Detail + " " + b.Label))
            .Concat(match.Gaps.Select(g => g.Description))
            .Concat(match.Gaps.SelectMany(g => g.Bridges).Select(b => b.Description))
            .ToList();
        Assert.Contains(match.Gaps, g => g.Kind == GapKind.TaskAdjustment);
        foreach (var text in texts)
        {
            Assert.DoesNotContain(Forbidden, word => text.Contains(word, StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(Enum.GetNames<FunctionalIndicators>(), name => name != "None" && text.Contains(name, StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(Enum.GetNames<TargetGroups>(), name => name != "None" && text.Contains(name, StringComparison.OrdinalIgnoreCase));
        }
    }
}
