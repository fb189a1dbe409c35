using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Werkbrug.Web.Infrastructure;

/// <summary>Form binding messages (a number field that holds text, ...) in the request's language.</summary>
public static class DutchModelBinding
{
    public static void Configure(DefaultModelBindingMessageProvider messages)
    {
        messages.SetValueIsInvalidAccessor(v => Text("Binding.ValueIsInvalid", v));
        messages.SetAttemptedValueIsInvalidAccessor((v, f) => Text("Binding.ValueIsInvalid", v));
        messages.SetValueMustBeANumberAccessor(f => Text("Binding.MustBeNumber", f));
        messages.SetMissingBindRequiredValueAccessor(f => Text("Validation.Required", f));
        messages.SetValueMustNotBeNullAccessor(f => Text("Validation.Required", f));
        messages.SetMissingKeyOrValueAccessor(() => Text("Binding.ValueIsInvalid", string.Empty));
        messages.SetUnknownValueIsInvalidAccessor(f => Text("Binding.ValueIsInvalid", f));
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(v => Text("Binding.ValueIsInvalid", v));
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => Text("Binding.ValueIsInvalid", string.Empty));
        messages.SetNonPropertyValueMustBeANumberAccessor(() => Text("Binding.MustBeNumber", string.Empty));
    }

    // Model binding runs before any DI scope is at hand, so read the resources directly in the current UI culture.
    private static string Text(string key, string argument) =>
        string.Format(System.Globalization.CultureInfo.CurrentCulture, Resources.Value.GetString(key, System.Globalization.CultureInfo.CurrentUICulture) ?? key, argument);

    private static readonly Lazy<System.Resources.ResourceManager> Resources =
        new(() => new System.Resources.ResourceManager("Werkbrug.Web.Resources.SharedResource", typeof(SharedResource).Assembly));
}
