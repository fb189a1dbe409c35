using System.ComponentModel.DataAnnotations;

namespace Werkbrug.Domain.Common;

/// <summary>Refuses enum values that are not defined (JSON accepts any number for an enum).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class DefinedEnumAttribute : ValidationAttribute
{
    public DefinedEnumAttribute() => ErrorMessage = "Validation.Invalid";

    public override bool IsValid(object? value) => value is null || Enum.IsDefined(value.GetType(), value);
}
