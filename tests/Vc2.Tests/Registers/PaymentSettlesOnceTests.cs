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

        // What the page's POST does: the request is checked (and refused), then the page shows the entitlement again —
        // both with the request scope's services.
        await using var scope = await app.UserScopeAsync(app.Data.ProjectLeaderA);
        var refused = await scope.ServiceProvider.GetRequiredService<RequestPayment>()
            .RunAsync(new RequestPayment.Input { Kind = PaymentKind.Aconto, Amount = 1_000_000 });
        Assert.IsType<Result<Guid>.Invalid>(refused);
        var entitlement = scope.ServiceProvider.GetRequiredService<Entitlement>();
        Assert.Equal(1, entitlement.Settlements);
        var shown = Assert.IsType<Result<Entitlement.Output>.Ok>(await entitlement.RunAsync(app.Data.CentreA)).Value;
        Assert.Equal(1, entitlement.Settlements);
        Assert.Equal(6000m, shown.Entitled[PaymentKind.Aconto]);

        // A new request (a new scope) settles afresh, so a change since is never missed.
        await using var next = await app.UserScopeAsync(app.Data.ProjectLeaderA);
        var fresh = next.ServiceProvider.GetRequiredService<Entitlement>();
        Assert.IsType<Result<Entitlement.Output>.Ok>(await fresh.RunAsync(app.Data.CentreA));
        Assert.Equal(1, fresh.Settlements);
    }
}
