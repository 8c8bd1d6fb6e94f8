using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Common;
using Vc2.Platform.Data;

namespace Vc2.Steering.Organisation;

/// <summary>Saves a new version of the project plan; every section the programme description asks for is required. A new
/// version waits for the agency's review (<see cref="ReviewProjectPlan"/>), whatever the one before it got.</summary>
public sealed class SaveProjectPlan(Vc2Db db, TimeProvider clock)
{
    public sealed record Input
    {
        [Required(ErrorMessage = "Skriv projektlederens navn.")]
        [StringLength(200, ErrorMessage = "Højst 200 tegn.")]
        public string? ProjectLeader { get; init; }

        [Required(ErrorMessage = "Skriv formålet.")]
        [StringLength(8000, ErrorMessage = "Højst 8000 tegn.")]
        public string? Purpose { get; init; }

        [Required(ErrorMessage = "Skriv succeskriterierne.")]
        [StringLength(8000, ErrorMessage = "Højst 8000 tegn.")]
        public string? SuccessCriteria { get; init; }

        [Required(ErrorMessage = "Beskriv aktiviteterne.")]
        [StringLength(8000, ErrorMessage = "Højst 8000 tegn.")]
        public string? Activities { get; init; }

        [Required(ErrorMessage = "Beskriv de forventede resultater.")]
        [StringLength(8000, ErrorMessage = "Højst 8000 tegn.")]
        public string? Results { get; init; }

        [Required(ErrorMessage = "Skriv tidsplanen.")]
        [StringLength(8000, ErrorMessage = "Højst 8000 tegn.")]
        public string? Timeline { get; init; }

        [Required(ErrorMessage = "Beskriv ansvaret for hvert holdepunkt.")]
        [StringLength(8000, ErrorMessage = "Højst 8000 tegn.")]
        public string? ResponsibilityPerHoldepunkt { get; init; }

        [Required(ErrorMessage = "Beskriv hvordan borgerne visiteres.")]
        [StringLength(8000, ErrorMessage = "Højst 8000 tegn.")]
        public string? Referral { get; init; }

        [Required(ErrorMessage = "Beskriv hvilke typer virksomheder der indgår.")]
        [StringLength(8000, ErrorMessage = "Højst 8000 tegn.")]
        public string? CompanyKinds { get; init; }

        [Required(ErrorMessage = "Beskriv organiseringen.")]
        [StringLength(8000, ErrorMessage = "Højst 8000 tegn.")]
        public string? Organisation { get; init; }

        [Required(ErrorMessage = "Beskriv ledelsens og rehabiliteringsteamets rolle.")]
        [StringLength(8000, ErrorMessage = "Højst 8000 tegn.")]
        public string? LeadershipAndRehabilitationTeam { get; init; }

        /// <summary>How this version answers the agency's comments on the one before; optional.</summary>
        [StringLength(8000, ErrorMessage = "Højst 8000 tegn.")]
        public string? AnswerToAgency { get; init; }
    }

    public async Task<Result<int>> RunAsync(Guid jobCentreId, Input input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!db.CurrentUser.LeadsJobCentre(jobCentreId) || !await db.JobCentres.AnyAsync(j => j.Id == jobCentreId, ct))
        {
            return Result<int>.Missing();
        }

        var errors = Errors.For(input);
        if (errors.Any)
        {
            return errors.As<int>();
        }

        var number = (await db.ProjectPlans.Where(p => p.JobCentreId == jobCentreId).MaxAsync(p => (int?)p.Number, ct) ?? 0) + 1;
        db.ProjectPlans.Add(new ProjectPlan
        {
            JobCentreId = jobCentreId, Number = number, ProjectLeader = input.ProjectLeader!.Trim(), Purpose = input.Purpose!.Trim(),
            SuccessCriteria = input.SuccessCriteria!.Trim(), Activities = input.Activities!.Trim(), Results = input.Results!.Trim(),
            Timeline = input.Timeline!.Trim(), ResponsibilityPerHoldepunkt = input.ResponsibilityPerHoldepunkt!.Trim(), Referral = input.Referral!.Trim(),
            CompanyKinds = input.CompanyKinds!.Trim(), Organisation = input.Organisation!.Trim(),
            LeadershipAndRehabilitationTeam = input.LeadershipAndRehabilitationTeam!.Trim(),
            AnswerToAgency = string.IsNullOrWhiteSpace(input.AnswerToAgency) ? null : input.AnswerToAgency.Trim(),
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime, CreatedBy = db.CurrentUser.DisplayName,
        });

        // Two leaders saving at once both compute the same number; the unique index lets one win.
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return new Result<int>.Conflict("En anden har gemt en ny version af planen imens. Åbn planen igen, og ret i den nyeste version.");
        }

        return number;
    }
}
