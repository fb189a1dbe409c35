namespace Werkbrug.Web.Infrastructure.Security;

/// <summary>
/// A signed-in user tried to save a record of another region (ADR 0034): read-only across regions. The API answers
/// 403 problem+json, a page the Dutch 403 page that says the record belongs to another region.
/// </summary>
public sealed class OutOfRegionWriteException : InvalidOperationException
{
    public OutOfRegionWriteException()
    {
    }

    public OutOfRegionWriteException(string message)
        : base(message)
    {
    }

    public OutOfRegionWriteException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public OutOfRegionWriteException(string entity, string regionCode)
        : base($"A {entity} of region {regionCode} is outside the user's own region: it may be read, not changed.")
    {
    }
}
