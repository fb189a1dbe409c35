namespace Werkbrug.Web.Infrastructure.Errors;

/// <summary>
/// This instance cannot serve the request yet (e.g. its matching indexes are still being built): answered like an
/// unreachable database, 503 with <c>Retry-After</c> at once, rather than making the caller wait.
/// </summary>
public sealed class InstanceNotReadyException(string reason) : Exception(reason);
