using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Vc2.CaseWork.Placements;
using Vc2.Platform.Audit;
using Vc2.Platform.Common;
using Vc2.Platform.Data;

namespace Vc2.CaseWork.Agreements;

/// <summary>Writes a new version of a placement's work agreement with its four required parts and sub-goals. The
/// acceptances of earlier versions do not carry over: a changed agreement is accepted anew, and its parties are asked to
/// (<see cref="AgreementNotices"/>: a personal link each, in the same transaction).</summary>
public sealed class SaveAgreement(Vc2Db db, TimeProvider clock, Platform.Outbox.OutboxSeal seal, Progress.ProgressOptions options)
{
    /// <summary>The form around the fields: for whom and where, the number the new version gets, and the fields filled in
    /// from the latest version (or the citizen's long-term job goal) so that a change is an edit, not a retyping.</summary>
    /// <param name="Template">The agency's template the new version is written on (its guidance and extra sections).</param>
    public sealed record Form(Guid PlacementId, string CitizenName, string CompanyName, int Number, Input Filled, AgreementTemplate Template);

    // The placement the command read: a refused POST shows the form from it (FormSubject).
    private PlacementSubject? _subject;

    public sealed record Input
    {
        [Required(ErrorMessage = "Skriv borgerens langsigtede jobmål.")]
        [StringLength(4000, ErrorMessage = "Højst 4000 tegn.")]
        public string? LongTermGoal { get; init; }

        [Required(ErrorMessage = "Skriv det konkrete mål for forløbet.")]
        [StringLength(4000, ErrorMessage = "Højst 4000 tegn.")]
        public string? PlacementGoal { get; init; }

        [Required(ErrorMessage = "Beskriv arbejdsopgaver og arbejdstid.")]
        [StringLength(4000, ErrorMessage = "Højst 4000 tegn.")]
        public string? TasksAndHours { get; init; }

        [Required(ErrorMessage = "Beskriv mentorens rolle og støtteopgaver.")]
        [StringLength(4000, ErrorMessage = "Højst 4000 tegn.")]
        public string? MentorRole { get; init; }

        /// <summary>One sub-goal per line.</summary>
        [Required(ErrorMessage = "Skriv mindst ét delmål, som opfølgningen kan måle på (ét pr. linje).")]
        [StringLength(8000, ErrorMessage = "Højst 8000 tegn.")]
        public string? SubGoals { get; init; }

        /// <summary>The texts of the template's extra sections, in its order.</summary>
        public List<string?>? Sections { get; init; }

        /// <summary>The template version the form showed; a newer one published meanwhile is reported, not guessed at.
        /// Without it, the current template.</summary>
        public int? TemplateNumber { get; init; }
    }

    /// <param name="NotifiedTo">Where links to read and accept the new version were sent.</param>
    public sealed record Output(Guid Id, int Number, IReadOnlyList<string> NotifiedTo);

    public async Task<Result<Form>> FormAsync(Guid placementId, CancellationToken ct = default)
    {
        var subject = _subject ?? await PlacementSubject.ReadAsync(db, clock, placementId, "Arbejdsaftale", ct);
        if (subject is null)
        {
            return Result<Form>.Missing();
        }

        var latest = await db.Agreements.Include(a => a.SubGoals).Include(a => a.Sections).Where(a => a.PlacementId == placementId)
            .OrderByDescending(a => a.Number).FirstOrDefaultAsync(ct);
        var template = await DesignAgreementTemplate.CurrentAsync(db, ct);
        // An extra section the latest version also had (by title) starts from its text.
        var earlier = latest?.Sections.ToDictionary(s => s.Title, s => s.Text, StringComparer.OrdinalIgnoreCase) ?? [];
        var sections = template.Sections.OrderBy(s => s.Order).Select(s => earlier.GetValueOrDefault(s.Title)).ToList();
        var filled = latest is not null
            ? new Input
            {
                LongTermGoal = latest.LongTermGoal, PlacementGoal = latest.PlacementGoal, TasksAndHours = latest.TasksAndHours, MentorRole = latest.MentorRole,
                SubGoals = string.Join('\n', latest.SubGoals.OrderBy(g => g.Order).Select(g => g.Text)), Sections = sections, TemplateNumber = template.Number,
            }
            : new Input { LongTermGoal = subject.CitizenJobGoal, Sections = sections, TemplateNumber = template.Number };
        return new Form(subject.Placement.Id, subject.CitizenName, subject.CompanyName, (latest?.Number ?? 0) + 1, filled, template);
    }

    public async Task<Result<Output>> RunAsync(Guid placementId, Input input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        _subject = await PlacementSubject.LoadAsync(db, placementId, ct);
        if (_subject is null)
        {
            return Result<Output>.Missing();
        }

        var placement = _subject.Placement;

        var errors = Errors.For(input);
        var goals = ReadSubGoals(input, errors);

        var template = await DesignAgreementTemplate.CurrentAsync(db, ct);
        var extra = template.Sections.OrderBy(s => s.Order).ToList();
        var texts = input.Sections ?? [];
        if (input.TemplateNumber is { } shown && shown != template.Number)
        {
            return new Result<Output>.Conflict($"Styrelsen har offentliggjort version {template.Number} af skabelonen for arbejdsaftalen, mens du skrev. Dine tekster er bevaret; se de nye afsnit, og gem igen.");
        }

        CheckSections(extra, texts, errors);
        if (errors.Any)
        {
            return errors.As<Output>();
        }

        var number = 1 + (await db.Agreements.Where(a => a.PlacementId == placementId).MaxAsync(a => (int?)a.Number, ct) ?? 0);
        var agreement = NewAgreement(placement, number, input, goals, template.Number, extra, texts);
        db.Agreements.Add(agreement);
        AuditLog.Add(db, clock, AuditAction.Create, placement.JobCentreId, placement.CitizenId, $"Arbejdsaftale version {number}");
        var notified = await AgreementNotices.SendAsync(db, seal, options, clock, agreement, placement, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two users saved a new version at the same moment: the unique (placement, number) index refused one.
            db.ChangeTracker.Clear();
            _subject = null;
            return new Result<Output>.Conflict("En anden har netop gemt en ny version af arbejdsaftalen. Se den nye version, og ret den, hvis det stadig er nødvendigt.");
        }

        return new Output(agreement.Id, number, notified);
    }

    /// <summary>The sub-goals, one per non-empty line, with what is wrong with them added to <paramref name="errors"/>.</summary>
    private static List<string> ReadSubGoals(Input input, Errors errors)
    {
        var goals = (input.SubGoals ?? string.Empty).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (input.SubGoals is not null && goals.Count == 0)
        {
            errors.Add(nameof(Input.SubGoals), "Skriv mindst ét delmål, som opfølgningen kan måle på (ét pr. linje).");
        }

        if (goals.Any(g => g.Length > 1000))
        {
            errors.Add(nameof(Input.SubGoals), "Et delmål må højst have 1000 tegn.");
        }

        return goals;
    }

    private static void CheckSections(List<AgreementTemplateSection> extra, List<string?> texts, Errors errors)
    {
        if (texts.Count > extra.Count)
        {
            errors.Add(nameof(Input.Sections), $"Skabelonen har {extra.Count} ekstra afsnit, men der kom {texts.Count} tekster.");
        }

        for (var i = 0; i < extra.Count; i++)
        {
            var text = i < texts.Count ? texts[i]?.Trim() : null;
            if (extra[i].Required && string.IsNullOrEmpty(text))
            {
                errors.Add($"{nameof(Input.Sections)}[{i}]", $"Udfyld afsnittet »{extra[i].Title}«.");
            }
            else if (text is { Length: > 4000 })
            {
                errors.Add($"{nameof(Input.Sections)}[{i}]", "Højst 4000 tegn.");
            }
        }
    }

    private WorkAgreement NewAgreement(Placement placement, int number, Input input, List<string> goals, int templateNumber,
        List<AgreementTemplateSection> extra, List<string?> texts)
    {
        return new WorkAgreement
        {
            JobCentreId = placement.JobCentreId,
            PlacementId = placement.Id,
            Number = number,
            LongTermGoal = input.LongTermGoal!.Trim(),
            PlacementGoal = input.PlacementGoal!.Trim(),
            TasksAndHours = input.TasksAndHours!.Trim(),
            MentorRole = input.MentorRole!.Trim(),
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            CreatedBy = db.CurrentUser.DisplayName,
            SubGoals = goals.Select((g, i) => new SubGoal { Order = i + 1, Text = g }).ToList(),
            TemplateNumber = templateNumber,
            Sections = extra.Select((s, i) => (s, Text: i < texts.Count ? texts[i]?.Trim() : null)).Where(x => !string.IsNullOrEmpty(x.Text))
                .Select(x => new AgreementSection { Order = x.s.Order, Title = x.s.Title, Text = x.Text! }).ToList(),
        };
    }
}
