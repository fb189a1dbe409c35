using System.Security.Cryptography.X509Certificates;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Tests.Infrastructure;

/// <summary>A key-encryption certificate file and the certificate it holds.</summary>
public sealed record TestCertificate(string Path, X509Certificate2 Certificate);

/// <summary>
/// The run's key-encryption certificates, made once per run (an RSA key costs CPU) in a temporary folder. Every test host
/// is configured with <see cref="Run"/>, so a host on a template copy opens the keys the template's start-up wrote.
/// </summary>
public static class TestCertificates
{
    private static readonly Lazy<string> Folder = new(() => Directory.CreateTempSubdirectory("werkbrug-test-keys-").FullName);
    private static readonly Lazy<TestCertificate> RunCertificate = new(() => Make("run"));
    private static readonly Lazy<TestCertificate> OtherCertificate = new(() => Make("other"));

    /// <summary>The certificate of every test host (<c>DataProtection:KeyEncryption:Certificate:Path</c>).</summary>
    public static TestCertificate Run => RunCertificate.Value;

    /// <summary>A second certificate: the next one in a rotation, or the one of someone holding only a copy of the database.</summary>
    public static TestCertificate Other => OtherCertificate.Value;

    /// <summary>Deletes the run's certificate files (called once, when the run's shared hosts stop).</summary>
    public static void DeleteAll()
    {
        if (Folder.IsValueCreated)
        {
            Directory.Delete(Folder.Value, recursive: true);
        }
    }

    private static TestCertificate Make(string name)
    {
        var path = Path.Combine(Folder.Value, $"{name}.pfx");
        return new TestCertificate(path, KeyEncryption.LoadOrCreateLocal(path));
    }
}
