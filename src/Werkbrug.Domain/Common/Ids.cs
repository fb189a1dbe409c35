namespace Werkbrug.Domain.Common;

/// <summary>Identifiers are version-7 GUIDs: time-ordered, so inserts stay local in indexes.</summary>
public static class Ids
{
    public static Guid New() => Guid.CreateVersion7();
}
