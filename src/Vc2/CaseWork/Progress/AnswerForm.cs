using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Common;
using Vc2.Platform.Data;

namespace Vc2.CaseWork.Progress;

/// <summary>What the mentor's or the citizen's answer form shows: whom it is about (first name only, since a link can be
/// forwarded), the questions for the respondent, and — if the request cannot be answered — why not.</summary>
public sealed record AnswerForm(Guid RequestId, Respondent Respondent, string CitizenFirstName, string? CompanyName, string JobCentreName,
    Instrument Instrument, DateTime ExpiresAtUtc, string? Refusal)
{
    public IEnumerable<Dimension> Dimensions => Instrument.For(Respondent);
}

/// <summary>The rules every answer to a request obeys, logged in or through a link.</summary>
public static class RequestRules
{
    public const string Used = "Målingen er allerede besvaret. Et link kan kun bruges én gang.";
    public const string Expired = "Linket er udløbet. Bed din kontaktperson i jobcentret om et nyt.";
    public const string WrongRespondent = "Målingen skal besvares af en anden. Linket er sendt til den, der skal svare.";

    public static string? Refusal(MeasurementRequest request, Respondent answeringAs, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.AnsweredAtUtc is not null)
        {
            return Used;
        }

        if (request.ExpiresAtUtc <= nowUtc)
        {
            return Expired;
        }

        return request.Respondent != answeringAs ? WrongRespondent : null;
    }

    internal static async Task<AnswerForm> FormAsync(Vc2Db db, MeasurementRequest request, Instrument instrument, string? refusal, CancellationToken ct)
    {
        // The request was found by its token or the user's own filter; the names shown come from that request only.
        var names = (await AnswerReads.NamesAsync(db, [request.Id], ct))[request.Id];
        var jobCentre = await db.JobCentres.Where(j => j.Id == request.JobCentreId).Select(j => j.Name).SingleAsync(ct);
        return new AnswerForm(request.Id, request.Respondent, names.CitizenFirstName, names.CompanyName, jobCentre, instrument, request.ExpiresAtUtc, refusal);
    }

    /// <summary>Refuses an answer the request does not allow (<see cref="Refusal"/>); else saves the answer and marks the
    /// request used, in one transaction. The request's version is checked, so of two answers sent at the same moment
    /// only one is saved.</summary>
    internal static async Task<Result<Guid>> AnswerAsync(Vc2Db db, MeasurementRequest request, Respondent answeringAs, Instrument instrument, ProgressOptions options,
        TimeProvider clock, AnswerInput input, AnswerChannel channel, string by, CancellationToken ct)
    {
        if (Refusal(request, answeringAs, clock.GetUtcNow().UtcDateTime) is { } refusal)
        {
            return new Result<Guid>.Conflict(refusal);
        }

        var result = await MeasurementWriter.AddAsync(db, instrument, options, clock,
            new MeasurementWriter.NewAnswer(request.JobCentreId, request.CitizenId, request.Respondent, request.MentorId, request.PlacementId, Today.In(clock),
                input, channel, by, request.Id), new Errors(), "", ct);
        if (result is not Result<Measurement>.Ok ok)
        {
            return new Result<Guid>.Invalid(((Result<Measurement>.Invalid)result).Errors);
        }

        request.AnsweredAtUtc = clock.GetUtcNow().UtcDateTime;
        request.MeasurementId = ok.Value.Id;
        return await SaveVersioned.TrySaveAsync(db, ct) ? ok.Value.Id : new Result<Guid>.Conflict(Used);
    }
}
