using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Vc2.CaseWork.Progress;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Platform.Links;
using Vc2.Platform.Outbox;

namespace Vc2.CaseWork.Parties;

/// <summary>
/// A login link by e-mail for a company mentor or a company's contact person without MitID Erhverv (ADR 0028): every
/// mentor (<c>CompanyMentor.Email</c>) and every company contact (<c>Company.ContactEmail</c>) registered with the address,
/// in any job centre, gets a one-time personal link (<see cref="PartyLinks"/>) to their own page, valid for 15 minutes,
/// by e-mail only. Nobody is signed in: the caller runs it as the system in a scope of its own, and the address is the
/// only key. Whoever asks is told the same whether the address is known or not, and whether a link went or not (no
/// enumeration); at most <see cref="MaxPerAddress"/> links per record in <see cref="ValidFor"/>, counted in the database
/// so the limit holds across instances. An address that is not a plausible e-mail address is refused before anything is
/// read or written.
/// </summary>
public sealed class SendLoginLink(Vc2Db db, OutboxSeal seal, ProgressOptions options, TimeProvider clock)
{
    public static readonly TimeSpan ValidFor = TimeSpan.FromMinutes(15);

    /// <summary>Links per record (and so per address, whose records are sent to together) within <see cref="ValidFor"/>.</summary>
    public const int MaxPerAddress = 3;

    public const string MentorPurpose = "Login-link til virksomhedsmentor";
    public const string ContactPurpose = "Login-link til virksomhedens kontaktperson";

    /// <summary>One message for every way an address can be wrong: empty, too long, not an address, control characters.</summary>
    public const string InvalidText = "Skriv din e-mailadresse, fx navn@virksomhed.dk (højst 200 tegn).";

    public sealed record Input : IValidatableObject
    {
        public string? Email { get; init; }

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
        {
            if (EmailShape.Plausible(Email) is null)
            {
                yield return new ValidationResult(InvalidText, [nameof(Email)]);
            }
        }
    }

    private sealed record Addressee(PartyKind Party, Guid Id, Guid JobCentreId, string? Name, string Email);

    /// <returns>How many links were sent (none for an unknown address or one over the limit) — for tests and logs; the
    /// person asking is told the same either way.</returns>
    public async Task<Result<int>> RunAsync(Input input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (EmailShape.Plausible(input.Email) is not { } email)
        {
            return Result<int>.Error(nameof(Input.Email), InvalidText);
        }

        var lowered = email.ToLowerInvariant();
        var addressees = (await db.Mentors.Where(m => m.Email != null && m.Email.Trim().ToLower() == lowered)
                .Select(m => new Addressee(PartyKind.Mentor, m.Id, m.JobCentreId, m.Name, m.Email!)).ToListAsync(ct))
            .Concat(await db.Companies.Where(c => c.ContactEmail != null && c.ContactEmail.Trim().ToLower() == lowered)
                .Select(c => new Addressee(PartyKind.Company, c.Id, c.JobCentreId, c.ContactName, c.ContactEmail!)).ToListAsync(ct))
            .ToList();
        if (addressees.Count == 0 || await OverLimitAsync(addressees, ct))
        {
            return 0;
        }

        var baseUrl = options.PublicBaseUrl ?? throw new InvalidOperationException("Progress:PublicBaseUrl er ikke sat; VC2 kontrollerer det ved start.");
        var centreIds = addressees.Select(a => a.JobCentreId).Distinct().ToList();
        var centres = await db.JobCentres.Where(j => centreIds.Contains(j.Id)).ToDictionaryAsync(j => j.Id, j => j.Name, ct);
        foreach (var a in addressees)
        {
            var first = string.IsNullOrWhiteSpace(a.Name) ? null : Recipient.FirstNameOf(a.Name);
            var (target, purpose, role) = a.Party == PartyKind.Mentor
                ? ("/mentor", MentorPurpose, "virksomhedsmentor")
                : ("/virksomhed", ContactPurpose, "kontaktperson for din virksomhed");

            // E-mail only (no phone number is given): the link goes to the address that asked for it, nowhere else.
            PartyLinks.Send(db, seal, clock, baseUrl, ValidFor, a.Party, a.Id, a.JobCentreId, null, target, new Recipient(first ?? string.Empty, a.Email, null),
                Message(first, role, centres[a.JobCentreId], purpose));
        }

        await db.SaveChangesAsync(ct);
        return addressees.Count;
    }

    /// <summary>Whether any of the address's records has had <see cref="MaxPerAddress"/> login links within the last
    /// <see cref="ValidFor"/>.</summary>
    private async Task<bool> OverLimitAsync(List<Addressee> addressees, CancellationToken ct)
    {
        var since = clock.GetUtcNow().UtcDateTime - ValidFor;
        var ids = addressees.Select(a => a.Id).ToList();
        var centres = addressees.Select(a => a.JobCentreId).Distinct().ToList();
        var recent = await db.PartyLinks
            .Where(l => centres.Contains(l.JobCentreId) && ids.Contains(l.SubjectId) && l.CreatedAtUtc > since && (l.Purpose == MentorPurpose || l.Purpose == ContactPurpose))
            .Select(l => l.SubjectId).ToListAsync(ct);
        return recent.CountBy(id => id).Any(c => c.Value >= MaxPerAddress);
    }

    /// <summary>Plain Danish, naming no one but the recipient by first name, and the job centre that registered them.</summary>
    private static LinkMessage Message(string? firstName, string role, string jobCentre, string purpose)
    {
        var text = $"Hej{(firstName is null ? "" : " " + firstName)}\n\n"
                   + $"Her er dit link til at logge ind i VC2 som {role}. Du er registreret hos {jobCentre}.\n\n{PartyLinks.LinkPlaceholder}\n\n"
                   + "Linket virker i 15 minutter og kun én gang. Har du ikke bedt om et login-link, kan du se bort fra denne e-mail.\n\n"
                   + $"Venlig hilsen\n{jobCentre}";
        return new LinkMessage("Dit login-link til VC2", text, text, purpose);
    }
}
