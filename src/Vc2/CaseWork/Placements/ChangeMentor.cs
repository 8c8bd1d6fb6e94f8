using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Audit;
using Vc2.Platform.Common;
using Vc2.Platform.Data;

namespace Vc2.CaseWork.Placements;

/// <summary>Records a change of company mentor from a date: the current assignment ends the day before.</summary>
public sealed class ChangeMentor(Vc2Db db, TimeProvider clock)
{
    public sealed record Form(Guid PlacementId, Guid CompanyId, string CompanyName, IReadOnlyList<MentorChoice> Mentors);

    public sealed record MentorChoice(Guid Id, string Name);

    // The placement the command read: a refused POST shows the form from it (FormSubject).
    private PlacementSubject? _subject;

    public sealed record Input
    {
        [Required(ErrorMessage = "Vælg den nye mentor.")]
        public Guid? MentorId { get; init; }

        [Required(ErrorMessage = "Skriv datoen, den nye mentor overtager.")]
        public DateOnly? From { get; init; }
    }

    public async Task<Result<Form>> FormAsync(Guid placementId, CancellationToken ct = default)
    {
        var subject = _subject ?? await PlacementSubject.ReadAsync(db, clock, placementId, "Skift mentor", ct);
        if (subject is null)
        {
            return Result<Form>.Missing();
        }

        var companyId = subject.Placement.CompanyId;
        var mentors = await db.Mentors.Where(m => m.CompanyId == companyId).OrderBy(m => m.Name).Select(m => new MentorChoice(m.Id, m.Name)).ToListAsync(ct);
        return new Form(subject.Placement.Id, companyId, subject.CompanyName, mentors);
    }

    public async Task<Result<Guid>> RunAsync(Guid placementId, Input input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        _subject = await PlacementSubject.LoadAsync(db, placementId, ct);
        if (_subject is null)
        {
            return Result<Guid>.Missing();
        }

        var placement = _subject.Placement;

        var errors = Errors.For(input);
        if (input.MentorId is { } mentorId && !await db.Mentors.AnyAsync(m => m.Id == mentorId && m.CompanyId == placement.CompanyId, ct))
        {
            errors.Add(nameof(Input.MentorId), "Vælg en mentor fra forløbets virksomhed.");
        }

        var latest = placement.Mentors.OrderByDescending(m => m.From).FirstOrDefault();
        if (input.From is { } from)
        {
            if (from <= (latest?.From ?? placement.Start.AddDays(-1)) || from < placement.Start)
            {
                errors.Add(nameof(Input.From), "Datoen skal ligge efter den nuværende mentors første dag og i forløbet.");
            }
            else if (placement.ActualEnd is { } end && from > end)
            {
                errors.Add(nameof(Input.From), "Forløbet er afsluttet før denne dato.");
            }
        }

        if (latest is not null && latest.MentorId == input.MentorId)
        {
            errors.Add(nameof(Input.MentorId), "Mentoren er allerede forløbets mentor.");
        }

        if (errors.Any)
        {
            return errors.As<Guid>();
        }

        if (latest is not null)
        {
            latest.To = input.From!.Value.AddDays(-1);
        }

        var assignment = new MentorAssignment { PlacementId = placement.Id, MentorId = input.MentorId!.Value, From = input.From!.Value, To = placement.ActualEnd };
        placement.Mentors.Add(assignment);
        AuditLog.Add(db, clock, AuditAction.Update, placement.JobCentreId, placement.CitizenId, $"Ny mentor fra {DanishDates.Text(input.From)}");
        await db.SaveChangesAsync(ct);
        return assignment.Id;
    }
}
