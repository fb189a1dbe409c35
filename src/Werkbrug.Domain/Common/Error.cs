namespace Werkbrug.Domain.Common;

/// <summary>The kind of an expected failure; the edges map it to an HTTP status or a form message.</summary>
public enum ErrorKind
{
    Validation,
    NotFound,
    Conflict,
    Forbidden,
}

/// <summary>
/// An expected failure. <see cref="Code"/> is a stable resource key for the message,
/// <see cref="Field"/> names the input it concerns (null for the whole request).
/// </summary>
public sealed record Error(ErrorKind Kind, string Code, string? Field = null, params object[] Arguments)
{
    public static Error Validation(string field, string code, params object[] arguments) =>
        new(ErrorKind.Validation, code, field, arguments);

    public static Error NotFound(string code = "NotFound") => new(ErrorKind.NotFound, code);

    public static Error Conflict(string code, string? field = null) => new(ErrorKind.Conflict, code, field);
}
