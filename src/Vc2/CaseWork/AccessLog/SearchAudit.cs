using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Audit;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Platform.Users;

namespace Vc2.CaseWork.AccessLog;

/// <summary>The project leader's search in the audit log of their job centre(s).</summary>
public sealed class SearchAudit(Vc2Db db, TimeProvider clock)
{
    public const int PageSize = 100;

    public sealed record Input : IValidatableObject
    {
        [StringLength(200)]
        public string? UserName { get; init; }

        public string? Action { get; init; }

        public Guid? CitizenId { get; init; }

        public DateOnly? From { get; init; }

        public DateOnly? To { get; init; }

        public int Page { get; init; } = 1;

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
        {
            if (From is not null && To is not null && To < From)
            {
                yield return new ValidationResult("Til-datoen må ikke ligge før fra-datoen.", [nameof(To)]);
            }
        }
    }

    public sealed record Row(long Id, DateTime AtUtc, string UserName, string Action, Guid? CitizenId, string? CitizenName, string Source, string? Detail);

    public sealed record Output(IReadOnlyList<Row> Rows, int Total, int Page, int PageCount);

    public async Task<Result<Output>> RunAsync(Input input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = Validation.Validate(input);
        if (errors.Count > 0)
        {
            return new Result<Output>.Invalid(errors);
        }

        var ledJobCentres = db.CurrentUser.Memberships
            .Where(m => m.Role == Role.ProjectLeader && m.JobCentreId is not null)
            .Select(m => m.JobCentreId!.Value)
            .ToList();
        var query = db.AuditEvents.Where(a => a.JobCentreId != null && ledJobCentres.Contains(a.JobCentreId.Value));
        if (!string.IsNullOrWhiteSpace(input.UserName))
        {
            var name = input.UserName.Trim().ToLowerInvariant();
            query = query.Where(a => a.UserName.ToLower().Contains(name));
        }

        if (!string.IsNullOrWhiteSpace(input.Action))
        {
            query = query.Where(a => a.Action == input.Action);
        }

        if (input.CitizenId is { } citizenId)
        {
            query = query.Where(a => a.CitizenId == citizenId);
        }

        if (input.From is { } from)
        {
            var fromUtc = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(a => a.AtUtc >= fromUtc);
        }

        if (input.To is { } to)
        {
            var toUtc = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            query = query.Where(a => a.AtUtc < toUtc);
        }

        var total = await query.CountAsync(ct);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(input.Page, 1, pageCount);
        var rows = await (from a in query
                          join c in db.Citizens on a.CitizenId equals c.Id into cs
                          from c in cs.DefaultIfEmpty()
                          orderby a.AtUtc descending, a.Id descending
                          select new Row(a.Id, a.AtUtc, a.UserName, a.Action, a.CitizenId,
                              c == null ? null : c.FirstName + " " + c.LastName, a.Source, a.Detail))
            .Skip((page - 1) * PageSize).Take(PageSize)
            .ToListAsync(ct);
        // The page names the citizens whose events it shows: reading the log about a citizen is in that citizen's log.
        var shown = rows.Where(r => r.CitizenId is not null).Select(r => r.CitizenId!.Value).Distinct().ToList();
        var centres = await db.Citizens.Where(c => shown.Contains(c.Id)).Select(c => new { c.Id, c.JobCentreId }).ToListAsync(ct);
        AuditLog.AddForEach(db, clock, AuditAction.Read, centres.Select(c => (c.Id, c.JobCentreId)), "Adgangsloggen");
        await db.SaveChangesAsync(ct);
        return new Output(rows, total, page, pageCount);
    }
}
