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
            mentor = await CurrentMentorAsync(placement, today, ct);
            if (mentor is null)
            {
                return Result<Output>.Error(nameof(Input.Respondent), "Borgeren har ingen virksomhedsmentor i et igangværende eller netop afsluttet forløb.");
            }
        }

        var (to, name) = Recipient(citizen, mentor, input.Channel.Value);
        if (input.Channel != DeliveryChannel.None && string.IsNullOrWhiteSpace(to))
        {
            var who = mentor is null ? "Borgeren" : "Mentoren";
            return Result<Output>.Error(nameof(Input.Channel), input.Channel == DeliveryChannel.Email
                ? $"{who} har ingen e-mailadresse i VC2. Tilføj den, eller send linket som sms."
                : $"{who} har intet telefonnummer i VC2. Tilføj det, eller send linket på e-mail.");
        }

        var next = await NextDueAsync(citizenId, input.Respondent, today, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        await ExpireOpenRequestsAsync(citizenId, input.Respondent, now, ct);
        var token = LinkToken.New();
        var request = NewRequest(citizen, placement, mentor, input, next, today, now, token, to);
        db.MeasurementRequests.Add(request);

        if (input.Channel != DeliveryChannel.None)
        {
            await QueueLinkAsync(citizen, placement, request, to!.Trim(), name, token, ct);
        }

        AuditLog.Add(db, clock, AuditAction.Create, citizen.JobCentreId, citizenId,
            $"Anmodning om progressionsmåling til {RespondentNames.Danish(request.Respondent).ToLowerInvariant()} ({ChannelText(request.Channel)})");
        await db.SaveChangesAsync(ct);
        return new Output(request.Id, request.SentTo, request.ExpiresAtUtc);
    }

    /// <summary>The mentor now supporting the citizen's placement, if it runs or ended within the baseline days.</summary>
    private async Task<CaseWork.Companies.CompanyMentor?> CurrentMentorAsync(CaseWork.Placements.Placement? placement, DateOnly today, CancellationToken ct)
    {
        var assignment = placement is { ActualEnd: null } || placement?.ActualEnd >= today.AddDays(-options.BaselineDays)
            ? placement.Mentors.Where(m => m.From <= today).OrderByDescending(m => m.From).FirstOrDefault()
            : null;
        return assignment is null ? null : await db.Mentors.SingleOrDefaultAsync(m => m.Id == assignment.MentorId, ct);
    }

    /// <summary>Where the link goes on the chosen channel (empty when it is not sent) and whom the message greets.</summary>
    private static (string? To, string Name) Recipient(CaseWork.Citizens.Citizen citizen, CaseWork.Companies.CompanyMentor? mentor, DeliveryChannel channel)
    {
        var (email, phone, name) = mentor is null ? (citizen.Email, citizen.Phone, citizen.FirstName) : (mentor.Email, mentor.Phone, mentor.Name);
        var to = channel switch
        {
            DeliveryChannel.Email => email,
            DeliveryChannel.Sms => phone,
            _ => string.Empty,
        };
        return (to, name);
    }

    /// <summary>The schedule says which measurement is asked for and by when.</summary>
    private async Task<DueMeasurement?> NextDueAsync(Guid citizenId, Respondent? respondent, DateOnly today, CancellationToken ct)
    {
        var placements = await CitizenSchedules.PlacementsAsync(db.Placements, [citizenId], today, ct);
        var answers = await CitizenSchedules.AnswersAsync(db.Measurements, [citizenId], ct);
        return CitizenSchedules.For(citizenId, placements, answers, today, options)
            .Where(d => d.Respondent == respondent && d.Due.AnsweredOn is null).Select(d => d.Due).FirstOrDefault();
    }

    /// <summary>Only one link works at a time: the respondent's earlier open requests expire now.</summary>
    private async Task ExpireOpenRequestsAsync(Guid citizenId, Respondent? respondent, DateTime now, CancellationToken ct)
    {
        var open = await db.MeasurementRequests
            .Where(r => r.CitizenId == citizenId && r.Respondent == respondent && r.AnsweredAtUtc == null && r.ExpiresAtUtc > now).ToListAsync(ct);
        foreach (var earlier in open)
        {
            earlier.ExpiresAtUtc = now;
        }
    }

    private MeasurementRequest NewRequest(CaseWork.Citizens.Citizen citizen, CaseWork.Placements.Placement? placement, CaseWork.Companies.CompanyMentor? mentor, Input input,
        DueMeasurement? next, DateOnly today, DateTime now, string token, string? to)
    {
        return new MeasurementRequest
        {
            JobCentreId = citizen.JobCentreId,
            CitizenId = citizen.Id,
            PlacementId = placement?.Id,
            Respondent = input.Respondent!.Value,
            MentorId = mentor?.Id,
            Kind = next?.Kind ?? MeasurementKind.Interval,
            DueBy = next is { DueBy: var due } && due >= today ? due : today.AddDays(options.BaselineDays),
            TokenHash = LinkToken.Hash(token),
            ExpiresAtUtc = now.AddDays(options.LinkValidDays),
            Channel = input.Channel!.Value,
            SentTo = input.Channel == DeliveryChannel.None ? null : to!.Trim(),
            CreatedAtUtc = now,
            CreatedBy = db.CurrentUser.DisplayName,
        };
    }

    /// <summary>Queues the message with the personal link: sealed for the gateway, masked for staff.</summary>
    private async Task QueueLinkAsync(CaseWork.Citizens.Citizen citizen, CaseWork.Placements.Placement? placement, MeasurementRequest request, string to, string name, string token,
        CancellationToken ct)
    {
        var jobCentre = await db.JobCentres.Where(j => j.Id == citizen.JobCentreId).Select(j => j.Name).SingleAsync(ct);
        var company = placement is null ? null : await db.Companies.Where(c => c.Id == placement.CompanyId).Select(c => c.Name).SingleOrDefaultAsync(ct);
        var linkBase = options.PublicBaseUrl?.TrimEnd('/')
                       ?? throw new InvalidOperationException("Progress:PublicBaseUrl er ikke sat; VC2 kontrollerer det ved start.");
        var message = Message(request.Channel, request, to, name, citizen.FirstName, company, jobCentre, $"{linkBase}/svar/{token}", db.CurrentUser.DisplayName);
        message.SealedBody = seal.Seal(message.Body!);
        message.Body = message.Body!.Replace(token, MaskedToken, StringComparison.Ordinal);
        db.Outbox.Add(message);
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
            Recipient = request.Respondent == Respondent.Mentor ? OutboxRecipient.Mentor : OutboxRecipient.Citizen,
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
