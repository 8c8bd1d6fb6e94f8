using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Audit;
using Vc2.Platform.Common;
using Vc2.Platform.Data;

namespace Vc2.CaseWork.Agreements;

/// <summary>Records at the job centre's desk that a party has accepted a version of the work agreement: the job centre
/// as the logged-in user; the citizen or the company by a signature on paper, which the caseworker registers with the
/// signer's name and the day it was signed — marked "på papir". (The citizen and the company accept in VC2 themselves
/// through <c>PartyAgreement</c>, ADR 0023.) Every acceptance names the version's text by its hash.</summary>
public sealed class AcceptAgreement(Vc2Db db, TimeProvider clock)
{
    public sealed record Input
    {
        [Required(ErrorMessage = "Vælg hvem der accepterer.")]
        public AgreementParty? Party { get; init; }

        [StringLength(200, ErrorMessage = "Navnet må højst have 200 tegn.")]
        public string? AcceptedBy { get; init; }

        /// <summary>The day of the paper signature (the citizen and the company).</summary>
        public DateOnly? SignedOn { get; init; }

        [Required]
        public int Version { get; init; }
    }

    public async Task<Result<int>> RunAsync(Guid agreementId, Input input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var agreement = await db.Agreements.Include(a => a.SubGoals).Include(a => a.Sections).Include(a => a.Acceptances).SingleOrDefaultAsync(a => a.Id == agreementId, ct);
        if (agreement is null)
        {
            return Result<int>.Missing();
        }

        var errors = Errors.For(input);
        var name = input.Party == AgreementParty.JobCentre ? db.CurrentUser.DisplayName : Validation.Clean(input.AcceptedBy);
        var onPaper = input.Party is AgreementParty.Citizen or AgreementParty.Company;
        await CheckAcceptanceAsync(agreement, input, name, onPaper, errors, ct);
        if (errors.Any)
        {
            return errors.As<int>();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.Entry(agreement).Property(a => a.Version).OriginalValue = input.Version;
        MarkAccepted(agreement, input.Party!.Value, now, name);
        db.AgreementAcceptances.Add(new AgreementAcceptance
        {
            JobCentreId = agreement.JobCentreId, AgreementId = agreement.Id, Party = input.Party.Value, AtUtc = now, By = name!, ByUserId = db.CurrentUser.UserId,
            Way = onPaper ? AcceptanceWay.Paper : AcceptanceWay.InVc2, SignedOn = onPaper ? input.SignedOn : null, TextHash = AgreementText.Hash(agreement),
        });
        var citizenId = await db.Placements.Where(p => p.Id == agreement.PlacementId).Select(p => p.CitizenId).SingleAsync(ct);
        AuditLog.Add(db, clock, AuditAction.Update, agreement.JobCentreId, citizenId,
            $"Arbejdsaftale version {agreement.Number} accepteret ({AgreementNames.Danish(input.Party.Value)}{(onPaper ? ", på papir" : "")})");
        if (!await db.TrySaveAsync(ct))
        {
            return new Result<int>.Conflict("En anden har ændret aftalen, mens du arbejdede. Intet er gemt; se aftalen igen og prøv igen.");
        }

        return agreement.Version;
    }

    private async Task CheckAcceptanceAsync(WorkAgreement agreement, Input input, string? name, bool onPaper, Errors errors, CancellationToken ct)
    {
        var today = Today.In(clock);
        if (input.Party is not null && name is null)
        {
            errors.Add(nameof(Input.AcceptedBy), input.Party == AgreementParty.Citizen
                ? "Skriv borgerens navn, som det står i underskriften."
                : "Skriv navnet på den, der skrev under for virksomheden.");
        }

        if (onPaper && input.SignedOn is null)
        {
            errors.Add(nameof(Input.SignedOn), "Skriv datoen for underskriften på papir.");
        }
        else if (onPaper && (input.SignedOn > today || input.SignedOn < DateOnly.FromDateTime(agreement.CreatedAtUtc)))
        {
            errors.Add(nameof(Input.SignedOn), $"Datoen for underskriften skal ligge mellem {DanishDates.Text(DateOnly.FromDateTime(agreement.CreatedAtUtc))}, da aftalen blev skrevet, og i dag.");
        }

        if (input.Party is { } p && agreement.IsAcceptedBy(p))
        {
            errors.Add(nameof(Input.Party), $"{char.ToUpperInvariant(AgreementNames.Danish(p)[0])}{AgreementNames.Danish(p)[1..]} har allerede accepteret denne version.");
        }

        if (!await db.Agreements.AllAsync(a => a.PlacementId != agreement.PlacementId || a.Number <= agreement.Number, ct))
        {
            errors.Add(nameof(Input.Party), "Der findes en nyere version af aftalen; accept registreres på den nyeste.");
        }
    }

    private static void MarkAccepted(WorkAgreement agreement, AgreementParty party, DateTime now, string? name)
    {
        switch (party)
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
