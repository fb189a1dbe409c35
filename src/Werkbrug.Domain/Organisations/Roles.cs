namespace Werkbrug.Domain.Organisations;

/// <summary>The staff roles of PRODUCT.md. A user can hold several.</summary>
public static class Roles
{
    public const string AccountManager = nameof(AccountManager);
    public const string CaseManager = nameof(CaseManager);
    public const string Manager = nameof(Manager);
    public const string RegionCoordinator = nameof(RegionCoordinator);
    public const string NationalAccountManager = nameof(NationalAccountManager);
    public const string Analyst = nameof(Analyst);
    public const string Administrator = nameof(Administrator);

    public static IReadOnlyList<string> All { get; } =
    [
        AccountManager, CaseManager, Manager, RegionCoordinator, NationalAccountManager, Analyst, Administrator,
    ];

    public static bool IsKnown(string? role) => role is not null && All.Contains(role, StringComparer.Ordinal);
}
