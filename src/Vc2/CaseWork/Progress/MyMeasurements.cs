using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Audit;
using Vc2.Platform.Common;
using Vc2.Platform.Data;

namespace Vc2.CaseWork.Progress;

/// <summary>
/// The mentor's and the citizen's own requests, answered logged in. The tables' filters show a citizen only requests
/// to themselves and a mentor only requests to their mentor record; the respondent is checked again here, so a
/// citizen can never answer what was asked of the mentor.
/// </summary>
public sealed class MyMeasurements(Vc2Db db, Instruments instruments, ProgressOptions options, TimeProvider clock)
{
    public sealed record Row(Guid RequestId, Respondent Respondent, string CitizenFirstName, MeasurementKind Kind, DateOnly DueBy, DateTime ExpiresAtUtc);

    /// <summary>The open requests to the logged-in user, soonest due first.</summary>
    public async Task<IReadOnlyList<Row>> RunAsync(CancellationToken ct = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var requests = await Mine().Where(r => r.AnsweredAtUtc == null && r.ExpiresAtUtc > now).OrderBy(r => r.DueBy).ToListAsync(ct);
        var names = await AnswerReads.NamesAsync(db, requests.Select(r => r.Id).ToList(), ct);
        AuditLog.AddForEach(db, clock, AuditAction.Read, requests.Select(r => (r.CitizenId, r.JobCentreId)), "Målinger til besvarelse");
        await db.SaveChangesAsync(ct);
        return requests.Select(r => new Row(r.Id, r.Respondent, names[r.Id].CitizenFirstName, r.Kind, r.DueBy, r.ExpiresAtUtc)).ToList();
    }

    public async Task<Result<AnswerForm>> OpenAsync(Guid requestId, CancellationToken ct = default)
    {
        var request = await Mine().SingleOrDefaultAsync(r => r.Id == requestId, ct);
        if (request is null)
        {
            return Result<AnswerForm>.Missing();
        }

        AuditLog.Add(db, clock, AuditAction.Read, request.JobCentreId, request.CitizenId, "Formular: besvarelse af måling");
        await db.SaveChangesAsync(ct);
        return await RequestRules.FormAsync(db, request, await instruments.CurrentAsync(ct), RequestRules.Refusal(request, request.Respondent, clock.GetUtcNow().UtcDateTime), ct);
    }

    public async Task<Result<Guid>> AnswerAsync(Guid requestId, AnswerInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var request = await Mine().SingleOrDefaultAsync(r => r.Id == requestId, ct);
        if (request is null)
        {
            return Result<Guid>.Missing();
        }

        // Mine() only finds requests whose respondent is the user, so the user answers as the request's respondent.
        return await RequestRules.AnswerAsync(db, request, request.Respondent, await instruments.CurrentAsync(ct), options, clock, input, AnswerChannel.LoggedIn,
            db.CurrentUser.DisplayName, ct);
    }

    /// <summary>Requests whose respondent is the logged-in user: to the citizen as the citizen, to the mentor as the mentor.</summary>
    private IQueryable<MeasurementRequest> Mine()
    {
        var user = db.CurrentUser;
        var citizenId = user.CitizenId;
        var mentorId = user.CompanyMentorId;
        return db.MeasurementRequests.Where(r =>
            (citizenId != null && r.Respondent == Respondent.Citizen && r.CitizenId == citizenId)
            || (mentorId != null && r.Respondent == Respondent.Mentor && r.MentorId == mentorId));
    }
}
