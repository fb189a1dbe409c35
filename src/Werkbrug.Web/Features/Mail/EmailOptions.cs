using System.ComponentModel.DataAnnotations;
using MailKit.Security;

namespace Werkbrug.Web.Features.Mail;

/// <summary>`Email`: the organisation's SMTP server. Disabled, mails stay in the outbox (the administrator's page says so).</summary>
public sealed class EmailOptions : IValidatableObject
{
    public const string Section = "Email";

    public bool Enabled { get; set; }

    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    /// <summary>How the connection is secured: StartTls (default), SslOnConnect, StartTlsWhenAvailable, Auto or None (a local mail catcher only).</summary>
    public SecureSocketOptions Tls { get; set; } = SecureSocketOptions.StartTls;

    /// <summary>Signs in to the server when set (with <see cref="Password"/>).</summary>
    public string? User { get; set; }

    public string? Password { get; set; }

    [EmailAddress]
    public string? From { get; set; }

    public string FromName { get; set; } = "Werkbrug";

    /// <summary>The public address of Werkbrug (https://werkbrug.example.nl): every link in a mail starts with it.</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>How often the sender looks for mails that are due (and reminders and digests to write).</summary>
    [Range(1, 3600)]
    public int PollSeconds { get; set; } = 15;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enabled)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(Host))
        {
            yield return new ValidationResult("Email:Host is required when Email:Enabled is true.", [nameof(Host)]);
        }

        if (string.IsNullOrWhiteSpace(From))
        {
            yield return new ValidationResult("Email:From is required when Email:Enabled is true.", [nameof(From)]);
        }

        if (BaseUrl is not { IsAbsoluteUri: true } || BaseUrl.Scheme is not ("http" or "https"))
        {
            yield return new ValidationResult("Email:BaseUrl must be the absolute http(s) address of Werkbrug when Email:Enabled is true.", [nameof(BaseUrl)]);
        }
    }
}
