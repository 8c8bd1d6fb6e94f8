using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Audit;
using Vc2.Platform.Common;
using Vc2.Platform.Data;

namespace Vc2.CaseWork.Agreements;

/// <summary>Records that the citizen, the company or the job centre has accepted a version of the work agreement: by
/// whom and when. The job centre accepts as the logged-in user; for the citizen and the company the user writes the
/// name of the person who accepted.</summary>
public sealed class AcceptAgreement(Vc2Db db, TimeProvider clock)
{
    public sealed record Input
    {
        [Required(ErrorMessage = "Vælg hvem der accepterer.")]
        public AgreementParty? Party { get; init; }

        [StringLength(200, ErrorMessage = "Navnet må højst have 200 tegn.")]
        public string? AcceptedBy { get; init; }

        [Required]
        public int Version { get; init; }
    }

    public async Task<Result<int>> RunAsync(Guid agreementId, Input input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var agreement = await db.Agreements.SingleOrDefaultAsync(a => a.Id == agreementId, ct);
        if (agreement is null)
        {
            return Result<int>.Missing();
        }

        var errors = Errors.For(input);
        var name = input.Party == AgreementParty.JobCentre ? db.CurrentUser.DisplayName : Validation.Clean(input.AcceptedBy);
        if (input.Party is not null && name is null)
        {
            errors.Add(nameof(Input.AcceptedBy), input.Party == AgreementParty.Citizen
                ? "Skriv borgerens navn."
                : "Skriv navnet på den, der accepterede for virksomheden.");
        }

        if (errors.Any)
        {
            return errors.As<int>();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.Entry(agreement).Property(a => a.Version).OriginalValue = input.Version;
        switch (input.Party!.Value)
        {
            case AgreementParty.Citizen:
                (agreement.AcceptedByCitizenAtUtc, agreement.AcceptedByCitizenBy) = (now, name);
                break;
            case AgreementParty.Company:
                (agreement.AcceptedByCompanyAtUtc, agreement.AcceptedByCompanyBy) = (now, name);
                break;
            default:
                (agreement.AcceptedByJobCentreAtUtc, agreement.AcceptedByJobCentreBy) = (now, name);
                break;
        }

        var citizenId = await db.Placements.Where(p => p.Id == agreement.PlacementId).Select(p => p.CitizenId).SingleAsync(ct);
        AuditLog.Add(db, clock, AuditAction.Update, agreement.JobCentreId, citizenId,
            $"Arbejdsaftale version {agreement.Number} accepteret ({AgreementNames.Danish(input.Party.Value)})");
        if (!await db.TrySaveAsync(ct))
        {
            return new Result<int>.Conflict("En anden har ændret aftalen, mens du arbejdede. Intet er gemt; se aftalen igen og prøv igen.");
        }

        return agreement.Version;
    }
}

public static class AgreementNames
{
    public static string Danish(AgreementParty party) => party switch
    {
        AgreementParty.Citizen => "borgeren",
        AgreementParty.Company => "virksomheden",
        AgreementParty.JobCentre => "jobcentret",
        _ => "ukendt", // a value stored before undefined ones were refused must not break a page
    };
}
