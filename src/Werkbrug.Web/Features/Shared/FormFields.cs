namespace Werkbrug.Web.Features.Shared;

/// <summary>A labelled text input with its description and error message (partial _TextField).</summary>
public sealed record TextField(string Name, string Label, string? Value, string Type = "text", string? AutoComplete = null, string? Description = null, bool Required = true)
{
    public string Id => Name.Replace('.', '_');
}

/// <summary>A labelled select (partial _SelectField). Options are value and label pairs.</summary>
public sealed record SelectField(string Name, string Label, string? Value, IReadOnlyList<KeyValuePair<string, string>> Options, string? EmptyLabel = null, string? Description = null)
{
    public string Id => Name.Replace('.', '_');
}

/// <summary>A fieldset of checkboxes (partial _CheckboxesField).</summary>
public sealed record CheckboxesField(string Name, string Legend, IReadOnlyCollection<string> Selected, IReadOnlyList<KeyValuePair<string, string>> Options, string? Description = null)
{
    public string Id => Name.Replace('.', '_');
}
