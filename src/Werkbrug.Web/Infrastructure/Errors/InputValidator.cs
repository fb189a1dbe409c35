using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Werkbrug.Domain.Common;

namespace Werkbrug.Web.Infrastructure.Errors;

/// <summary>
/// Checks the DataAnnotations on a command and turns each failure into an <see cref="Error"/> with a
/// resource code ("Validation.Required", "Validation.StringLength", ...) and the field's name. Handlers
/// call it first, so pages and API give the same, localised messages for the same input.
/// It also refuses, in every text of the command (and every text of a list), characters no person types but an attacker
/// uses to hide or reorder text (<see cref="TextHygiene"/>): control characters other than tab and line breaks, and the
/// bidirectional embedding, override and isolate controls; in names and identifiers also tab, line breaks and
/// zero-width characters.
/// </summary>
public static class InputValidator
{
    private static readonly ConcurrentDictionary<Type, (PropertyInfo Property, ValidationAttribute[] Rules)[]> Cache = new();

    public static List<Error> Validate(object command)
    {
        // A form field the binder could not read ("abc" in a number field) is refused with the binder's message.
        var errors = FormBinding.Failures.Select(field => Error.Validation(field, "Validation.Invalid")).ToList();
        foreach (var (property, rules) in Cache.GetOrAdd(command.GetType(), Describe))
        {
            var value = property.GetValue(command);
            if (FormBinding.Failures.Contains(property.Name))
            {
                continue;
            }

            if (!TextHygiene.IsClean(value, TextHygiene.IsNameOrIdentifier(property.Name)))
            {
                errors.Add(Error.Validation(property.Name, "Validation.HiddenCharacters"));
                continue;
            }

            var failed = rules.FirstOrDefault(r => !r.IsValid(value));
            if (failed is not null)
            {
                errors.Add(ToError(property.Name, failed));
            }
        }

        return errors;
    }

    private static Error ToError(string field, ValidationAttribute rule) => rule switch
    {
        RequiredAttribute => Error.Validation(field, "Validation.Required"),
        StringLengthAttribute s => Error.Validation(field, "Validation.MaxLength", s.MaximumLength),
        MaxLengthAttribute m => Error.Validation(field, "Validation.MaxLength", m.Length),
        RangeAttribute { Maximum: int.MaxValue } r => Error.Validation(field, "Validation.Minimum", r.Minimum),
        RangeAttribute r => Error.Validation(field, "Validation.Range", r.Minimum, r.Maximum),
        EmailAddressAttribute => Error.Validation(field, "Validation.Email"),
        _ => Error.Validation(field, rule.ErrorMessage ?? "Validation.Invalid"),
    };

    private static (PropertyInfo, ValidationAttribute[])[] Describe(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => (p, p.GetCustomAttributes<ValidationAttribute>(inherit: true).OrderBy(a => a is RequiredAttribute ? 0 : 1).ToArray()))
            .Where(x => x.Item2.Length > 0 || TextHygiene.HoldsText(x.p.PropertyType))
            .ToArray();
}
