using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace Werkbrug.Web.Infrastructure.Security;

/// <summary>
/// A certificate with its private key in a file: PKCS#12 (<c>.pfx</c>/<c>.p12</c>, optionally with a password) or PEM
/// (the key in the same file or in <see cref="KeyPath"/>; <see cref="Password"/> for an encrypted key).
/// </summary>
public sealed class CertificateFile
{
    public string? Path { get; set; }

    public string? KeyPath { get; set; }

    public string? Password { get; set; }
}

/// <summary>
/// The <c>DataProtection:KeyEncryption</c> section: the key-encryption certificate that encrypts every new key of the
/// Data Protection key ring before it is stored in the database, and the previous ones that still decrypt older keys.
/// </summary>
public sealed class KeyEncryptionOptions
{
    public const string Section = "DataProtection:KeyEncryption";

    public CertificateFile Certificate { get; set; } = new();

    public IList<CertificateFile> PreviousCertificates { get; } = [];
}

/// <summary>
/// Encrypts the key ring at rest with a certificate that lives outside the database (docs/adr/0014-key-encryption.md),
/// so a copy of the database alone opens none of the sealed BSNs, work requirements, notes and region secrets.
/// </summary>
public static class KeyEncryption
{
    /// <summary>Where Development, Demo and Testing keep the certificate they make themselves, under the content root.</summary>
    public const string LocalCertificateFile = "data/keys/key-encryption.pfx";

    private static readonly string[] LocalEnvironments = [Environments.Development, "Demo", "Testing"];

    /// <summary>
    /// Protects new keys with the configured certificate and unprotects old ones with it or a previous one. Without a
    /// configured certificate, Development, Demo and Testing make (once) and reuse <see cref="LocalCertificateFile"/>;
    /// every other environment refuses to start.
    /// </summary>
    public static IDataProtectionBuilder ProtectKeysWithConfiguredCertificate(this IDataProtectionBuilder builder, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(KeyEncryptionOptions.Section).Get<KeyEncryptionOptions>() ?? new KeyEncryptionOptions();
        var current = !string.IsNullOrWhiteSpace(options.Certificate.Path)
            ? Load(options.Certificate, "Certificate")
            : LocalEnvironments.Any(environment.IsEnvironment)
                ? LoadOrCreateLocal(Path.Combine(environment.ContentRootPath, LocalCertificateFile))
                : throw new InvalidOperationException(
                    $"{KeyEncryptionOptions.Section}:Certificate:Path is not set. In the {environment.EnvironmentName} environment the Data " +
                    "Protection key ring (which seals the BSNs and region secrets in the database) must be encrypted with a certificate kept " +
                    "outside the database: set DataProtection__KeyEncryption__Certificate__Path to a PFX or PEM file (with " +
                    "DataProtection__KeyEncryption__Certificate__Password when it has one). README.md, \"Keys and secrets\", shows how.");
        var previous = options.PreviousCertificates.Select((c, i) => Load(c, $"PreviousCertificates:{i}")).ToArray();
        return builder.ProtectKeysWithCertificate(current).UnprotectKeysWithAnyCertificate(previous);
    }

    /// <summary>
    /// The self-signed certificate in <paramref name="path"/>, made there first when missing (for local environments and
    /// the test set-up; never for Production). Safe when several processes start at once: the first one's file wins.
    /// </summary>
    public static X509Certificate2 LoadOrCreateLocal(string path)
    {
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using var rsa = RSA.Create(2048);
            var request = new CertificateRequest("CN=Werkbrug key encryption (local)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(50));
            var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
            File.WriteAllBytes(temporary, created.Export(X509ContentType.Pkcs12));
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            try
            {
                File.Move(temporary, path);
            }
            catch (IOException) when (File.Exists(path))
            {
                File.Delete(temporary);
            }
        }

        return X509CertificateLoader.LoadPkcs12FromFile(path, password: null);
    }

    private static X509Certificate2 Load(CertificateFile file, string name)
    {
        var setting = $"{KeyEncryptionOptions.Section}:{name}:Path";
        if (string.IsNullOrWhiteSpace(file.Path) || !File.Exists(file.Path))
        {
            throw new InvalidOperationException($"{setting}: the certificate file '{file.Path}' does not exist.");
        }

        var (password, keyPath) = (NullIfEmpty(file.Password), NullIfEmpty(file.KeyPath));
        X509Certificate2 certificate;
        try
        {
            certificate = File.ReadAllText(file.Path).Contains("-----BEGIN", StringComparison.Ordinal)
                ? password is null
                    ? X509Certificate2.CreateFromPemFile(file.Path, keyPath)
                    : X509Certificate2.CreateFromEncryptedPemFile(file.Path, password, keyPath)
                : X509CertificateLoader.LoadPkcs12FromFile(file.Path, password);
        }
        catch (CryptographicException e)
        {
            throw new InvalidOperationException($"{setting}: '{file.Path}' could not be read as a PFX or PEM certificate with its private key (wrong password or key file?): {e.Message}", e);
        }

        using var rsa = certificate.GetRSAPrivateKey();
        if (rsa is null)
        {
            certificate.Dispose();
            throw new InvalidOperationException($"{setting}: '{file.Path}' must hold an RSA certificate with its private key (the key decrypts the key ring).");
        }

        return certificate;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
