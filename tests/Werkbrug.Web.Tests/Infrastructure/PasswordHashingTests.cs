using System.Buffers.Binary;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Werkbrug.Web.Infrastructure.Security;

namespace Werkbrug.Web.Tests.Infrastructure;

/// <summary>
/// Test hosts hash passwords with <see cref="WerkbrugAppFactory.TestPasswordIterations"/> PBKDF2 iterations (hashing
/// costs real CPU on every user and login and is not what the other tests test). These prove what production uses.
/// </summary>
public sealed class PasswordHashingTests(Apps apps)
{
    [Fact]
    public async Task production_hashes_passwords_in_the_v3_format_with_the_identity_default_iterations()
    {
        var root = Directory.CreateTempSubdirectory("werkbrug-hasher-").FullName;
        try
        {
            var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ContentRootPath = root });
            builder.Configuration["ConnectionStrings:Werkbrug"] = $"Data Source={Path.Combine(root, "werkbrug.db")}";
            builder.Configuration[KeyEncryptionOptions.Section + ":Certificate:Path"] = TestCertificates.Run.Path;
            builder.AddWerkbrug();
            await using var app = builder.Build();
            var hasher = app.Services.GetRequiredService<IPasswordHasher<WerkbrugUser>>();
            var user = new WerkbrugUser { DisplayName = "Test", RegionCode = "AM14" };

            var hash = Convert.FromBase64String(hasher.HashPassword(user, "Werkbrug-demo-2026"));

            Assert.Equal(0x01, hash[0]); // format marker of the V3 hash
            Assert.Equal(2u, BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(1))); // PRF: HMAC-SHA512
            var iterations = (int)BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(5));
            Assert.Equal(new PasswordHasherOptions().IterationCount, iterations);
            Assert.True(iterations >= 100_000, $"{iterations} iterations");
            Assert.Equal(PasswordVerificationResult.Success, hasher.VerifyHashedPassword(user, Convert.ToBase64String(hash), "Werkbrug-demo-2026"));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void test_hosts_use_cheap_hashes_that_production_would_upgrade_at_the_next_sign_in()
    {
        var hasher = apps.For(Db.Sqlite).Services.GetRequiredService<IPasswordHasher<WerkbrugUser>>();
        var user = new WerkbrugUser { DisplayName = "Test", RegionCode = "AM14" };

        var hash = hasher.HashPassword(user, TestData.Password);

        Assert.Equal(WerkbrugAppFactory.TestPasswordIterations, (int)BinaryPrimitives.ReadUInt32BigEndian(Convert.FromBase64String(hash).AsSpan(5)));
        var production = new PasswordHasher<WerkbrugUser>();
        Assert.Equal(PasswordVerificationResult.SuccessRehashNeeded, production.VerifyHashedPassword(user, hash, TestData.Password));
    }
}
