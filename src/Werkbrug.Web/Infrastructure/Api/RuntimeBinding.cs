namespace Werkbrug.Web.Infrastructure.Api;

/// <summary>
/// Minimal API handlers are compiled at build time by the request delegate generator (ADR 0039), which saves every host
/// start the compiling of a few hundred handlers. The generator binds an <c>[AsParameters]</c> type by the properties it
/// declares itself and skips those it inherits, so a list query that extends <see cref="PageRequest"/> would lose
/// <c>page</c> and <c>pageSize</c> (and their validation and documentation). Such handlers go through this method, which
/// the generator cannot see through, and are built by the framework's runtime factory when the host first routes a
/// request, as before. CollectionTests and the contract walk fail for a list that loses its paging.
/// </summary>
public static class RuntimeBinding
{
    public static Delegate Handler(Delegate handler) => handler;
}
