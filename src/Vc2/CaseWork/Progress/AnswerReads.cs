using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Data;

namespace Vc2.CaseWork.Progress;

/// <summary>
/// The reads behind an answer to a measurement request, made once the caller has decided the answer may be given: a
/// caseworker by tenancy, a mentor or citizen by their own login or a personal link. The names are read through the
/// respondent's own filter; the token look-up and the answer history look past tenancy, each limited to the one request
/// or citizen that decision covers — two of the listed unnamed ways past tenancy (ADR 0002).
/// </summary>
internal static class AnswerReads
{
    public sealed record Names(string CitizenFirstName, string CitizenFullName, string? MentorName, string? CompanyName);

    /// <summary>The request a personal link's token hash belongs to. The token is the authorisation: whoever holds it may
    /// answer this one request, whatever job centre it is in.</summary>
    public static Task<MeasurementRequest?> RequestByTokenHashAsync(Vc2Db db, string tokenHash, CancellationToken ct) =>
        db.MeasurementRequests.IgnoreQueryFilters().SingleOrDefaultAsync(r => r.TokenHash == tokenHash, ct);

    /// <summary>Who the given requests are about and to (first name, name, mentor, company), in one query, through the
    /// respondent's filter (a mentor sees the citizens they mentor, a citizen themselves).</summary>
    public static async Task<Dictionary<Guid, Names>> NamesAsync(Vc2Db db, IReadOnlyCollection<Guid> requestIds, CancellationToken ct)
    {
        var rows = await (from r in db.MeasurementRequests
                          where requestIds.Contains(r.Id)
                          join c in db.Citizens on r.CitizenId equals c.Id
                          join m in db.Mentors on r.MentorId equals m.Id into ms
                          from m in ms.DefaultIfEmpty()
                          join p in db.Placements on r.PlacementId equals p.Id into ps
                          from p in ps.DefaultIfEmpty()
                          join k in db.Companies on p.CompanyId equals k.Id into ks
                          from k in ks.DefaultIfEmpty()
                          select new { r.Id, c.FirstName, c.LastName, Mentor = m == null ? null : m.Name, Company = k == null ? null : k.Name })
            .ToListAsync(ct);
        return rows.ToDictionary(x => x.Id, x => new Names(x.FirstName, $"{x.FirstName} {x.LastName}", x.Mentor, x.Company));
    }

    /// <summary>The days this respondent answered before, and the citizen's placements: what the kind of a new answer is
    /// read from. Every earlier answer counts, also those the respondent could not see (another mentor's), and every
    /// placement of the citizen: only their dates are read.</summary>
    public static async Task<(List<DateOnly> Earlier, List<(Guid Id, DateOnly Start, DateOnly? End)> Placements)> HistoryAsync(
        Vc2Db db, Guid citizenId, Respondent respondent, CancellationToken ct)
    {
        var earlier = await db.Measurements.IgnoreQueryFilters()
            .Where(m => m.CitizenId == citizenId && m.Respondent == respondent).Select(m => m.AnsweredOn).ToListAsync(ct);
        var placements = await db.Placements.IgnoreQueryFilters().Where(p => p.CitizenId == citizenId)
            .Select(p => new { p.Id, p.Start, p.ActualEnd }).ToListAsync(ct);
        return (earlier, placements.Select(p => (p.Id, p.Start, p.ActualEnd)).ToList());
    }
}
