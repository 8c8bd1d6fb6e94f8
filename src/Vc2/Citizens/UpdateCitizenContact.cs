using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Vc2.Audit;
using Vc2.Common;
using Vc2.Data;

namespace Vc2.Citizens;

/// <summary>Changes a citizen's contact details. The version the user edited must still be the stored one; otherwise
/// the save is refused as a conflict and nothing is written.</summary>
public sealed class UpdateCitizenContact(Vc2Db db, TimeProvider clock)
{
    public sealed record Input
    {
        [StringLength(40, ErrorMessage = "Telefonnummeret må højst have 40 tegn.")]
        [RegularExpression(@"^[0-9+ ()\-]*$", ErrorMessage = "Telefonnummeret må kun indeholde cifre, mellemrum, +, - og parenteser.")]
        [Display(Name = "Telefon")]
        public string? Phone { get; init; }

        [StringLength(200, ErrorMessage = "E-mailadressen må højst have 200 tegn.")]
        [EmailAddress(ErrorMessage = "E-mailadressen er ikke gyldig.")]
        [Display(Name = "E-mail")]
        public string? Email { get; init; }

        [StringLength(300, ErrorMessage = "Adressen må højst have 300 tegn.")]
        [Display(Name = "Adresse")]
        public string? Address { get; init; }

        [Required]
        public int Version { get; init; }
    }

    public sealed record Output(int Version);

    public async Task<Result<Output>> RunAsync(Guid id, Input input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = Validation.Validate(input);
        if (errors.Count > 0)
        {
            return new Result<Output>.Invalid(errors);
        }

        var citizen = await db.Citizens.SingleOrDefaultAsync(c => c.Id == id, ct);
        if (citizen is null)
        {
            return Result<Output>.Missing();
        }

        db.Entry(citizen).Property(c => c.Version).OriginalValue = input.Version;
        citizen.Phone = Validation.Clean(input.Phone);
        citizen.Email = Validation.Clean(input.Email);
        citizen.Address = Validation.Clean(input.Address);
        AuditLog.Add(db, clock, AuditAction.Update, citizen.JobCentreId, citizen.Id, "Kontaktoplysninger");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Nothing was written; forget the failed change so that later work in this request starts clean.
            db.ChangeTracker.Clear();
            return new Result<Output>.Conflict(
                "En anden har gemt ændringer til borgeren, mens du redigerede. Dine ændringer er ikke gemt; se de nye oplysninger og prøv igen.");
        }

        return new Output(citizen.Version);
    }
}
