namespace Werkbrug.Web;

/// <summary>
/// Marker for the UI texts in Resources/SharedResource.resx (Dutch, the default) and
/// Resources/SharedResource.en.resx (English).
/// </summary>
#pragma warning disable CA1052 // a marker type for IStringLocalizer<T> must be instantiable as a type argument
public sealed class SharedResource;
#pragma warning restore CA1052
