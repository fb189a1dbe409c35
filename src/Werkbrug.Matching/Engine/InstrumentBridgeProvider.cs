using Werkbrug.Domain.Instruments;

namespace Werkbrug.Matching.Engine;

/// <summary>
/// The instrument guide's gap bridges (<see cref="InstrumentBridges"/>): for a gap, the instruments of the region that
/// close it and are not ruled out by <paramref name="answers"/>, the catalogue evaluated once per search for the
/// employer and the vacancy (the candidate's facts unknown: the hook sees no profile details). The caller narrows them
/// per candidate when it may evaluate the candidate's own facts. Each bridge carries the instrument key as its code.
/// </summary>
public sealed class InstrumentBridgeProvider(IReadOnlyList<InstrumentAnswer> answers) : IGapBridgeProvider
{
    public IEnumerable<Bridge> BridgesFor(Gap gap, BridgeContext context)
    {
        ArgumentNullException.ThrowIfNull(gap);
        return InstrumentBridges.GapNamed(gap.Kind.ToString()) is { } kind
            ? InstrumentBridges.For(kind, answers).Select(b => new Bridge(BridgeKind.Instrument, b.Description, b.Key))
            : [];
    }
}
