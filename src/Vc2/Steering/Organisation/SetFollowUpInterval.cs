using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Common;
using Vc2.Platform.Data;

namespace Vc2.Steering.Organisation;

/// <summary>
/// The project leader sets how often the job centre follows up on a placement ("Jobcentret fastlægger, hvor ofte",
/// holdepunkt 4). The work list, the placement page and holdepunkt 4 measure against it; empty means the configured
/// default.
/// </summary>
public sealed class SetFollowUpInterval(Vc2Db db)
{
    public const int Shortest = 7;
    public const int Longest = 91;

    public sealed record Input
    {
        [Range(Shortest, Longest, ErrorMessage = "Skriv et antal dage mellem 7 og 91 (1 til 13 uger), eller lad feltet stå tomt for standarden.")]
        public int? Days { get; init; }
    }

    public async Task<Result<int?>> RunAsync(Guid jobCentreId, Input input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var centre = db.CurrentUser.LeadsJobCentre(jobCentreId) ? await db.JobCentres.SingleOrDefaultAsync(j => j.Id == jobCentreId, ct) : null;
        if (centre is null)
        {
            return Result<int?>.Missing();
        }

        var errors = Errors.For(input);
        if (errors.Any)
        {
            return errors.As<int?>();
        }

        centre.FollowUpIntervalDays = input.Days;
        await db.SaveChangesAsync(ct);
        return input.Days;
    }
}
