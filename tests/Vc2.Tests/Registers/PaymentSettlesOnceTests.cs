using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Vc2.CaseWork.Placements;
using Vc2.Money.Payments;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Tests.Infrastructure;

namespace Vc2.Tests.Registers;

/// <summary>A refused payment request is shown again with the entitlement its check computed: one request settles the
/// grant engine once (Entitlement keeps the statement of the request's scope), not once for the check and once for
/// the page.</summary>
public sealed class PaymentSettlesOnceTests
{
    public static TheoryData<DatabaseProvider> Providers => TestDatabase.Providers;

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_refused_request_and_the_page_shown_again_settle_once(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await using (var setup = app.SystemScope(out var system))
        {
            system.Placements.Add(new Placement
            {
                JobCentreId = app.Data.CentreA, CitizenId = app.Data.CitizenA, CompanyId = app.Data.CompanyA, Start = new DateOnly(2014, 3, 1),
                PlannedEnd = new DateOnly(2014, 6, 30), ActualEnd = new DateOnly(2014, 6, 30), CreatedAtUtc = DateTime.UtcNow,
            });
            await system.SaveChangesAsync();
        }

        // What the page's POST does: the request is checked (and refused), then the page shows the entitlement again.
        await using var scope = await app.UserScopeAsync(app.Data.ProjectLeaderA);
        var db = scope.ServiceProvider.GetRequiredService<Vc2Db>();
        using var counted = new CommandCounter(db);
        var refused = await scope.ServiceProvider.GetRequiredService<RequestPayment>()
            .RunAsync(new RequestPayment.Input { Kind = PaymentKind.Aconto, Amount = 1_000_000 });
        Assert.IsType<Result<Guid>.Invalid>(refused);
        var settling = counted.Count;
        var shown = await scope.ServiceProvider.GetRequiredService<Entitlement>().RunAsync(app.Data.CentreA);
        Assert.IsType<Result<Entitlement.Output>.Ok>(shown);
        var showing = counted.Count - settling;

        // Settling reads the case data and registers (many statements); showing it again reads only the job centre and
        // the payment requests.
        Assert.True(settling > 5, $"the check ran {settling} statements");
        Assert.InRange(showing, 1, 3);

        // A new request (a new scope) settles afresh, so a change since is never missed.
        await using var next = await app.UserScopeAsync(app.Data.ProjectLeaderA);
        using var again = new CommandCounter(next.ServiceProvider.GetRequiredService<Vc2Db>());
        Assert.IsType<Result<Entitlement.Output>.Ok>(await next.ServiceProvider.GetRequiredService<Entitlement>().RunAsync(app.Data.CentreA));
        Assert.True(again.Count > 5);
    }

    /// <summary>Counts the SQL statements one context runs (EF's diagnostics, filtered to that context, so tests
    /// running beside it do not count).</summary>
    private sealed class CommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly DbContext _db;
        private readonly IDisposable _all;
        private readonly List<IDisposable> _listeners = [];
        private int _count;

        public CommandCounter(DbContext db)
        {
            _db = db;
            _all = DiagnosticListener.AllListeners.Subscribe(this);
        }

        public int Count => Volatile.Read(ref _count);

        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == DbLoggerCategory.Name)
            {
                lock (_listeners)
                {
                    _listeners.Add(value.Subscribe(this));
                }
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == RelationalEventId.CommandExecuted.Name && value.Value is CommandExecutedEventData data && ReferenceEquals(data.Context, _db))
            {
                Interlocked.Increment(ref _count);
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            _all.Dispose();
            lock (_listeners)
            {
                _listeners.ForEach(l => l.Dispose());
            }
        }
    }
}
