using System.ComponentModel.DataAnnotations;
using Vc2.Platform.Audit;
using Vc2.Platform.Common;
using Vc2.Platform.Data;

namespace Vc2.CaseWork.Placements;

/// <summary>Ends (or interrupts) a placement: the last day and the reason. The mentor's assignment ends the same day.
/// A resumption is a new placement, at the same or another company.</summary>
public sealed class EndPlacement(Vc2Db db, TimeProvider clock)
{
    public sealed record Form(Guid PlacementId, string CitizenName, string CompanyName, int Version);

    // The placement the command read: a refused POST shows the form from it (FormSubject).
    private PlacementSubject? _subject;

    public sealed record Input
    {
        [Required(ErrorMessage = "Skriv forløbets sidste dag.")]
        public DateOnly? ActualEnd { get; init; }

        [Required(ErrorMessage = "Vælg årsagen til, at forløbet slutter.")]
        public EndReason? Reason { get; init; }

        [Required]
        public int Version { get; init; }
    }

    public async Task<Result<Form>> FormAsync(Guid placementId, CancellationToken ct = default)
    {
        var subject = _subject ?? await PlacementSubject.ReadAsync(db, clock, placementId, "Afslut forløb", ct);
        return subject is null ? Result<Form>.Missing()
            : new Form(subject.Placement.Id, subject.CitizenName, subject.CompanyName, subject.Placement.Version);
    }

    public async Task<Result<int>> RunAsync(Guid placementId, Input input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        _subject = await PlacementSubject.LoadAsync(db, placementId, ct);
        if (_subject is null)
        {
            return Result<int>.Missing();
        }

        var placement = _subject.Placement;

        var errors = Errors.For(input);
        if (input.ActualEnd is { } end)
        {
            if (end < placement.Start)
            {
                errors.Add(nameof(Input.ActualEnd), "Forløbets sidste dag må ikke ligge før startdatoen.");
            }
            else if (end > Today.In(clock))
            {
                errors.Add(nameof(Input.ActualEnd), "Forløbets sidste dag kan ikke ligge i fremtiden. Ret den planlagte slutdato i stedet.");
            }
        }

        if (errors.Any)
        {
            return errors.As<int>();
        }

        db.Entry(placement).Property(p => p.Version).OriginalValue = input.Version;
        placement.ActualEnd = input.ActualEnd;
        placement.EndReason = input.Reason;
        foreach (var assignment in placement.Mentors.Where(m => m.To is null || m.To > input.ActualEnd))
        {
            assignment.To = input.ActualEnd;
        }

        AuditLog.Add(db, clock, AuditAction.Update, placement.JobCentreId, placement.CitizenId,
            $"Forløb afsluttet {DanishDates.Text(input.ActualEnd)}: {EndReasonNames.Danish(input.Reason!.Value)}");
        if (!await db.TrySaveAsync(ct))
        {
            _subject = null; // another user's save: the form shows what is stored now
            return new Result<int>.Conflict("En anden har ændret forløbet, mens du arbejdede. Intet er gemt; se forløbet igen og prøv igen.");
        }

        return placement.Version;
    }
}
