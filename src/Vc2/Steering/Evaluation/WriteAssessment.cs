using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Platform.Users;

namespace Vc2.Steering.Evaluation;

/// <summary>A published assessment as a report shows it.</summary>
public sealed record PublishedAssessment(int Number, DateTime PublishedAtUtc, string PublishedBy, string ContentHash, IReadOnlyList<FindingView> Findings);

public sealed record FindingView(Guid Id, FindingKind Kind, string? JobCentre, int? Holdepunkt, string Text);

/// <summary>
/// The evaluators write their findings, lessons and recommendations on a snapshot (ADR 0026, section 4): into the one
/// draft, which starts as a copy of the newest published version; publishing freezes it with the hash of its content.
/// Only the evaluators write and publish — the assessment is theirs, independent of the agency whose programme it judges;
/// the agency reads it; nobody else sees it (not found).
/// </summary>
public sealed class WriteAssessment(Vc2Db db, TimeProvider clock)
{
    public sealed record Input
    {
        [Required(ErrorMessage = "Vælg fund, læring eller anbefaling.")]
        [EnumDataType(typeof(FindingKind), ErrorMessage = "Vælg fund, læring eller anbefaling.")]
        public FindingKind? Kind { get; init; }

        /// <summary>A municipality number of the snapshot, or empty for the whole programme.</summary>
        public string? JobCentre { get; init; }

        [Range(1, 9, ErrorMessage = "Vælg et holdepunkt fra 1 til 9, eller »Programmet generelt«.")]
        public int? Holdepunkt { get; init; }

        [Required(ErrorMessage = "Skriv teksten.")]
        [StringLength(EvaluationFindingLimits.TextLength, ErrorMessage = "Teksten må højst være 4.000 tegn.")]
        public string? Text { get; init; }
    }

    public sealed record Output(GetEvaluationReport.Listed Snapshot, IReadOnlyList<(string Number, string Name)> JobCentres, IReadOnlyList<(int Number, string Title)> Holdepunkter,
        int? DraftNumber, int? DraftVersion,
        IReadOnlyList<FindingView> Draft, PublishedAssessment? Published, int PublishedCount);

    public async Task<Result<Output>> GetAsync(Guid snapshotId, CancellationToken ct = default)
    {
        var snapshot = db.CurrentUser.IsNational || db.CurrentUser.IsSystem
            ? await db.EvaluationSnapshots.AsNoTracking().SingleOrDefaultAsync(s => s.Id == snapshotId, ct)
            : null;
        if (snapshot is null)
        {
            return Result<Output>.Missing();
        }

        var data = JsonSerializer.Deserialize<EvaluationData>(snapshot.DataJson, CreateEvaluationSnapshot.Json)!;
        var draft = await db.EvaluationAssessments.AsNoTracking().SingleOrDefaultAsync(a => a.SnapshotId == snapshotId && a.Status == DesignStatus.Draft, ct);
        return new Output(new GetEvaluationReport.Listed(snapshot.Id, snapshot.Kind, snapshot.AsOf, snapshot.CreatedAtUtc, snapshot.CreatedBy, snapshot.DataHash),
            data.JobCentres.Select(c => (c.MunicipalityNumber, c.Name)).ToList(), EvaluationReport.Holdepunkter(data), draft?.Number, draft?.Version,
            draft is null ? [] : await FindingsAsync(draft.Id, ct), await PublishedAsync(db, snapshotId, ct),
            await db.EvaluationAssessments.CountAsync(a => a.SnapshotId == snapshotId && a.Status == DesignStatus.Published, ct));
    }

    public async Task<Result<Guid>> AddAsync(Guid snapshotId, Input input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!Writes || await GetAsync(snapshotId, ct) is not Result<Output>.Ok ok)
        {
            return Result<Guid>.Missing();
        }

        var errors = Errors.For(input);
        var centre = string.IsNullOrWhiteSpace(input.JobCentre) ? null : input.JobCentre.Trim();
        if (centre is not null && ok.Value.JobCentres.All(c => c.Number != centre))
        {
            errors.Add(nameof(Input.JobCentre), "Vælg et jobcenter fra øjebliksbilledet, eller »Hele programmet«.");
        }

        if (errors.Any)
        {
            return errors.As<Guid>();
        }

        if (await DraftAsync(snapshotId, ct) is not { } draft)
        {
            return new Result<Guid>.Conflict("En anden evaluator begyndte et udkast samtidig. Se vurderingen igen.");
        }

        var order = await db.EvaluationFindings.Where(f => f.AssessmentId == draft.Id).MaxAsync(f => (int?)f.Order, ct) ?? -1;
        if (order + 1 >= EvaluationFindingLimits.PerAssessment)
        {
            return Result<Guid>.Error(nameof(Input.Text), $"En version kan højst have {EvaluationFindingLimits.PerAssessment} punkter.");
        }

        var finding = new EvaluationFinding
        {
            AssessmentId = draft.Id, Kind = input.Kind!.Value, JobCentre = centre, Holdepunkt = input.Holdepunkt, Text = input.Text!.Trim(), Order = order + 1,
        };
        db.EvaluationFindings.Add(finding);
        draft.Version++; // a change to the draft's findings is a change to the draft: a publish of what was seen before it fails
        return await SaveAsync(finding.Id, ct);
    }

    public async Task<Result<Guid>> RemoveAsync(Guid snapshotId, Guid findingId, CancellationToken ct = default)
    {
        var draft = Writes ? await db.EvaluationAssessments.SingleOrDefaultAsync(a => a.SnapshotId == snapshotId && a.Status == DesignStatus.Draft, ct) : null;
        var finding = draft is null ? null : await db.EvaluationFindings.SingleOrDefaultAsync(f => f.Id == findingId && f.AssessmentId == draft.Id, ct);
        if (finding is null)
        {
            return Result<Guid>.Missing();
        }

        db.EvaluationFindings.Remove(finding);
        draft!.Version++;
        return await SaveAsync(findingId, ct);
    }

    /// <summary>Publishes the draft the evaluator saw (<paramref name="seenVersion"/>) with the hash of its findings.</summary>
    public async Task<Result<int>> PublishAsync(Guid snapshotId, int? seenVersion, CancellationToken ct = default)
    {
        var draft = Writes ? await db.EvaluationAssessments.SingleOrDefaultAsync(a => a.SnapshotId == snapshotId && a.Status == DesignStatus.Draft, ct) : null;
        if (draft is null)
        {
            return Result<int>.Missing();
        }

        if (seenVersion != draft.Version)
        {
            return new Result<int>.Conflict("Udkastet er ændret, efter du så det. Se det igen, før det offentliggøres.");
        }

        var findings = await FindingsAsync(draft.Id, ct);
        if (findings.Count == 0)
        {
            return Result<int>.Error("Publish", "Skriv mindst ét fund, én læring eller én anbefaling, før vurderingen offentliggøres.");
        }

        draft.Status = DesignStatus.Published;
        draft.PublishedAtUtc = clock.GetUtcNow().UtcDateTime;
        draft.PublishedBy = db.CurrentUser.DisplayName;
        draft.ContentHash = Hash(findings);
        var saved = await SaveAsync(draft.Id, ct);
        return saved is Result<Guid>.Conflict c ? new Result<int>.Conflict(c.Message) : draft.Number;
    }

    /// <summary>The newest published assessment of a snapshot, as the report shows it.</summary>
    public static async Task<PublishedAssessment?> PublishedAsync(Vc2Db db, Guid snapshotId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var newest = await db.EvaluationAssessments.AsNoTracking().Where(a => a.SnapshotId == snapshotId && a.Status == DesignStatus.Published)
            .OrderByDescending(a => a.Number).FirstOrDefaultAsync(ct);
        if (newest is null)
        {
            return null;
        }

        var findings = await db.EvaluationFindings.AsNoTracking().Where(f => f.AssessmentId == newest.Id).OrderBy(f => f.Order)
            .Select(f => new FindingView(f.Id, f.Kind, f.JobCentre, f.Holdepunkt, f.Text)).ToListAsync(ct);
        return new PublishedAssessment(newest.Number, newest.PublishedAtUtc!.Value, newest.PublishedBy!, newest.ContentHash!, findings);
    }

    /// <summary>SHA-256 of the findings' content in order, so a report names exactly what it showed.</summary>
    public static string Hash(IReadOnlyList<FindingView> findings) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(findings.Select(f => new { f.Kind, f.JobCentre, f.Holdepunkt, f.Text })))));

    /// <summary>Whether the user writes assessments: the evaluators.</summary>
    public bool Writes => db.CurrentUser.IsSystem || db.CurrentUser.HasRole(Role.Evaluator);

    private async Task<List<FindingView>> FindingsAsync(Guid assessmentId, CancellationToken ct) =>
        await db.EvaluationFindings.AsNoTracking().Where(f => f.AssessmentId == assessmentId).OrderBy(f => f.Order)
            .Select(f => new FindingView(f.Id, f.Kind, f.JobCentre, f.Holdepunkt, f.Text)).ToListAsync(ct);

    /// <summary>The draft, begun as a copy of the newest published version when there is none; null when another evaluator
    /// began one at the same moment (the unique snapshot and number refused this one).</summary>
    private async Task<EvaluationAssessment?> DraftAsync(Guid snapshotId, CancellationToken ct)
    {
        var draft = await db.EvaluationAssessments.SingleOrDefaultAsync(a => a.SnapshotId == snapshotId && a.Status == DesignStatus.Draft, ct);
        if (draft is not null)
        {
            return draft;
        }

        var number = (await db.EvaluationAssessments.Where(a => a.SnapshotId == snapshotId).MaxAsync(a => (int?)a.Number, ct) ?? 0) + 1;
        draft = new EvaluationAssessment
        {
            SnapshotId = snapshotId, Number = number, Status = DesignStatus.Draft, CreatedAtUtc = clock.GetUtcNow().UtcDateTime, CreatedBy = db.CurrentUser.DisplayName,
        };
        db.EvaluationAssessments.Add(draft);
        if (await PublishedAsync(db, snapshotId, ct) is { } published)
        {
            db.EvaluationFindings.AddRange(published.Findings.Select((f, i) => new EvaluationFinding
            {
                AssessmentId = draft.Id, Kind = f.Kind, JobCentre = f.JobCentre, Holdepunkt = f.Holdepunkt, Text = f.Text, Order = i,
            }));
        }

        try
        {
            await db.SaveChangesAsync(ct);
            return draft;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return null;
        }
    }

    private async Task<Result<Guid>> SaveAsync(Guid id, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return id;
        }
        catch (DbUpdateException)
        {
            // Two evaluators began or published the draft at once: the unique (snapshot, number) or the version refused one.
            db.ChangeTracker.Clear();
            return new Result<Guid>.Conflict("En anden har ændret vurderingen imens. Se den igen.");
        }
    }
}
