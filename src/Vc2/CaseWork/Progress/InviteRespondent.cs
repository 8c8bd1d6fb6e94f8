using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Audit;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Platform.Outbox;
using Vc2.Platform.Links;

namespace Vc2.CaseWork.Progress;

/// <summary>
/// Asks the citizen or the company mentor to answer the instrument: a request bound to the citizen, the respondent
/// and (for the mentor) the mentor now supporting the placement, with a personal link sent by e-mail or text through
/// the outbox — or not sent, to be answered logged in. A new request makes the respondent's earlier open one invalid,
/// so only one link works at a time. The link starts with the configured public address (never the request's Host
/// header), and only the gateway can read it: staff see the message with the link masked (ADR 0018).
/// </summary>
public sealed class InviteRespondent(Vc2Db db, ProgressOptions options, OutboxSeal seal, TimeProvider clock)
{
    /// <summary>What a masked link shows in place of the token.</summary>
    public const string MaskedToken = "[personligt link]";

    /// <param name="Respondent">The citizen or the mentor (the caseworker answers in VC2).</param>
    /// <param name="Channel">How the link is sent.</param>
    public sealed record Input(Respondent? Respondent, DeliveryChannel? Channel);

    public sealed record Output(Guid RequestId, string? SentTo, DateTime ExpiresAtUtc);

    public async Task<Result<Output>> RunAsync(Guid citizenId, Input input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var citizen = await db.Citizens.SingleOrDefaultAsync(c => c.Id == citizenId, ct);
        if (citizen is null)
        {
            return Result<Output>.Missing();
        }

        if (input.Respondent is not (Respondent.Citizen or Respondent.Mentor))
        {
            return Result<Output>.Error(nameof(Input.Respondent), "Vælg om borgeren eller mentoren skal svare.");
        }

        if (input.Channel is null)
        {
            return Result<Output>.Error(nameof(Input.Channel), "Vælg hvordan linket skal sendes.");
        }

        var today = Today.In(clock);
        var placement = await db.Placements.Include(p => p.Mentors)
            .Where(p => p.CitizenId == citizenId && p.Start <= today).OrderByDescending(p => p.Start).FirstOrDefaultAsync(ct);
        CaseWork.Companies.CompanyMentor? mentor = null;
        if (input.Respondent == Respondent.Mentor)
        {
            var assignment = placement is { ActualEnd: null } || placement?.ActualEnd >= today.AddDays(-options.BaselineDays)
                ? placement.Mentors.Where(m => m.From <= today).OrderByDescending(m => m.From).FirstOrDefault()
                : null;
            mentor = assignment is null ? null : await db.Mentors.SingleOrDefaultAsync(m => m.Id == assignment.MentorId, ct);
            if (mentor is null)
            {
                return Result<Output>.Error(nameof(Input.Respondent), "Borgeren har ingen virksomhedsmentor i et igangværende eller netop afsluttet forløb.");
            }
        }

        var (email, phone, name) = mentor is null ? (citizen.Email, citizen.Phone, citizen.FirstName) : (mentor.Email, mentor.Phone, mentor.Name);
        var to = input.Channel switch
        {
            DeliveryChannel.Email => email,
            DeliveryChannel.Sms => phone,
            _ => string.Empty,
        };
        if (input.Channel != DeliveryChannel.None && string.IsNullOrWhiteSpace(to))
        {
            var who = mentor is null ? "Borgeren" : "Mentoren";
            return Result<Output>.Error(nameof(Input.Channel), input.Channel == DeliveryChannel.Email
                ? $"{who} har ingen e-mailadresse i VC2. Tilføj den, eller send linket som sms."
                : $"{who} har intet telefonnummer i VC2. Tilføj det, eller send linket på e-mail.");
        }

        // The schedule says which measurement is asked for and by when.
        var placements = await CitizenSchedules.PlacementsAsync(db.Placements, [citizenId], today, ct);
        var answers = await CitizenSchedules.AnswersAsync(db.Measurements, [citizenId], ct);
        var next = CitizenSchedules.For(citizenId, placements, answers, today, options)
            .Where(d => d.Respondent == input.Respondent && d.Due.AnsweredOn is null).Select(d => d.Due).FirstOrDefault();

        var now = clock.GetUtcNow().UtcDateTime;
        var open = await db.MeasurementRequests
            .Where(r => r.CitizenId == citizenId && r.Respondent == input.Respondent && r.AnsweredAtUtc == null && r.ExpiresAtUtc > now).ToListAsync(ct);
        foreach (var earlier in open)
        {
            earlier.ExpiresAtUtc = now;
        }

        var token = LinkToken.New();
        var request = new MeasurementRequest
        {
            JobCentreId = citizen.JobCentreId,
            CitizenId = citizenId,
            PlacementId = placement?.Id,
            Respondent = input.Respondent.Value,
            MentorId = mentor?.Id,
            Kind = next?.Kind ?? MeasurementKind.Interval,
            DueBy = next is { DueBy: var due } && due >= today ? due : today.AddDays(options.BaselineDays),
            TokenHash = LinkToken.Hash(token),
            ExpiresAtUtc = now.AddDays(options.LinkValidDays),
            Channel = input.Channel.Value,
            SentTo = input.Channel == DeliveryChannel.None ? null : to!.Trim(),
            CreatedAtUtc = now,
            CreatedBy = db.CurrentUser.DisplayName,
        };
        db.MeasurementRequests.Add(request);

        if (input.Channel != DeliveryChannel.None)
        {
            var jobCentre = await db.JobCentres.Where(j => j.Id == citizen.JobCentreId).Select(j => j.Name).SingleAsync(ct);
            var company = placement is null ? null : await db.Companies.Where(c => c.Id == placement.CompanyId).Select(c => c.Name).SingleOrDefaultAsync(ct);
            var linkBase = options.PublicBaseUrl?.TrimEnd('/')
                           ?? throw new InvalidOperationException("Progress:PublicBaseUrl er ikke sat; VC2 kontrollerer det ved start.");
            var message = Message(input.Channel.Value, request, to!.Trim(), name, citizen.FirstName, company, jobCentre, $"{linkBase}/svar/{token}", db.CurrentUser.DisplayName);
            message.SealedBody = seal.Seal(message.Body!);
            message.Body = message.Body!.Replace(token, MaskedToken, StringComparison.Ordinal);
            db.Outbox.Add(message);
        }

        AuditLog.Add(db, clock, AuditAction.Create, citizen.JobCentreId, citizenId,
            $"Anmodning om progressionsmåling til {RespondentNames.Danish(request.Respondent).ToLowerInvariant()} ({ChannelText(request.Channel)})");
        await db.SaveChangesAsync(ct);
        return new Output(request.Id, request.SentTo, request.ExpiresAtUtc);
    }

    private static OutboxMessage Message(DeliveryChannel channel, MeasurementRequest request, string to, string name, string citizenFirstName,
        string? company, string jobCentre, string link, string sender)
    {
        var expires = LinkExpiry.Text(request.ExpiresAtUtc);
        var about = request.Respondent == Respondent.Mentor
            ? $"hvordan det går med {citizenFirstName}{(company is null ? "" : " hos " + company)}"
            : "hvordan det går med dit forløb";
        var body = channel == DeliveryChannel.Sms
            ? $"Hej {name}. {jobCentre} beder dig svare på nogle korte spørgsmål om {about}: {link} Linket virker én gang og til og med {expires}. Hilsen {sender}"
            : $"Hej {name}\n\n{jobCentre} beder dig svare på nogle korte spørgsmål om {about}. Det tager omkring fem minutter.\n\n"
              + $"Svar her: {link}\n\nLinket er personligt. Det virker én gang og til og med {expires}.\n\nVenlig hilsen\n{sender}\n{jobCentre}";
        return new OutboxMessage
        {
            JobCentreId = request.JobCentreId,
            CitizenId = request.CitizenId,
            Channel = channel == DeliveryChannel.Sms ? OutboxChannel.Sms : OutboxChannel.Email,
            To = to,
            Subject = channel == DeliveryChannel.Email ? "Progressionsmåling i Virksomhedscenter" : null,
            Body = body,
            Purpose = $"Progressionsmåling, link til {RespondentNames.Danish(request.Respondent).ToLowerInvariant()}",
            CreatedAtUtc = request.CreatedAtUtc,
        };
    }

    private static string ChannelText(DeliveryChannel channel) => channel switch
    {
        DeliveryChannel.Email => "link på e-mail",
        DeliveryChannel.Sms => "link på sms",
        _ => "besvares logget ind",
    };
}
