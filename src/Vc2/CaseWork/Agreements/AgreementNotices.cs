using Microsoft.EntityFrameworkCore;
using Vc2.CaseWork.Placements;
using Vc2.CaseWork.Progress;
using Vc2.Platform.Data;
using Vc2.Platform.Links;
using Vc2.Platform.Outbox;

namespace Vc2.CaseWork.Agreements;

/// <summary>
/// A new version of a work agreement asks its parties to read and accept it (ADR 0023): the citizen, the company mentor
/// now supporting the placement and the company's contact person each get a one-time personal link through the outbox,
/// in the transaction that saves the version. The messages name nobody but the recipient and the citizen by first name.
/// Parties without an e-mail address or a phone number get none; they accept logged in or on paper.
/// </summary>
internal static class AgreementNotices
{
    public static async Task<IReadOnlyList<string>> SendAsync(Vc2Db db, OutboxSeal seal, ProgressOptions options, TimeProvider clock, WorkAgreement agreement,
        Placement placement, CancellationToken ct)
    {
        var baseUrl = options.PublicBaseUrl ?? throw new InvalidOperationException("Progress:PublicBaseUrl er ikke sat; VC2 kontrollerer det ved start.");
        var validFor = TimeSpan.FromDays(options.LinkValidDays);
        var expiry = LinkExpiry.Text(clock.GetUtcNow().UtcDateTime + validFor);
        var citizen = await db.Citizens.Where(c => c.Id == placement.CitizenId).Select(c => new { c.FirstName, c.Email, c.Phone }).SingleAsync(ct);
        var company = await db.Companies.Where(c => c.Id == placement.CompanyId).Select(c => new { c.Id, c.Name, c.ContactName, c.ContactEmail, c.ContactPhone }).SingleAsync(ct);
        var jobCentre = await db.JobCentres.Where(j => j.Id == placement.JobCentreId).Select(j => j.Name).SingleAsync(ct);
        var today = Platform.Common.Today.In(clock);
        var mentorId = placement.Mentors.Where(m => m.From <= today && (m.To is null || m.To >= today)).MaxBy(m => m.From)?.MentorId;
        var mentor = mentorId is null ? null : await db.Mentors.Where(m => m.Id == mentorId).Select(m => new { m.Id, m.Name, m.Email, m.Phone }).SingleOrDefaultAsync(ct);
        var target = $"/aftale/{agreement.Id}";
        var sent = new List<string>();
        void Send(PartyKind party, Guid subjectId, Recipient recipient, string about, string purpose)
        {
            var email = $"Hej {recipient.FirstName}\n\n{jobCentre} har skrevet version {agreement.Number} af arbejdsaftalen for {about}. "
                        + $"Læs den, og acceptér den, hvis du er enig:\n\n{PartyLinks.LinkPlaceholder}\n\n"
                        + $"Linket er personligt og virker én gang, til og med {expiry}. Du kan også logge ind i VC2.\n\nVenlig hilsen\n{jobCentre}";
            var sms = $"Hej {recipient.FirstName}. {jobCentre} har skrevet en ny arbejdsaftale for {about}. Læs og acceptér: {PartyLinks.LinkPlaceholder} "
                      + $"(virker én gang, til og med {expiry})";
            if (PartyLinks.Send(db, seal, clock, baseUrl, validFor, party, subjectId, placement.JobCentreId, placement.CitizenId, target, recipient,
                    new LinkMessage("Arbejdsaftale til accept", email, sms, purpose)) is { } to)
            {
                sent.Add(to);
            }
        }

        Send(PartyKind.Citizen, placement.CitizenId, new Recipient(citizen.FirstName, citizen.Email, citizen.Phone), $"dit forløb hos {company.Name}",
            "Ny arbejdsaftale til accept, link til borgeren");
        if (mentor is not null)
        {
            Send(PartyKind.Mentor, mentor.Id, new Recipient(Recipient.FirstNameOf(mentor.Name), mentor.Email, mentor.Phone), $"{citizen.FirstName}s forløb hos jer",
                "Ny arbejdsaftale til accept, link til mentoren");
        }

        if (company.ContactName is { } contact)
        {
            Send(PartyKind.Company, company.Id, new Recipient(Recipient.FirstNameOf(contact), company.ContactEmail, company.ContactPhone),
                $"{citizen.FirstName}s forløb hos {company.Name}", "Ny arbejdsaftale til accept, link til virksomhedens kontaktperson");
        }

        return sent;
    }
}
