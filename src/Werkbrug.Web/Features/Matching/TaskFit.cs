using Microsoft.Extensions.Localization;
using Werkbrug.Domain.JobSeekers;
using Werkbrug.Domain.Vacancies;
using Werkbrug.Matching.Engine;
using Werkbrug.Web.Infrastructure.ReferenceData;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Features.Matching;

/// <summary>
/// Whether a vacancy's tasks fit a candidate's functional work requirements, worked out per viewer after ranking (ADR 0038).
/// The limitations are special-category data: they are opened only for a viewer who sees the sealed fields (the owner
/// organisation's case manager, full disclosure); everybody else reads only that the case manager should check the fit.
/// A clash never changes a score or a rank. For a clashing task that is separable the bridge is job carving: split it off
/// into a created function; otherwise adapting the task with the employer.
/// </summary>
public static class TaskFit
{
    public enum Outcome
    {
        /// <summary>No task of the vacancy records a demand: nothing to check.</summary>
        NoDemands,

        /// <summary>Every task fits what the viewer knows of the person.</summary>
        Fits,

        /// <summary>At least one task asks what the person cannot do (see the gaps).</summary>
        Clashes,

        /// <summary>The viewer may not see the person's limitations: the case manager checks the fit.</summary>
        AskCaseManager,
    }

    /// <summary>The outcome with a plain sentence in the request's language; the clashing tasks come back as gaps with their bridges.</summary>
    public sealed record View(Outcome Outcome, string Summary);

    /// <summary>The fit of <paramref name="vacancy"/>'s tasks for a person the viewer sees at <paramref name="level"/>, and the gaps for clashing tasks.</summary>
    public static (View? Fit, IReadOnlyList<FindCandidates.GapView> Gaps) Of(
        Vacancy vacancy, JobSeekerProfile profile, DisclosureLevel level, PersonalDataVault vault, IStringLocalizer<SharedResource> text)
    {
        ArgumentNullException.ThrowIfNull(vacancy);
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(vault);
        ArgumentNullException.ThrowIfNull(text);
        var demanding = vacancy.Tasks.Where(t => t.Demands != TaskDemands.None).OrderBy(t => t.Position).ToList();
        if (demanding.Count == 0)
        {
            return (null, []);
        }

        if (!level.ShowsSealedFields())
        {
            return (new View(Outcome.AskCaseManager, text["Matching.TaskFit.AskCaseManager"].Value), []);
        }

        var limitations = vault.OpenWorkRequirements(profile.RegionCode, profile.SealedWorkRequirements).Limitations;
        var gaps = new List<FindCandidates.GapView>();
        foreach (var task in demanding.Where(t => Rules.Clashes((FunctionalIndicators)(int)t.Demands, (FunctionalIndicators)(int)limitations)))
        {
            var asked = string.Join(", ", TaskDemandList.Split(task.Demands & limitations).Select(d => text.Label(d)));
            var bridge = text[task.Separable ? "Matching.TaskFit.CarveOff" : "Matching.TaskFit.Adapt", task.Description].Value;
            gaps.Add(new FindCandidates.GapView(text["Matching.TaskFit.Gap", task.Description, asked].Value, [bridge]));
        }

        return gaps.Count == 0
            ? (new View(Outcome.Fits, text["Matching.TaskFit.Fits"].Value), [])
            : (new View(Outcome.Clashes, (gaps.Count == 1 ? text["Matching.TaskFit.OneClash"] : text["Matching.TaskFit.Clashes", gaps.Count]).Value), gaps);
    }
}
