using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Common;
using Vc2.Platform.Data;

namespace Vc2.CaseWork.Progress;

/// <summary>
/// Answering through a personal link, without logging in: the token is the only key. It is looked up by its hash,
/// works until it expires, once, and only for the respondent it was made for (ADR 0011).
/// </summary>
public sealed class AnswerByLink(Vc2Db db, IReadOnlyList<Instrument> instruments, ProgressOptions options, TimeProvider clock)
{
    /// <summary>The form for a token; not found for a token that never existed (nothing tells a guesser more).</summary>
    public async Task<Result<AnswerForm>> OpenAsync(string token, CancellationToken ct = default)
    {
        var request = await FindAsync(token, ct);
        if (request is null)
        {
            return Result<AnswerForm>.Missing();
        }

        var refusal = RequestRules.Refusal(request, request.Respondent, clock.GetUtcNow().UtcDateTime);
        return await RequestRules.FormAsync(db, request, instruments[^1], refusal, ct);
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

        var by = request.Respondent == Respondent.Mentor && request.MentorId is { } mentorId
            ? await db.Mentors.IgnoreQueryFilters().Where(m => m.Id == mentorId).Select(m => m.Name).SingleAsync(ct)
            : await db.Citizens.IgnoreQueryFilters().Where(c => c.Id == request.CitizenId).Select(c => c.FirstName + " " + c.LastName).SingleAsync(ct);
        return await RequestRules.AnswerAsync(db, request, answeringAs, instruments[^1], options, clock, input, AnswerChannel.Link, by + " (via link)", ct);
    }

    private async Task<MeasurementRequest?> FindAsync(string token, CancellationToken ct)
    {
        if (!LinkToken.LooksValid(token))
        {
            return null;
        }

        var hash = LinkToken.Hash(token);

        // The token is the authorisation: whoever holds it may answer this one request, whatever job centre it is in.
        return await db.MeasurementRequests.IgnoreQueryFilters().SingleOrDefaultAsync(r => r.TokenHash == hash, ct);
    }
}
