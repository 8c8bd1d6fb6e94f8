using Microsoft.EntityFrameworkCore;
using Vc2.Money.Grants;
using Vc2.Platform.Common;
using Vc2.Platform.Data;

namespace Vc2.Money.Payments;

/// <summary>
/// What a job centre may be paid, as of a date, beside what it has asked for and been paid (ADR 0016): the fixed grant
/// up to its total, in one or more parts; a conto up to the activity and result grant payable so far (within the frame)
/// minus a conto already asked for; the final payment — the settled total minus everything asked for — only once the
/// statement is final. "Asked for" counts every request not rejected or withdrawn, so two requests cannot both take the
/// same room; "paid" counts only those paid. A negative rest is an amount to repay.
/// </summary>
public sealed class Entitlement(Vc2Db db, ComputeStatement statement, TimeProvider clock)
{
    /// <param name="Entitled">Per kind, the most that may be asked for now.</param>
    /// <param name="Why">Per kind, how that amount is made, in Danish with the amounts.</param>
    /// <remarks><see cref="Rest"/> is the settled total minus everything paid: negative when the job centre must repay.</remarks>
    public sealed record Output(Guid JobCentreId, string JobCentre, DateOnly AsOf, decimal Total, decimal ActivityAndResultPayable, decimal Paid,
        IReadOnlyDictionary<PaymentKind, decimal> Entitled, IReadOnlyDictionary<PaymentKind, string> Why, Finality Finality)
    {
        public decimal Rest => Total - Paid;

        public decimal Repayment => Rest < 0 ? -Rest : 0;
    }

    // Settled once per job centre and date in a request (a scope): a refused payment request is shown again with the
    // statement its check settled, not settled a second time. Payment requests are read afresh each time.
    private readonly Dictionary<(DateOnly, Guid), ComputeStatement.Output> _settled = [];

    /// <summary>How often this scope's entitlement settled the grant engine (a test reads it).</summary>
    internal int Settlements { get; private set; }

    /// <param name="except">A request left out of "asked for" (the one being decided).</param>
    public async Task<Result<Output>> RunAsync(Guid jobCentreId, DateOnly? asOf = null, Guid? except = null, CancellationToken ct = default)
    {
        var centre = await db.JobCentresInView().AsNoTracking().SingleOrDefaultAsync(j => j.Id == jobCentreId, ct);
        if (centre is null)
        {
            return Result<Output>.Missing();
        }

        var date = asOf ?? Today.In(clock);
        if (!_settled.TryGetValue((date, jobCentreId), out var data))
        {
            _settled[(date, jobCentreId)] = data = await statement.RunAsync(date, jobCentreId, ct: ct);
            Settlements++;
        }

        var settled = data.Statement.JobCentres.Single();
        var requests = await db.PaymentRequests.Nationally()
            .Where(p => p.JobCentreId == jobCentreId && p.Id != except && p.Status != PaymentStatus.Rejected && p.Status != PaymentStatus.Withdrawn)
            .Select(p => new { p.Kind, p.Status, p.Amount }).ToListAsync(ct);
        decimal Asked(PaymentKind kind) => requests.Where(p => p.Kind == kind).Sum(p => p.Amount);
        var paid = requests.Where(p => p.Status == PaymentStatus.Paid).Sum(p => p.Amount);
        var finality = data.Finality[settled.Id];

        var fixedAsked = Asked(PaymentKind.FixedGrant);
        var acontoAsked = Asked(PaymentKind.Aconto);
        var allAsked = requests.Sum(p => p.Amount);
        var entitled = new Dictionary<PaymentKind, decimal>
        {
            [PaymentKind.FixedGrant] = Math.Max(0, settled.FixedGrant - fixedAsked),
            [PaymentKind.Aconto] = Math.Max(0, settled.ActivityAndResultPayable - acontoAsked),
            [PaymentKind.Final] = finality.IsFinal ? Math.Max(0, settled.Total - allAsked) : 0,
        };
        var k = Kroner;
        var why = new Dictionary<PaymentKind, string>
        {
            [PaymentKind.FixedGrant] = $"Det faste tilskud er {k(settled.FixedGrant)} i alt; der er anmodet om {k(fixedAsked)}.",
            [PaymentKind.Aconto] = $"Aktivitets- og resultattilskud til udbetaling pr. {DanishDates.Text(date)} er {k(settled.ActivityAndResultPayable)} (inden for rammen på {k(settled.Frame)}); der er anmodet om {k(acontoAsked)} a conto.",
            [PaymentKind.Final] = finality.IsFinal
                ? $"Opgjort i alt {k(settled.Total)}; der er anmodet om {k(allAsked)} i alt."
                : $"Slutudbetalingen kan først anmodes om, når opgørelsen er endelig: {string.Join("; ", finality.Missing())}.",
        };
        return new Output(centre.Id, centre.Name, date, settled.Total, settled.ActivityAndResultPayable, paid, entitled, why, finality);
    }

    public static string Kroner(decimal amount) => amount.ToString("#,##0.00", Danish) + " kr.";

    private static readonly System.Globalization.CultureInfo Danish = System.Globalization.CultureInfo.GetCultureInfo("da-DK");
}
