using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Platform.Users;

namespace Vc2.Steering.Organisation;

/// <summary>
/// The dialogue on the project plan ("i samspil med Arbejdsmarkedsstyrelsen", holdepunkt 8): the agency comments on a
/// section of a version and decides the newest version — approved, or changes asked for — and the job centre's project
/// leader answers a comment on the section. The answer that counts is a new version (<see cref="SaveProjectPlan"/>),
/// which waits for the agency again.
/// </summary>
public sealed class ReviewProjectPlan(Vc2Db db, TimeProvider clock)
{
    public sealed record CommentInput
    {
        [Required(ErrorMessage = "Vælg det afsnit, kommentaren gælder.")]
        public string? Section { get; init; }

        [Required(ErrorMessage = "Skriv kommentaren.")]
        [StringLength(4000, ErrorMessage = "Højst 4000 tegn.")]
        public string? Text { get; init; }
    }

    /// <summary>A comment on a section, by the agency or by the centre's project leader.</summary>
    public async Task<Result<Guid>> CommentAsync(Guid planId, CommentInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var plan = await db.ProjectPlans.Nationally().AsNoTracking().Where(p => p.Id == planId).Select(p => new { p.JobCentreId }).SingleOrDefaultAsync(ct);
        var user = db.CurrentUser;
        var byAgency = user.HasRole(Role.Agency);
        if (plan is null || !(byAgency || user.HasRole(Role.ProjectLeader, plan.JobCentreId)))
        {
            return Result<Guid>.Missing();
        }

        var errors = Errors.For(input);
        if (input.Section is { } key && PlanSections.Title(key) is null)
        {
            errors.Add(nameof(CommentInput.Section), "Vælg et af planens afsnit.");
        }

        if (errors.Any)
        {
            return errors.As<Guid>();
        }

        var comment = new PlanComment
        {
            JobCentreId = plan.JobCentreId, PlanId = planId, Section = input.Section!, Text = input.Text!.Trim(), ByAgency = byAgency,
            AuthorName = user.DisplayName, WrittenAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.PlanComments.Add(comment);
        await db.SaveChangesAsync(ct);
        return comment.Id;
    }

    /// <summary>The agency approves the newest version, or asks for changes (which its comments on the version explain).</summary>
    public async Task<Result<PlanReview>> DecideAsync(Guid planId, PlanReview decision, CancellationToken ct = default)
    {
        var user = db.CurrentUser;
        var plan = user.HasRole(Role.Agency) ? await db.ProjectPlans.Nationally().SingleOrDefaultAsync(p => p.Id == planId, ct) : null;
        if (plan is null)
        {
            return Result<PlanReview>.Missing();
        }

        var errors = new Errors();
        if (decision is not (PlanReview.Approved or PlanReview.ChangesRequested))
        {
            errors.Add("decision", "Vælg, om planen godkendes, eller om der skal ændres i den.");
        }
        else if (await db.ProjectPlans.Nationally().AnyAsync(p => p.JobCentreId == plan.JobCentreId && p.Number > plan.Number, ct))
        {
            errors.Add("decision", $"Der er kommet en nyere version end version {plan.Number}. Kun den nyeste version kan godkendes eller sendes tilbage.");
        }
        else if (decision == PlanReview.ChangesRequested
                 && !await db.PlanComments.Nationally().AnyAsync(c => c.PlanId == planId && c.ByAgency, ct))
        {
            errors.Add("decision", "Skriv mindst én kommentar til et afsnit, så jobcentret ved, hvad der skal ændres.");
        }

        if (errors.Any)
        {
            return errors.As<PlanReview>();
        }

        plan.Review = decision;
        plan.ReviewedAtUtc = clock.GetUtcNow().UtcDateTime;
        plan.ReviewedBy = user.DisplayName;
        await db.SaveChangesAsync(ct);
        return decision;
    }
}
