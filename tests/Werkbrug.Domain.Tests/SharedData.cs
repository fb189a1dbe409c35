namespace Werkbrug.Tests;

/// <summary>
/// Finds the real reference data the project is tested against (the workplace's <c>shared/data</c>, next to the
/// repository, never copied into it): <c>WERKBRUG_SHARED_DATA</c> when set, else a <c>shared/data</c> folder beside
/// the repository root or any of its parents. A test that needs it fails, with this explanation, when it is absent.
/// </summary>
public static class SharedData
{
    private static readonly Lazy<string> Root = new(Locate);

    public static string PathOf(params string[] parts) => Path.Combine([Root.Value, .. parts]);

    private static string Locate()
    {
        var configured = Environment.GetEnvironmentVariable("WERKBRUG_SHARED_DATA");
        if (!string.IsNullOrEmpty(configured))
        {
            return Directory.Exists(configured) ? configured : throw new DirectoryNotFoundException($"WERKBRUG_SHARED_DATA={configured} does not exist.");
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data");
            if (File.Exists(Path.Combine(candidate, "README.md")))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("The shared reference data (shared/data) was not found beside the repository; set WERKBRUG_SHARED_DATA to its path.");
    }
}
