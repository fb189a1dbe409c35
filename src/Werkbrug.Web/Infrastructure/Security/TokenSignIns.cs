using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Werkbrug.Web.Infrastructure.Persistence;

namespace Werkbrug.Web.Infrastructure.Security;

/// <summary>A personal access token as read for a sign-in: the token, its user and the user's roles.</summary>
public sealed record TokenSignIn(PersonalAccessToken Token, WerkbrugUser? User, IReadOnlyList<string> UserRoles);

/// <summary>
/// Keeps what a personal access token signs in as for at most <see cref="Lifetime"/> (ADR 0047), so an API request
/// does not read the token, its user and their roles from the database every time. Whether the token is still active
/// and the user not locked out is checked on every request against the kept copy. A change this instance saves to
/// users, roles or tokens drops every kept sign-in at once (<see cref="SignInChangeInterceptor"/>); a change another
/// instance saves counts here within <see cref="Lifetime"/>.
/// </summary>
public sealed class TokenSignIns(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    /// <summary>More tokens than any deployment has in use at once; past this the store starts afresh.</summary>
    private const int MaxEntries = 20_000;

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private long _generation;

    /// <summary>Taken before reading a sign-in, and handed to <see cref="Keep"/>: a change saved in between wins.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>The kept sign-in for this token hash, when it was read within <see cref="Lifetime"/> and nothing changed since.</summary>
    public TokenSignIn? Find(string tokenHash)
    {
        var now = clock.GetUtcNow();
        return _entries.TryGetValue(tokenHash, out var entry) && entry.Generation == Generation && entry.ReadAt <= now && now < entry.ReadAt + Lifetime
            ? entry.SignIn
            : null;
    }

    public void Keep(string tokenHash, TokenSignIn signIn, long generation)
    {
        if (generation != Generation)
        {
            return;
        }

        if (_entries.Count >= MaxEntries)
        {
            _entries.Clear();
        }

        _entries[tokenHash] = new Entry(signIn, generation, clock.GetUtcNow());
    }

    /// <summary>Forgets every kept sign-in, including one being read at this moment.</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        _entries.Clear();
    }

    private sealed record Entry(TokenSignIn SignIn, long Generation, DateTimeOffset ReadAt);
}

/// <summary>
/// Drops the kept token sign-ins when this instance saves a user, a role, a role membership or a token: before the save,
/// and again once it is committed or abandoned, so no request keeps what it read in between.
/// </summary>
public sealed class SignInChangeInterceptor(TokenSignIns signIns) : CommittedSaveInterceptor
{
    private readonly ConditionalWeakTable<DbContext, object> _pending = [];

    protected override void Saving(DbContext context)
    {
        if (ChangesSignInData(context))
        {
            signIns.Invalidate();
            _pending.AddOrUpdate(context, this);
        }
    }

    /// <summary>Looks for changed sign-in data without a change detection over every tracked entity (the save makes its own).</summary>
    private static bool ChangesSignInData(DbContext context)
    {
        var tracker = context.ChangeTracker;
        var autoDetect = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (var entry in tracker.Entries().Where(e => IsSignInData(e.Entity)))
            {
                if (entry.State == EntityState.Unchanged)
                {
                    entry.DetectChanges();
                }

                if (entry.State != EntityState.Unchanged)
                {
                    return true;
                }
            }

            return false;
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = autoDetect;
        }
    }

    protected override void Committed(DbContext context) => Release(context);

    protected override void Abandoned(DbContext context) => Release(context);

    private static bool IsSignInData(object entity) =>
        entity is WerkbrugUser or PersonalAccessToken or IdentityUserRole<Guid> or IdentityRole<Guid>;

    private void Release(DbContext context)
    {
        if (_pending.Remove(context))
        {
            signIns.Invalidate();
        }
    }
}
