using Werkbrug.Domain.Common;

namespace Werkbrug.Domain.Vacancies;

/// <summary>A task that was chosen for a created function, with the vacancy and employer it belongs to.</summary>
public sealed record CarvingSource(Guid VacancyId, Guid EmployerId, VacancyTask Task);

/// <summary>
/// Job carving (jobcarving): a new function composed from tasks that could be split off (separable) from one or
/// more vacancies of the same employer. The copies keep their description and link to their source; their shares
/// are the source shares scaled to add up to (at most) 100% of the new function.
/// </summary>
public static class JobCarving
{
    public const string TasksField = "TaskIds";

    /// <summary>
    /// The task copies for the new function, or errors: nothing chosen, a chosen task that was not found,
    /// one that is not separable, one of another employer.
    /// </summary>
    public static Result<List<VacancyTask>> Compose(Guid employerId, IReadOnlyCollection<Guid> chosenTaskIds, IReadOnlyList<CarvingSource> found)
    {
        ArgumentNullException.ThrowIfNull(chosenTaskIds);
        ArgumentNullException.ThrowIfNull(found);
        var chosen = chosenTaskIds.Distinct().ToList();
        if (chosen.Count == 0)
        {
            return Error.Validation(TasksField, "JobCarving.NoTasks");
        }

        var errors = new List<Error>();
        var byId = found.GroupBy(f => f.Task.Id).ToDictionary(g => g.Key, g => g.First());
        var sources = new List<CarvingSource>();
        foreach (var id in chosen)
        {
            if (!byId.TryGetValue(id, out var source))
            {
                errors.Add(Error.Validation(TasksField, "JobCarving.UnknownTask"));
            }
            else if (source.EmployerId != employerId)
            {
                errors.Add(Error.Validation(TasksField, "JobCarving.OtherEmployer", source.Task.Description));
            }
            else if (!source.Task.Separable)
            {
                errors.Add(Error.Validation(TasksField, "JobCarving.NotSeparable", source.Task.Description));
            }
            else
            {
                sources.Add(source);
            }
        }

        if (errors.Count > 0)
        {
            return Result<List<VacancyTask>>.Failure(errors);
        }

        var shares = ScaleShares(sources.Select(s => s.Task.SharePercent).ToList());
        return sources.Select((s, i) => new VacancyTask
        {
            Description = s.Task.Description,
            SharePercent = shares[i],
            Separable = true,
            SourceVacancyId = s.VacancyId,
            SourceTaskId = s.Task.Id,
        }).ToList();
    }

    /// <summary>Scales shares so they add up to at most 100 (rounded down, each at least 1).</summary>
    public static IReadOnlyList<int> ScaleShares(IReadOnlyList<int> shares)
    {
        ArgumentNullException.ThrowIfNull(shares);
        var sum = shares.Sum(s => Math.Max(s, 1));
        return shares.Select(s => Math.Max(1, Math.Max(s, 1) * 100 / sum)).ToList();
    }
}
