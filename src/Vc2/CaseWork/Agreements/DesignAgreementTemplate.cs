using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Platform.Users;

namespace Vc2.CaseWork.Agreements;

/// <summary>
/// The agency designs the work agreement template (ADR 0024): it edits one draft at a time — started from the newest
/// published version — and publishes it; from then on a job centre's new agreement uses it. Published versions are never
/// changed, so an agreement's <see cref="WorkAgreement.TemplateNumber"/> always names the text its parties saw.
/// </summary>
public sealed class DesignAgreementTemplate(Vc2Db db, TimeProvider clock)
{
    public const int MaxSections = 10;

    public sealed record SectionInput
    {
        [StringLength(200, ErrorMessage = "Højst 200 tegn.")]
        public string? Title { get; init; }

        [StringLength(2000, ErrorMessage = "Højst 2000 tegn.")]
        public string? Guidance { get; init; }

        public bool Required { get; init; }
    }

    public sealed record Input
    {
        [Required(ErrorMessage = "Skriv vejledningen til borgerens langsigtede jobmål.")]
        [StringLength(2000, ErrorMessage = "Højst 2000 tegn.")]
        public string? LongTermGoalGuidance { get; init; }

        [Required(ErrorMessage = "Skriv vejledningen til det konkrete mål for forløbet.")]
        [StringLength(2000, ErrorMessage = "Højst 2000 tegn.")]
        public string? PlacementGoalGuidance { get; init; }

        [Required(ErrorMessage = "Skriv vejledningen til arbejdsopgaver og arbejdstid.")]
        [StringLength(2000, ErrorMessage = "Højst 2000 tegn.")]
        public string? TasksAndHoursGuidance { get; init; }

        [Required(ErrorMessage = "Skriv vejledningen til mentorens rolle og støtteopgaver.")]
        [StringLength(2000, ErrorMessage = "Højst 2000 tegn.")]
        public string? MentorRoleGuidance { get; init; }

        [Required(ErrorMessage = "Skriv vejledningen til delmålene.")]
        [StringLength(2000, ErrorMessage = "Højst 2000 tegn.")]
        public string? SubGoalsGuidance { get; init; }

        /// <summary>The extra sections in order; a row with neither title nor guidance is left out.</summary>
        public List<SectionInput>? Sections { get; init; }

        /// <summary>The draft's version as read, so two people editing it do not overwrite each other.</summary>
        public int Version { get; init; }
    }

    /// <summary>Every version, newest first, with its sections.</summary>
    public async Task<Result<IReadOnlyList<AgreementTemplate>>> ListAsync(CancellationToken ct = default) =>
        !db.CurrentUser.HasRole(Role.Agency)
            ? Result<IReadOnlyList<AgreementTemplate>>.Missing()
            : await db.AgreementTemplates.AsNoTracking().Include(t => t.Sections).OrderByDescending(t => t.Number).ToListAsync(ct);

    /// <summary>The draft to edit: the existing one, else a new one copied from the newest published version (not saved
    /// until the agency saves it).</summary>
    public async Task<Result<AgreementTemplate>> DraftAsync(CancellationToken ct = default)
    {
        if (!db.CurrentUser.HasRole(Role.Agency))
        {
            return Result<AgreementTemplate>.Missing();
        }

        var draft = await db.AgreementTemplates.AsNoTracking().Include(t => t.Sections).SingleOrDefaultAsync(t => t.Status == DesignStatus.Draft, ct)
                    ?? await NewDraftAsync(ct);
        draft.Sections.Sort((a, b) => a.Order.CompareTo(b.Order));
        return draft;
    }

    public async Task<Result<int>> SaveDraftAsync(Input input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!db.CurrentUser.HasRole(Role.Agency))
        {
            return Result<int>.Missing();
        }

        var errors = Errors.For(input);
        var rows = (input.Sections ?? []).Where(s => s is not null).ToList();
        var sections = rows.Where(s => !string.IsNullOrWhiteSpace(s.Title) || !string.IsNullOrWhiteSpace(s.Guidance)).ToList();
        CheckSections(rows, sections, errors);
        if (errors.Any)
        {
            return errors.As<int>();
        }

        var draft = await db.AgreementTemplates.Include(t => t.Sections).SingleOrDefaultAsync(t => t.Status == DesignStatus.Draft, ct);
        if (draft is null)
        {
            draft = await NewDraftAsync(ct);
            db.AgreementTemplates.Add(draft);
        }
        else if (draft.Version != input.Version)
        {
            return new Result<int>.Conflict("En anden har gemt kladden imens. Åbn kladden igen, og ret i den nyeste udgave.");
        }

        CopyInto(draft, input, sections);
        draft.CreatedAtUtc = clock.GetUtcNow().UtcDateTime;
        draft.CreatedBy = db.CurrentUser.DisplayName;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another draft was started at the same moment (the unique number), or this one changed under us.
            db.ChangeTracker.Clear();
            return new Result<int>.Conflict("En anden har gemt en kladde imens. Åbn kladden igen, og ret i den nyeste udgave.");
        }

        return draft.Number;
    }

    private static void CheckSections(List<SectionInput> rows, List<SectionInput> sections, Errors errors)
    {
        if (sections.Count > MaxSections)
        {
            errors.Add(nameof(Input.Sections), $"Højst {MaxSections} ekstra afsnit.");
        }

        for (var i = 0; i < rows.Count; i++)
        {
            var s = rows[i];
            foreach (var (field, messages) in Validation.Validate(s))
            {
                errors.Add($"{nameof(Input.Sections)}[{i}].{field}", messages[0]);
            }

            if (string.IsNullOrWhiteSpace(s.Title) && !string.IsNullOrWhiteSpace(s.Guidance))
            {
                errors.Add($"{nameof(Input.Sections)}[{i}].{nameof(SectionInput.Title)}", "Skriv afsnittets overskrift.");
            }
        }

        var titles = sections.Where(s => !string.IsNullOrWhiteSpace(s.Title)).Select(s => s.Title!.Trim()).ToList();
        if (titles.Distinct(StringComparer.OrdinalIgnoreCase).Count() != titles.Count)
        {
            errors.Add(nameof(Input.Sections), "To ekstra afsnit har samme overskrift.");
        }
    }

    private static void CopyInto(AgreementTemplate draft, Input input, List<SectionInput> sections)
    {
        draft.LongTermGoalGuidance = input.LongTermGoalGuidance!.Trim();
        draft.PlacementGoalGuidance = input.PlacementGoalGuidance!.Trim();
        draft.TasksAndHoursGuidance = input.TasksAndHoursGuidance!.Trim();
        draft.MentorRoleGuidance = input.MentorRoleGuidance!.Trim();
        draft.SubGoalsGuidance = input.SubGoalsGuidance!.Trim();
        draft.Sections.Clear();
        draft.Sections.AddRange(sections.Select((s, i) => new AgreementTemplateSection
        {
            Order = i + 1, Title = s.Title!.Trim(), Guidance = s.Guidance?.Trim() ?? "", Required = s.Required,
        }));
    }

    /// <summary>Publishes the draft: from now on it is the template of every new work agreement.</summary>
    /// <param name="seenVersion">The draft's <c>Version</c> the agency saw when it pressed publish: a draft changed since
    /// is not published unseen.</param>
    public Task<Result<int>> PublishAsync(int number, int? seenVersion = null, CancellationToken ct = default) =>
        DesignVersions.PublishAsync<AgreementTemplate>(db, clock, number, seenVersion, ct);

    /// <summary>The template a new work agreement uses: the newest published version. Version 1 (the programme
    /// description's guidance, <see cref="AgreementParts"/>) is made by the migration that brought templates, so a new
    /// installation has one.</summary>
    public static async Task<AgreementTemplate> CurrentAsync(Vc2Db db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var current = await db.AgreementTemplates.AsNoTracking().Include(t => t.Sections).Where(t => t.Status == DesignStatus.Published)
                          .OrderByDescending(t => t.Number).FirstOrDefaultAsync(ct)
                      ?? throw new InvalidOperationException("Der er ingen offentliggjort skabelon for arbejdsaftalen; databasen mangler en migrering.");
        current.Sections.Sort((a, b) => a.Order.CompareTo(b.Order));
        return current;
    }

    private async Task<AgreementTemplate> NewDraftAsync(CancellationToken ct)
    {
        var current = await CurrentAsync(db, ct);
        var number = 1 + (await db.AgreementTemplates.MaxAsync(t => (int?)t.Number, ct) ?? 0);
        return new AgreementTemplate
        {
            Number = number, Status = DesignStatus.Draft, CreatedAtUtc = clock.GetUtcNow().UtcDateTime, CreatedBy = db.CurrentUser.DisplayName,
            LongTermGoalGuidance = current.LongTermGoalGuidance, PlacementGoalGuidance = current.PlacementGoalGuidance,
            TasksAndHoursGuidance = current.TasksAndHoursGuidance, MentorRoleGuidance = current.MentorRoleGuidance, SubGoalsGuidance = current.SubGoalsGuidance,
            Sections = current.Sections.OrderBy(s => s.Order).Select(s => new AgreementTemplateSection { Order = s.Order, Title = s.Title, Guidance = s.Guidance, Required = s.Required }).ToList(),
        };
    }
}
