namespace Werkbrug.Domain.Vacancies;

/// <summary>
/// What a task of a vacancy demands physically or mentally (belasting), and on a job seeker's functional work requirements
/// what the person cannot do (special-category data, only ever held sealed). One list for both, so a clash is a plain
/// overlap; the bit values are those of the matching engine's functional indicators.
/// </summary>
[Flags]
public enum TaskDemands
{
    None = 0,
    HeavyLifting = 1,
    ProlongedStanding = 2,
    ProlongedWalking = 4,
    Bending = 8,
    FineMotorWork = 16,
    NightShifts = 32,
    IrregularHours = 64,
    Noise = 128,
    TimePressure = 256,
    CustomerContact = 512,
    WorkingAtHeight = 1024,
    Driving = 2048,
    ScreenWork = 4096,
    OutdoorWork = 8192,
}

public static class TaskDemandList
{
    /// <summary>Every single demand, in order (what forms offer and the API accepts).</summary>
    public static IReadOnlyList<TaskDemands> All { get; } = [.. Enum.GetValues<TaskDemands>().Where(d => d != TaskDemands.None)];

    public static TaskDemands Combine(IEnumerable<TaskDemands>? demands) => (demands ?? []).Aggregate(TaskDemands.None, (all, d) => all | d);

    public static IReadOnlyList<TaskDemands> Split(TaskDemands demands) => [.. All.Where(d => (demands & d) != 0)];

    /// <summary>Whether <paramref name="demand"/> is exactly one known demand.</summary>
    public static bool IsSingle(TaskDemands demand) => All.Contains(demand);
}
