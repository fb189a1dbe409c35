using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Werkbrug.Web.Infrastructure.Persistence;

/// <summary>
/// A save interceptor that acts once a save is committed: at once after a plain save, after the commit when the save
/// ran inside an explicit transaction (as every save with audit records does). <see cref="Saving"/> sees each save
/// before it is written, <see cref="Committed"/> follows once it is committed, and <see cref="Abandoned"/> when the
/// save failed or its transaction was rolled back.
/// </summary>
public abstract class CommittedSaveInterceptor : SaveChangesInterceptor, IDbTransactionInterceptor
{
    protected abstract void Saving(DbContext context);

    protected abstract void Committed(DbContext context);

    protected abstract void Abandoned(DbContext context);

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        OnSaving(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        OnSaving(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        OnSaved(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        OnSaved(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => OnAbandoned(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        OnAbandoned(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => OnCommitted(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        OnCommitted(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => OnAbandoned(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        OnAbandoned(eventData.Context);
        return Task.CompletedTask;
    }

    private void OnSaving(DbContext? context)
    {
        if (context is not null)
        {
            Saving(context);
        }
    }

    private void OnSaved(DbContext? context)
    {
        if (context is not null && context.Database.CurrentTransaction is null)
        {
            Committed(context);
        }
    }

    private void OnCommitted(DbContext? context)
    {
        if (context is not null)
        {
            Committed(context);
        }
    }

    private void OnAbandoned(DbContext? context)
    {
        if (context is not null)
        {
            Abandoned(context);
        }
    }
}
