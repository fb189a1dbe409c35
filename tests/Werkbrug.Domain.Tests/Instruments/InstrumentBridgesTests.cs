using Werkbrug.Domain.Instruments;

namespace Werkbrug.Domain.Tests.Instruments;

/// <summary>
/// The instrument guide's gap bridges: which family an instrument key belongs to, which gaps it closes, and that only
/// instruments that apply or may apply are named (applies first). Answers are written "key:Outcome;…".
/// </summary>
public sealed class InstrumentBridgesTests
{
    [Theory]
    [InlineData("loonkostensubsidie", "loonkostensubsidie", "TaskAdjustment,PartialSkill,Competence,Experience")]
    [InlineData("loondispensatie", "loondispensatie", "TaskAdjustment,PartialSkill,Competence,Experience")]
    [InlineData("jobcoaching-uwv", "jobcoach", "TaskAdjustment,Competence,Experience")]
    [InlineData("jobcoaching-gemeente", "jobcoach", "TaskAdjustment,Competence,Experience")]
    [InlineData("regionale-jobcoach-eemland", "jobcoach", "TaskAdjustment,Competence,Experience")]
    [InlineData("werkplekaanpassing-uwv", "werkplekaanpassing", "TaskAdjustment")]
    [InlineData("proefplaatsing-gemeente", "proefplaatsing", "MissingSkill,PartialSkill,Competence,Experience")]
    [InlineData("praktijkroute-mbo", "praktijkroute", "MissingSkill,PartialSkill,Education")]
    [InlineData("leerwerkcheque-regio-amersfoort", "leerwerk", "MissingSkill,PartialSkill,Education")]
    [InlineData("scholingsbudget", "scholing", "MissingSkill,PartialSkill,Education,Language")]
    [InlineData("no-risk-polis", null, "")]
    [InlineData("lkv-oudere-werknemer", null, "")]
    [InlineData("werkgeversbonus-amersfoort", null, "")]
    // A stem inside a part is no family: "subjobcoach" does not start with "jobcoach".
    [InlineData("subjobcoach", null, "")]
    public void a_key_belongs_to_a_family_that_closes_its_gaps(string key, string? family, string gaps)
    {
        Assert.Equal(family, InstrumentBridges.FamilyOf(key));
        Assert.Equal(gaps, string.Join(",", InstrumentBridges.GapsClosedBy(key)));
    }

    [Theory]
    // gap, answers, bridges named (in order)
    [InlineData("TaskAdjustment", "loonkostensubsidie:MayApply;jobcoaching-gemeente:Applies;no-risk-polis:Applies", "jobcoaching-gemeente:Applies,loonkostensubsidie:MayApply")]
    [InlineData("TaskAdjustment", "loonkostensubsidie:DoesNotApply;werkplekaanpassing-uwv:MayApply", "werkplekaanpassing-uwv:MayApply")]
    [InlineData("Experience", "loonkostensubsidie:Applies;proefplaatsing-uwv:MayApply;werkplekaanpassing-uwv:Applies", "loonkostensubsidie:Applies,proefplaatsing-uwv:MayApply")]
    [InlineData("MissingSkill", "loonkostensubsidie:Applies;praktijkroute-mbo:MayApply;proefplaatsing-gemeente:DoesNotApply", "praktijkroute-mbo:MayApply")]
    [InlineData("Language", "scholingsbudget:MayApply;praktijkroute-mbo:MayApply", "scholingsbudget:MayApply")]
    [InlineData("Hours", "loonkostensubsidie:Applies;jobcoaching-uwv:Applies", "")]
    [InlineData("DrivingLicence", "praktijkroute-mbo:Applies", "")]
    [InlineData("Competence", "", "")]
    public void only_instruments_that_apply_or_may_apply_bridge_a_gap(string gap, string answers, string expected)
    {
        var given = answers.Split(';', StringSplitOptions.RemoveEmptyEntries).Select((a, i) =>
            new InstrumentAnswer(Guid.NewGuid(), a.Split(':')[0], a.Split(':')[0], Enum.Parse<EligibilityOutcome>(a.Split(':')[1]), i + 1, []));
        var bridges = InstrumentBridges.For(Enum.Parse<PlacementGap>(gap), given);
        Assert.Equal(expected, string.Join(",", bridges.Select(b => $"{b.Key}:{b.Outcome}")));
    }

    [Fact]
    public void a_bridge_names_the_instrument_and_keeps_its_rule_version()
    {
        var answer = new InstrumentAnswer(Guid.NewGuid(), "loonkostensubsidie", "Loonkostensubsidie", EligibilityOutcome.MayApply, 3, []);
        var bridge = Assert.Single(InstrumentBridges.For(PlacementGap.TaskAdjustment, [answer]));
        Assert.Equal("Loonkostensubsidie kan deze plaatsing mogelijk maken", bridge.Description);
        Assert.Equal((answer.InstrumentId, 3), (bridge.InstrumentId, bridge.RuleVersion));
    }

    [Theory]
    [InlineData("TaskAdjustment", PlacementGap.TaskAdjustment)]
    [InlineData("MissingSkill", PlacementGap.MissingSkill)]
    [InlineData("Unknown", null)]
    [InlineData("0", null)]
    public void an_engine_gap_kind_is_read_by_name(string kind, PlacementGap? expected) => Assert.Equal(expected, InstrumentBridges.GapNamed(kind));
}
