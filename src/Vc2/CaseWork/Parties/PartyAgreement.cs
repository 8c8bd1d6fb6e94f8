using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Vc2.CaseWork.Agreements;
using Vc2.Platform.Audit;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Platform.Users;

namespace Vc2.CaseWork.Parties;

/// <summary>
/// A work agreement as its parties read and accept it themselves (ADR 0023): the citizen for themselves, the company
/// through its mentor or its contact person. The agreement is "indgået mellem borger, virksomhed og jobcenter". Only the
/// agreements of placements the party sees in full (their filter, <see cref="Platform.Data.TenancyFilters"/>); only the newest
/// version can be accepted, and only as the text the party was shown: the form carries its hash, and a changed text is
/// refused. The acceptance records who, when, how (in VC2 or through a personal link) and the hash.
/// </summary>
public sealed class PartyAgreement(Vc2Db db, TimeProvider clock)
{
    public sealed record Output(Guid Id, int Number, bool IsLatest, string TextHash, string JobCentre, string CitizenName, string CompanyName, string? MentorName,
        DateOnly PlacementStart, DateOnly? PlannedEnd, string LongTermGoal, string PlacementGoal, string TasksAndHours, string MentorRole,
        IReadOnlyList<string> SubGoals, AgreementParty AcceptsAs, bool AcceptedByMe, IReadOnlyList<Acceptance> Acceptances,
        IReadOnlyList<(string Title, string Text)> Sections);

    public sealed record Acceptance(AgreementParty Party, string By, DateTime AtUtc, AcceptanceWay Way, DateOnly? SignedOn, string TextHash);

    public sealed record Input
    {
        /// <summary>The hash of the text the party was shown.</summary>
        [Required(ErrorMessage = "Aftalens kontrolsum mangler. Åbn aftalen igen.")]
        [StringLength(64, MinimumLength = 64, ErrorMessage = "Aftalens kontrolsum er ugyldig. Åbn aftalen igen.")]
        public string? TextHash { get; init; }

        [Range(typeof(bool), "true", "true", ErrorMessage = "Sæt kryds, når du har læst aftalen.")]
        public bool HasRead { get; init; }
    }

    public async Task<Result<Output>> ReadAsync(Guid agreementId, CancellationToken ct = default)
    {
        var (agreement, placement, party) = await FindAsync(agreementId, ct);
        if (agreement is null || placement is null)
        {
            return Result<Output>.Missing();
        }

        AuditLog.Add(db, clock, AuditAction.Read, agreement.JobCentreId, placement.CitizenId, $"Arbejdsaftale version {agreement.Number} (læst af {AgreementNames.Danish(party)})");
        await db.SaveChangesAsync(ct);
        return await ViewAsync(agreement, placement, party, ct);
    }

    public async Task<Result<Output>> AcceptAsync(Guid agreementId, Input input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (agreement, placement, party) = await FindAsync(agreementId, ct);
        if (agreement is null || placement is null)
        {
            return Result<Output>.Missing();
        }

        var errors = Errors.For(input);
        var hash = AgreementText.Hash(agreement);
        if (!errors.Any && !await IsLatestAsync(agreement, ct))
        {
            errors.Add(nameof(Input.TextHash), "Der er kommet en nyere version af aftalen. Læs den nye version, og acceptér den.");
        }
        else if (!errors.Any && !string.Equals(input.TextHash, hash, StringComparison.Ordinal))
        {
            errors.Add(nameof(Input.TextHash), "Aftalens tekst er ikke den, du fik vist. Læs aftalen igen, før du accepterer.");
        }

        if (errors.Any)
        {
            return errors.As<Output>();
        }

        if (agreement.IsAcceptedBy(party))
        {
            return await ViewAsync(agreement, placement, party, ct); // accepted before (a second click): nothing more to record
        }

        var user = db.CurrentUser;
        var now = clock.GetUtcNow().UtcDateTime;
        var by = user.DisplayName;
        if (party == AgreementParty.Citizen)
        {
            (agreement.AcceptedByCitizenAtUtc, agreement.AcceptedByCitizenBy) = (now, by);
        }
        else
        {
            (agreement.AcceptedByCompanyAtUtc, agreement.AcceptedByCompanyBy) = (now, by);
        }

        var acceptance = new AgreementAcceptance
        {
            JobCentreId = agreement.JobCentreId, AgreementId = agreement.Id, Party = party, AtUtc = now, By = by, ByUserId = user.UserId, TextHash = hash,
            Way = user.UserName.StartsWith(PartyUsers.LinkUserPrefix, StringComparison.Ordinal) ? AcceptanceWay.Link : AcceptanceWay.InVc2,
        };
        db.AgreementAcceptances.Add(acceptance);
        agreement.Acceptances.Add(acceptance);
        AuditLog.Add(db, clock, AuditAction.Update, agreement.JobCentreId, placement.CitizenId,
            $"Arbejdsaftale version {agreement.Number} accepteret af {AgreementNames.Danish(party)} selv ({AcceptanceWayNames.Danish(acceptance.Way)})");
        if (!await db.TrySaveAsync(ct))
        {
            return new Result<Output>.Conflict("Aftalen blev ændret, mens du læste den. Intet er gemt; åbn aftalen igen.");
        }

        return await ViewAsync(agreement, placement, party, ct);
    }

    /// <summary>The agreement, its placement and the party the user accepts as — or nothing, when the user may not see it.</summary>
    private async Task<(WorkAgreement? Agreement, CaseWork.Placements.Placement? Placement, AgreementParty Party)> FindAsync(Guid agreementId, CancellationToken ct)
    {
        if (PartyReads.AcceptsAs(db.CurrentUser) is not { } party)
        {
            return (null, null, default);
        }

        // The party's filter shows the agreements of the placements they see in full: the citizen's own, those the mentor
        // mentors now, those running at the contact's company now.
        var agreement = await AgreementAsync(agreementId, ct);
        if (agreement is null && db.CurrentUser.Scope == UserScope.Mentor && db.CurrentUser.ReadAsCompanyContact())
        {
            // A mentor who is also the company's contact accepts for the company the agreements the company sees too.
            agreement = await AgreementAsync(agreementId, ct);
        }

        var placement = agreement is null ? null
            : await db.Placements.AsNoTracking().Include(p => p.Mentors).SingleOrDefaultAsync(p => p.Id == agreement.PlacementId, ct);
        return placement is null ? (null, null, default) : (agreement, placement, party);
    }

    private Task<WorkAgreement?> AgreementAsync(Guid agreementId, CancellationToken ct) =>
        db.Agreements.Include(a => a.SubGoals).Include(a => a.Sections).Include(a => a.Acceptances).SingleOrDefaultAsync(a => a.Id == agreementId, ct);

    private Task<bool> IsLatestAsync(WorkAgreement agreement, CancellationToken ct) =>
        db.Agreements.AllAsync(a => a.PlacementId != agreement.PlacementId || a.Number <= agreement.Number, ct);

    private async Task<Output> ViewAsync(WorkAgreement agreement, CaseWork.Placements.Placement placement, AgreementParty party, CancellationToken ct)
    {
        var today = Today.In(clock);
        var citizen = await db.Citizens.Where(c => c.Id == placement.CitizenId).Select(c => new { c.FirstName, c.LastName }).SingleAsync(ct);
        var company = await db.Companies.Where(c => c.Id == placement.CompanyId).Select(c => c.Name).SingleAsync(ct);
        var jobCentre = await db.JobCentres.Where(j => j.Id == placement.JobCentreId).Select(j => j.Name).SingleAsync(ct);
        var mentorId = placement.Mentors.Where(m => m.From <= today && (m.To is null || m.To >= today)).MaxBy(m => m.From)?.MentorId
                       ?? placement.Mentors.MaxBy(m => m.From)?.MentorId;
        var mentor = mentorId is null ? null : await db.Mentors.Where(m => m.Id == mentorId).Select(m => m.Name).SingleOrDefaultAsync(ct);
        // The citizen sees their own name and the placement's mentor the full name; the company's contact the first name only.
        var citizenName = party == AgreementParty.Citizen || db.CurrentUser.Scope == UserScope.Mentor ? $"{citizen.FirstName} {citizen.LastName}" : citizen.FirstName;
        return new Output(agreement.Id, agreement.Number, await IsLatestAsync(agreement, ct), AgreementText.Hash(agreement), jobCentre, citizenName, company, mentor,
            placement.Start, placement.PlannedEnd, agreement.LongTermGoal, agreement.PlacementGoal, agreement.TasksAndHours, agreement.MentorRole,
            agreement.SubGoals.OrderBy(g => g.Order).Select(g => g.Text).ToList(), party, agreement.IsAcceptedBy(party),
            agreement.Acceptances.OrderBy(a => a.AtUtc).Select(a => new Acceptance(a.Party, a.By, a.AtUtc, a.Way, a.SignedOn, a.TextHash)).ToList(),
            agreement.Sections.OrderBy(s => s.Order).Select(s => (s.Title, s.Text)).ToList());
    }
}
