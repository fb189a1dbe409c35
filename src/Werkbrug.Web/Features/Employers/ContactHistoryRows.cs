using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Werkbrug.Domain.Common;
using Werkbrug.Domain.Employers;
using Werkbrug.Web.Infrastructure.Imports;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Features.Employers;

/// <summary>
/// One row of a legacy contact history as <see cref="ImportContactHistory"/> reads it: every cell checked, the time read
/// as Dutch time, the channel mapped from the legacy word, and the row's idempotency key (<see cref="Key"/>).
/// </summary>
public static class ContactHistoryRows
{
    public const string Kvk = "KvkNumber";
    public const string Date = "Date";
    public const string Time = "Time";
    public const string Adviser = "Adviser";
    public const string Channel = "Channel";
    public const string Subject = "Subject";
    public const string Note = "Note";
    public const string LegacyId = "LegacyId";
    public const string Source = "Source";

    /// <summary>The source named when the file has no source column or leaves it empty.</summary>
    public const string DefaultSource = "WBS";

    private static readonly string[] TimeFormats = ["H:mm", "HH:mm", "H:mm:ss", "HH:mm:ss", "H.mm", "HH.mm"];

    /// <summary>Legacy channel words, Dutch and English (any case); the enum names (Visit, Phone, Email, Video, Event) are accepted too.</summary>
    public static IReadOnlyDictionary<string, ContactChannel> ChannelWords { get; } = new Dictionary<string, ContactChannel>(StringComparer.OrdinalIgnoreCase)
    {
        ["bezoek"] = ContactChannel.Visit,
        ["werkbezoek"] = ContactChannel.Visit,
        ["bedrijfsbezoek"] = ContactChannel.Visit,
        ["face-to-face"] = ContactChannel.Visit,
        ["telefoon"] = ContactChannel.Phone,
        ["telefonisch"] = ContactChannel.Phone,
        ["telephone"] = ContactChannel.Phone,
        ["e-mail"] = ContactChannel.Email,
        ["mail"] = ContactChannel.Email,
        ["videobellen"] = ContactChannel.Video,
        ["beeldbellen"] = ContactChannel.Video,
        ["video call"] = ContactChannel.Video,
        ["evenement"] = ContactChannel.Event,
        ["bijeenkomst"] = ContactChannel.Event,
    };

    /// <summary>A row read: its values when every cell is good (<see cref="Errors"/> empty), else the errors.</summary>
    public sealed record Parsed(
        int Line, string? KvkText, string? Kvk, DateTime? OccurredAtUtc, string? Adviser, ContactChannel? Channel,
        string? Subject, string? Note, string Source, string? Key, IReadOnlyList<Error> Errors);

    public static Parsed Parse(ImportFile file, CsvRecord record, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(record);
        var errors = new List<Error>();
        var kvkText = file.Get(record, Kvk);
        var kvk = Required(kvkText, Kvk, errors) is { } k ? KvkInput.Parse(k, errors) : null;
        var occurred = ParseMoment(file.Get(record, Date), file.Get(record, Time), nowUtc, errors);
        var channel = ParseChannel(file.Get(record, Channel), errors);
        var adviser = Limited(OneLine(file.Get(record, Adviser)), Adviser, ContactMomentLimits.ImportedAdviserName, errors);
        var subject = Limited(OneLine(file.Get(record, Subject)), Subject, ContactMomentLimits.Subject, errors);
        var note = Limited(NoteText(file.Get(record, Note)), Note, ContactMomentLimits.Note, errors);
        var legacyId = Limited(file.Get(record, LegacyId), LegacyId, ContactMomentLimits.LegacyId, errors);
        var source = Limited(OneLine(file.Get(record, Source)), Source, ContactMomentLimits.ImportSource, errors) ?? DefaultSource;
        if (PersonalDataDetector.LooksLikeBsn(note) || PersonalDataDetector.LooksLikeBsn(subject))
        {
            errors.Add(Error.Validation(note is not null && PersonalDataDetector.LooksLikeBsn(note) ? Note : Subject, "ContactImport.LooksLikeBsn"));
        }

        var key = errors.Count == 0 ? Key(source, legacyId, kvk!, occurred!.Value, channel!.Value, adviser, subject, note) : null;
        return new Parsed(record.Line, kvkText, kvk, occurred, adviser, channel, subject, note, source, key, errors);
    }

    /// <summary>
    /// The idempotency key (docs/adr/0033): "id:" with the source and the legacy id when the row has one, so a corrected
    /// re-export is still the same contact; else "sha256:" over the row's normalised content (KvK number, UTC minute,
    /// channel, adviser, subject and note with case kept but spacing and line breaks evened out).
    /// </summary>
    public static string Key(string source, string? legacyId, string kvk, DateTime occurredAtUtc, ContactChannel channel, string? adviser, string? subject, string? note)
    {
        var sourceKey = source.Trim().ToUpperInvariant();
        if (legacyId is not null)
        {
            return $"id:{sourceKey}:{legacyId.Trim()}";
        }

        var content = string.Join('\u001f', sourceKey, kvk, occurredAtUtc.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture), channel.ToString(),
            OneLine(adviser)?.ToUpperInvariant(), OneLine(subject), OneLine(note));
        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content.Normalize(NormalizationForm.FormC))));
    }

    public static ContactChannel? ParseChannel(string? text, List<Error> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (Required(text, Channel, errors) is not { } word)
        {
            return null;
        }

        if (ChannelWords.TryGetValue(word, out var mapped))
        {
            return mapped;
        }

        if (!word.Any(char.IsDigit) && Enum.TryParse<ContactChannel>(word, ignoreCase: true, out var named) && Enum.IsDefined(named))
        {
            return named;
        }

        errors.Add(Error.Validation(Channel, "ContactImport.UnknownChannel", ImportFile.Shorten(word, 30)));
        return null;
    }

    /// <summary>
    /// The date (yyyy-mm-dd or dd-mm-yyyy, optionally followed by a time) and the optional time column (14:30 or 14.30),
    /// read as Dutch time; no time at all gives midnight. A contact in the future is refused: history took place.
    /// </summary>
    public static DateTime? ParseMoment(string? dateText, string? timeText, DateTime nowUtc, List<Error> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (Required(dateText, Date, errors) is not { } text)
        {
            return null;
        }

        var parts = text.Split([' ', 'T'], 2, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var date = ImportValues.Date(parts[0], Date, errors);
        var clock = timeText ?? (parts.Length > 1 ? parts[1] : null);
        var time = TimeOnly.MinValue;
        if (clock is not null && !TimeOnly.TryParseExact(clock, TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out time))
        {
            errors.Add(Error.Validation(timeText is null ? Date : Time, "ContactImport.NotATime", ImportFile.Shorten(clock, 20)));
            return null;
        }

        if (date is null)
        {
            return null;
        }

        var utc = DutchTime.FromLocal(date.Value.ToDateTime(time)).UtcDateTime;
        if (utc > nowUtc)
        {
            errors.Add(Error.Validation(Date, "ContactImport.InFuture", text));
            return null;
        }

        return utc;
    }

    /// <summary>The note as written: line breaks kept (as \n), trimmed at both ends.</summary>
    private static string? NoteText(string? note) => note?.ReplaceLineEndings("\n");

    /// <summary>Spacing and line breaks evened out to single spaces.</summary>
    private static string? OneLine(string? text) => text is null ? null : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string? Required(string? text, string field, List<Error> errors)
    {
        if (text is null)
        {
            errors.Add(Error.Validation(field, "Validation.Required"));
        }

        return text;
    }

    private static string? Limited(string? text, string field, int max, List<Error> errors)
    {
        if (text is not null && text.Length > max)
        {
            errors.Add(Error.Validation(field, "ContactImport.TooLong", max, text.Length));
            return null;
        }

        return text;
    }
}
