using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using Vc2.Platform.Audit;
using Vc2.Platform.Common;
using Vc2.Platform.Data;

namespace Vc2.Money.Payments;

/// <summary>The project leader registers the auditor's approval of the project with the signed document (a PDF, kept
/// in the database as it was uploaded); the final payment rests on it. Several may be registered (a corrected one):
/// the newest counts, none is changed or deleted.</summary>
public sealed class RegisterAuditorApproval(Vc2Db db, TimeProvider clock)
{
    public sealed record Input
    {
        [Required(ErrorMessage = "Skriv revisors eller revisionsfirmaets navn.")]
        [StringLength(200, ErrorMessage = "Højst 200 tegn.")]
        public string? Auditor { get; init; }

        [Required(ErrorMessage = "Skriv datoen for revisors godkendelse.")]
        public DateOnly? ApprovedOn { get; init; }

        public Guid? JobCentreId { get; init; }
    }

    public async Task<Result<Guid>> RunAsync(Input input, Stream? document, string? fileName, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = Errors.For(input);
        var jobCentreId = RequestPayment.LedJobCentre(db.CurrentUser, input.JobCentreId);
        if (jobCentreId is null)
        {
            errors.Add(nameof(Input.JobCentreId), "Vælg det jobcenter, du er projektleder for.");
        }

        if (input.ApprovedOn is { } day && day > Today.In(clock))
        {
            errors.Add(nameof(Input.ApprovedOn), "Godkendelsens dato kan ikke ligge i fremtiden.");
        }

        var bytes = await ReadDocumentAsync(document, errors, ct);
        if (errors.Any)
        {
            return errors.As<Guid>();
        }

        var approval = new AuditorApproval
        {
            JobCentreId = jobCentreId!.Value, Auditor = input.Auditor!.Trim(), ApprovedOn = input.ApprovedOn!.Value,
            DocumentName = UploadedFileName.Clean(fileName, "revisorerklaering.pdf", 200), Document = bytes!,
            DocumentHash = Convert.ToHexString(SHA256.HashData(bytes!)), RegisteredBy = db.CurrentUser.DisplayName, RegisteredAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.AuditorApprovals.Add(approval);
        AuditLog.Add(db, clock, AuditAction.Create, approval.JobCentreId, null, $"Revisorgodkendelse registreret: {approval.Auditor}, {DanishDates.Text(approval.ApprovedOn)}");
        await db.SaveChangesAsync(ct);
        return approval.Id;
    }

    /// <summary>The uploaded document's bytes (read to just past the size limit), with a refusal unless it is a PDF within it.</summary>
    private static async Task<byte[]?> ReadDocumentAsync(Stream? document, Errors errors, CancellationToken ct)
    {
        byte[]? bytes = null;
        if (document is null)
        {
            errors.Add("Document", "Vælg revisorerklæringen (PDF).");
        }
        else
        {
            using var copy = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = await document.ReadAsync(buffer, ct)) > 0 && copy.Length <= AuditorApproval.MaxDocumentBytes)
            {
                copy.Write(buffer, 0, read);
            }

            bytes = copy.ToArray();
            if (bytes.Length == 0)
            {
                errors.Add("Document", "Filen er tom. Vælg revisorerklæringen (PDF).");
            }
            else if (bytes.Length > AuditorApproval.MaxDocumentBytes)
            {
                errors.Add("Document", "Filen er over 10 MB. Vælg revisorerklæringen som en mindre PDF.");
            }
            else if (!bytes.AsSpan().StartsWith("%PDF-"u8))
            {
                errors.Add("Document", "Filen er ikke en PDF. Vælg revisorerklæringen som PDF.");
            }
        }

        return bytes;
    }
}
