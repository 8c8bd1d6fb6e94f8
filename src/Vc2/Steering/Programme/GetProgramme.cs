using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Rules.Engine;

namespace Vc2.Steering.Programme;

/// <summary>
/// The programme as the agency set it up: its name, the period and the ruleset it is settled by (from the ruleset,
/// read-only), and every job centre with its current commitment and the frame it gives. For the agency and evaluators.
/// </summary>
public sealed class GetProgramme(Vc2Db db, GrantEngine engine, TimeProvider clock)
{
    public const string Name = "Virksomhedscenter generation 2";

    public sealed record Row(Guid Id, string Name, string MunicipalityNumber, int ExpectedParticipants, decimal Frame, int? CommitmentNumber,
        DateOnly? CommittedOn, string? LetterReference, DateOnly? ClosedOn);

    public sealed record Output(string Name, string Ruleset, DateOnly Start, DateOnly End, decimal FramePerParticipant, decimal FixedGrant, IReadOnlyList<Row> JobCentres);

    public async Task<Result<Output>> RunAsync(CancellationToken ct = default)
    {
        if (!db.CurrentUser.IsNational && !db.CurrentUser.IsSystem)
        {
            return Result<Output>.Missing();
        }

        var today = Today.In(clock);
        var ruleset = engine.Ruleset;
        var perParticipant = ruleset.FramePerParticipant.At(today);
        var latest = await db.Commitments.GroupBy(c => c.JobCentreId).Select(g => g.OrderByDescending(c => c.Number).First()).ToListAsync(ct);
        var byCentre = latest.ToDictionary(c => c.JobCentreId);
        var rows = (await db.JobCentres.OrderBy(j => j.Name).ToListAsync(ct)).Select(j =>
        {
            var c = byCentre.GetValueOrDefault(j.Id);
            return new Row(j.Id, j.Name, j.MunicipalityNumber, j.ExpectedParticipants, j.ExpectedParticipants * perParticipant, c?.Number, c?.CommittedOn, c?.LetterReference, j.ClosedOn);
        }).ToList();
        return new Output(Name, ruleset.Id, ruleset.ProjectStart.At(today), ruleset.ProjectEnd.At(today), perParticipant, ruleset.FixedGrant.At(today), rows);
    }
}
