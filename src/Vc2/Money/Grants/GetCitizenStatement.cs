using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Audit;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Rules.Engine;
using Vc2.Rules.Model;

namespace Vc2.Money.Grants;

/// <summary>One citizen's part of the statement with every explanation line: the drill-down from the statement. Only
/// for a citizen of the user's own job centres (404 otherwise); audited as a read.</summary>
public sealed class GetCitizenStatement(Vc2Db db, ExportScenario export, GrantEngine engine, TimeProvider clock)
{

    /// <param name="Excluded">Why the citizen earns nothing (outside the target group, R0): the statement is then what they would have earned.</param>
    /// <param name="EnrolledOn">Set when placement days before the enrolment were left out.</param>
    public sealed record Output(Guid CitizenId, string Name, string JobCentre, DateOnly AsOf, Rules.IsoWeek Coverage, CitizenStatement Statement,
        string? Excluded = null, bool Unchecked = false, DateOnly? EnrolledOn = null);

    public async Task<Result<Output>> RunAsync(Guid citizenId, DateOnly? asOf = null, CancellationToken ct = default)
    {
        var citizen = await db.Citizens.SingleOrDefaultAsync(c => c.Id == citizenId, ct);
        if (citizen is null)
        {
            return Result<Output>.Missing();
        }

        var date = asOf ?? Today.In(clock);
        var data = await export.RunAsync(date, ct: ct, citizenId: citizenId);
        var scenario = data.Participation.Earns(citizenId) ? data.Scenario : data.Excluded;
        var centre = scenario.JobCentres.Single(j => j.Citizens.Any(c => c.Id == citizenId.ToString()));
        var input = centre.Citizens.Single(c => c.Id == citizenId.ToString());
        var statement = engine.SettleCitizen(input, date, scenario.Coverage);
        AuditLog.Add(db, clock, AuditAction.Read, citizen.JobCentreId, citizen.Id, "Tilskudsopgørelse for borgeren");
        await db.SaveChangesAsync(ct);
        return new Output(citizen.Id, citizen.FullName, centre.Name ?? centre.Id, date, scenario.Coverage, statement,
            data.Participation.Excluded.GetValueOrDefault(citizenId), data.Participation.Unchecked.Contains(citizenId),
            data.BeforeEnrolment.TryGetValue(citizenId.ToString(), out var enrolled) ? enrolled : null);
    }
}
