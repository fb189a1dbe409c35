using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Werkbrug.Domain.Organisations;
using Werkbrug.Web.Infrastructure.Security;
using Werkbrug.Web.Tests.Features.JobSeekers;
using Werkbrug.Web.Tests.Infrastructure;

namespace Werkbrug.Web.Tests.Security;

/// <summary>
/// The Data Protection key ring is stored in the database encrypted with a certificate that is not (ADR 0014): whoever
/// holds a copy of the database alone opens no sealed BSN.
/// </summary>
public sealed class KeyEncryptionTests(Apps apps)
{
    private const string CertificatePath = KeyEncryptionOptions.Section + ":Certificate:Path";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory, Providers]
    public async Task a_copy_of_the_database_without_the_certificate_opens_no_bsn_while_the_app_still_shows_it(Db db)
    {
        var app = apps.For(db);
        var caseManager = await app.CreateUserAsync("AM14", Roles.CaseManager);
        var seeker = await app.RegisterJobSeekerAsync(caseManager);

        var (sealedBsn, keyRing) = await app.InDbAsync(async d => (
            await d.JobSeekers.Where(j => j.Id == seeker.Id).Select(j => j.SealedBsn!).SingleAsync(Ct),
            await d.DataProtectionKeys.Select(k => k.Xml!).ToListAsync(Ct)));

        Assert.NotEmpty(keyRing);
        Assert.All(keyRing, xml =>
        {
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
            Assert.Contains("<encryptedSecret", xml, StringComparison.Ordinal);
        });
        Assert.ThrowsAny<CryptographicException>(() => VaultOver(keyRing).OpenBsn("AM14", sealedBsn));
        Assert.ThrowsAny<CryptographicException>(() => VaultOver(keyRing, TestCertificates.Other.Certificate).OpenBsn("AM14", sealedBsn));
        Assert.Equal(seeker.Bsn, VaultOver(keyRing, TestCertificates.Run.Certificate).OpenBsn("AM14", sealedBsn));
        Assert.Equal("••••••" + seeker.Bsn[^3..], await MaskedBsnAsync(app.ApiClient(caseManager), seeker.Id));
    }

    [Theory, Providers]
    public async Task after_a_rotation_keys_written_under_the_previous_certificate_still_open_and_new_keys_take_the_current_one(Db db)
    {
        // Never started itself: it owns a copy of the template database, whose key the run's certificate encrypted.
        await using var template = new WerkbrugAppFactory(db);
        await using var rotated = template.WithWebHostBuilder(b => b
            .UseSetting(CertificatePath, TestCertificates.Other.Path)
            .UseSetting(KeyEncryptionOptions.Section + ":PreviousCertificates:0:Path", TestCertificates.Run.Path));
        var caseManager = rotated.CreateClient();
        caseManager.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "wbp_demo_casemanager_AM14");

        var seeker = await caseManager.RegisterJobSeekerAsync();
        rotated.Services.GetRequiredService<IKeyManager>().CreateNewKey(DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(90));

        Assert.Equal("••••••" + seeker.Bsn[^3..], await MaskedBsnAsync(caseManager, seeker.Id));
        var (keyRing, sealedBsn) = await rotated.InDbAsync(async d => (
            await d.DataProtectionKeys.Select(k => k.Xml!).ToListAsync(Ct),
            await d.JobSeekers.Where(j => j.Id == seeker.Id).Select(j => j.SealedBsn!).SingleAsync(Ct)));
        // The template's key stays encrypted under the previous certificate; the new key is under the current one.
        Assert.Contains(keyRing, xml => xml.Contains(Base64(TestCertificates.Run.Certificate), StringComparison.Ordinal));
        Assert.Single(keyRing, xml => xml.Contains(Base64(TestCertificates.Other.Certificate), StringComparison.Ordinal));
        // With the current certificate alone the new key works, but the older keys need the previous certificate.
        var current = VaultOver(keyRing, TestCertificates.Other.Certificate);
        Assert.Equal(seeker.Bsn, current.OpenBsn("AM14", current.SealBsn("AM14", seeker.Bsn)));
        Assert.ThrowsAny<CryptographicException>(() => current.OpenBsn("AM14", sealedBsn));
    }

    [Fact]
    public async Task production_refuses_to_start_without_a_key_encryption_certificate()
    {
        await using var app = new WerkbrugAppFactory(Db.Sqlite);
        await using var production = app.WithWebHostBuilder(b => b.UseEnvironment("Production").UseSetting(CertificatePath, ""));

        var error = Assert.Throws<InvalidOperationException>(() => production.Server);

        Assert.StartsWith("DataProtection:KeyEncryption:Certificate:Path is not set. In the Production environment", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pfx with password")]
    [InlineData("pem with the key in the same file")]
    [InlineData("pem with an encrypted key file")]
    public async Task production_encrypts_new_keys_with_the_configured_certificate_file(string format)
    {
        var root = Directory.CreateTempSubdirectory("werkbrug-kek-").FullName;
        try
        {
            var certificate = TestCertificates.Other.Certificate;
            using var key = certificate.GetRSAPrivateKey()!;
            var (path, keyPath, password) = (Path.Combine(root, "kek.pem"), (string?)null, (string?)"Geheim-2026");
            switch (format)
            {
                case "pfx with password":
                    path = Path.Combine(root, "kek.pfx");
                    await File.WriteAllBytesAsync(path, certificate.Export(X509ContentType.Pkcs12, password), Ct);
                    break;
                case "pem with the key in the same file":
                    password = null;
                    await File.WriteAllTextAsync(path, certificate.ExportCertificatePem() + "\n" + key.ExportPkcs8PrivateKeyPem(), Ct);
                    break;
                default:
                    keyPath = Path.Combine(root, "kek.key");
                    await File.WriteAllTextAsync(path, certificate.ExportCertificatePem(), Ct);
                    await File.WriteAllTextAsync(keyPath, key.ExportEncryptedPkcs8PrivateKeyPem(password, new PbeParameters(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256, 1000)), Ct);
                    break;
            }

            await using var app = BuildApp(root, "Production", new()
            {
                [CertificatePath] = path,
                [KeyEncryptionOptions.Section + ":Certificate:KeyPath"] = keyPath,
                [KeyEncryptionOptions.Section + ":Certificate:Password"] = password,
            });

            Assert.Equal("geheim", Decrypt(EncryptSecret(app), certificate));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task without_a_configured_certificate_demo_makes_one_in_its_data_folder_and_reuses_it_at_the_next_start()
    {
        var root = Directory.CreateTempSubdirectory("werkbrug-kek-").FullName;
        try
        {
            XElement encrypted;
            await using (var first = BuildApp(root, "Demo", []))
            {
                encrypted = EncryptSecret(first);
            }

            await using var second = BuildApp(root, "Demo", []);

            Assert.Equal("geheim", new EncryptedXmlDecryptor(second.Services).Decrypt(encrypted).Value);
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(root, KeyEncryption.LocalCertificateFile)));
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>Werkbrug built (not started: no database is touched) in <paramref name="environment"/> on content root <paramref name="root"/>.</summary>
    private static WebApplication BuildApp(string root, string environment, Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment, ContentRootPath = root });
        builder.Configuration["ConnectionStrings:Werkbrug"] = $"Data Source={Path.Combine(root, "werkbrug.db")}";
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddWerkbrug();
        return builder.Build();
    }

    /// <summary>Encrypts a secret as the app encrypts every new key of its key ring.</summary>
    private static XElement EncryptSecret(WebApplication app) =>
        app.Services.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlEncryptor!.Encrypt(new XElement("secret", "geheim")).EncryptedElement;

    private static string Decrypt(XElement encrypted, X509Certificate2 certificate)
    {
        var services = new ServiceCollection();
        services.AddDataProtection().UnprotectKeysWithAnyCertificate(certificate);
        return new EncryptedXmlDecryptor(services.BuildServiceProvider()).Decrypt(encrypted).Value;
    }

    /// <summary>A Data Protection provider as anyone with a copy of the key ring builds it, holding <paramref name="certificates"/>.</summary>
    private static PersonalDataVault VaultOver(IReadOnlyCollection<string> keyRing, params X509Certificate2[] certificates)
    {
        var services = new ServiceCollection().AddSingleton(TimeProvider.System).AddSingleton<RegionSecrets>().AddSingleton<PersonalDataVault>();
        services.AddDataProtection().SetApplicationName("Werkbrug").DisableAutomaticKeyGeneration().UnprotectKeysWithAnyCertificate(certificates);
        services.Configure<KeyManagementOptions>(o => o.XmlRepository = new CopiedKeyRing(keyRing));
        return services.BuildServiceProvider().GetRequiredService<PersonalDataVault>();
    }

    private static async Task<string?> MaskedBsnAsync(HttpClient client, Guid id)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/job-seekers/{id}", Ct));
        return json.RootElement.GetProperty("bsnMasked").GetString();
    }

    private static string Base64(X509Certificate2 certificate) => Convert.ToBase64String(certificate.RawData);

    private sealed class CopiedKeyRing(IReadOnlyCollection<string> keys) : IXmlRepository
    {
        public IReadOnlyCollection<XElement> GetAllElements() => [.. keys.Select(x => XElement.Parse(x))];

        public void StoreElement(XElement element, string friendlyName) => throw new NotSupportedException("A copy is read only.");
    }
}
