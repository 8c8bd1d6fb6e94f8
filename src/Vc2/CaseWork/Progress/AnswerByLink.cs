using Vc2.Platform.Audit;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Platform.Links;
using Vc2.Platform.Users;

namespace Vc2.CaseWork.Progress;

/// <summary>
/// Answering through a personal link, without logging in: the token is the only key. It is looked up by its hash,
/// works until it expires, once, and only for the respondent it was made for (ADR 0011).
/// </summary>
public sealed class AnswerByLink(Vc2Db db, Instruments instruments, ProgressOptions options, TimeProvider clock)
{
    /// <summary>The form for a token; not found for a token that never existed (nothing tells a guesser more).</summary>
    public async Task<Result<AnswerForm>> OpenAsync(string token, CancellationToken ct = default)
    {
        var request = await FindAsync(token, ct);
        if (request is null)
        {
            return Result<AnswerForm>.Missing();
        }

        // Nobody is logged in: the holder of the link is named by the role it was made for.
        AuditLog.Add(db, clock, AuditAction.Read, request.JobCentreId, request.CitizenId, "Formular: besvarelse via personligt link",
            $"{RespondentNames.Danish(request.Respondent)} via personligt link");
        await db.SaveChangesAsync(ct);
        var refusal = RequestRules.Refusal(request, request.Respondent, clock.GetUtcNow().UtcDateTime);
        return await RequestRules.FormAsync(db, request, await instruments.CurrentAsync(ct), refusal, ct);
    }

    /// <param name="answeringAs">The respondent the form was shown to; an answer for anyone else is refused.</param>
    public async Task<Result<Guid>> RunAsync(string token, Respondent answeringAs, AnswerInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var request = await FindAsync(token, ct);
        if (request is null)
        {
            return Result<Guid>.Missing();
        }

        var names = (await AnswerReads.NamesAsync(db, [request.Id], ct))[request.Id];
        var by = request.Respondent == Respondent.Mentor && names.MentorName is { } mentor ? mentor : names.CitizenFullName;
        return await RequestRules.AnswerAsync(db, request, answeringAs, await instruments.CurrentAsync(ct), options, clock, input, AnswerChannel.Link, by + " (via link)", ct);
    }

    private async Task<MeasurementRequest?> FindAsync(string token, CancellationToken ct)
    {
        if (!LinkToken.LooksValid(token))
        {
            return null;
        }

        var request = await AnswerReads.RequestByTokenHashAsync(db, LinkToken.Hash(token), ct);
        if (request is null)
        {
            return null;
        }

        // From here the holder of the link reads as the respondent it was made for, through that party's filter.
        switch (request.Respondent)
        {
            case Respondent.Mentor when request.MentorId is { } mentorId:
                db.CurrentUser.HoldLinkOf(UserScope.Mentor, mentorId, request.JobCentreId);
                return request;
            case Respondent.Citizen:
                db.CurrentUser.HoldLinkOf(UserScope.Citizen, request.CitizenId, request.JobCentreId);
                return request;
            default:
                return null; // links are made for mentors and citizens only
        }
    }
}
