using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Audit;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Platform.JobCentres;

namespace Vc2.Steering.Programme;

/// <summary>
/// The agency creates a job centre with its first commitment, or edits its master data. The municipality number is what
/// staff's role claims name (<c>rolle:kommunenummer</c>), so it is unique and three digits. Every change is audited.
/// </summary>
public sealed class SaveJobCentre(Vc2Db db, TimeProvider clock)
{
    public record Details
    {
        [Required(ErrorMessage = "Skriv jobcentrets navn.")]
        [StringLength(200, ErrorMessage = "Navnet må højst have 200 tegn.")]
        public string? Name { get; init; }

        [Required(ErrorMessage = "Skriv kommunenummeret.")]
        [RegularExpression(@"^\d{3}$", ErrorMessage = "Kommunenummeret skal have tre cifre, fx 751.")]
        public string? MunicipalityNumber { get; init; }

        [StringLength(300, ErrorMessage = "Adressen må højst have 300 tegn.")]
        public string? Address { get; init; }

        [StringLength(200, ErrorMessage = "Navnet må højst have 200 tegn.")]
        public string? ContactName { get; init; }

        [StringLength(200, ErrorMessage = "E-mailadressen må højst have 200 tegn.")]
        [EmailAddress(ErrorMessage = "E-mailadressen er ikke gyldig.")]
        public string? ContactEmail { get; init; }

        [StringLength(40, ErrorMessage = "Telefonnummeret må højst have 40 tegn.")]
        [RegularExpression(@"^[0-9+ ()\-]*$", ErrorMessage = "Telefonnummeret må kun indeholde cifre, mellemrum, +, - og parenteser.")]
        public string? ContactPhone { get; init; }
    }

    /// <summary>A new job centre: its details and its first commitment.</summary>
    public sealed record NewInput : Details
    {
        private readonly CommitJobCentre.Input _commitment = new();

        /// <summary>A client's <c>"commitment": null</c> is an empty commitment (each missing value is then reported), not a crash.</summary>
        public CommitJobCentre.Input Commitment { get => _commitment; init => _commitment = value ?? new(); }
    }

    public sealed record EditInput : Details
    {
        public int Version { get; init; }
    }

    public async Task<Result<Guid>> CreateAsync(NewInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!ProgrammeAccess.MayChange(db.CurrentUser))
        {
            return Result<Guid>.Missing();
        }

        var errors = Errors.For(input);
        foreach (var (field, messages) in Validation.Validate(input.Commitment))
        {
            foreach (var message in messages)
            {
                errors.Add($"{nameof(NewInput.Commitment)}.{field}", message);
            }
        }

        await CheckUniqueAsync(errors, input.MunicipalityNumber, null, ct);
        if (errors.Any)
        {
            return errors.As<Guid>();
        }

        var centre = new JobCentre { Name = string.Empty, MunicipalityNumber = string.Empty };
        CopyTo(input, centre);
        db.JobCentres.Add(centre);
        CommitJobCentre.Add(db, clock, centre, 1, input.Commitment);
        AuditLog.Add(db, clock, AuditAction.Create, centre.Id, null, $"Jobcenter oprettet: {centre.Name} ({centre.MunicipalityNumber})");
        await db.SaveChangesAsync(ct);
        return centre.Id;
    }

    public async Task<Result<int>> RunAsync(Guid id, EditInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var centre = ProgrammeAccess.MayChange(db.CurrentUser) ? await db.JobCentres.SingleOrDefaultAsync(j => j.Id == id, ct) : null;
        if (centre is null)
        {
            return Result<int>.Missing();
        }

        var errors = Errors.For(input);
        await CheckUniqueAsync(errors, input.MunicipalityNumber, id, ct);
        if (errors.Any)
        {
            return errors.As<int>();
        }

        db.Entry(centre).Property(c => c.Version).OriginalValue = input.Version;
        var before = $"{centre.Name} ({centre.MunicipalityNumber})";
        CopyTo(input, centre);
        AuditLog.Add(db, clock, AuditAction.Update, centre.Id, null, $"Jobcentrets stamdata ændret: {before} → {centre.Name} ({centre.MunicipalityNumber})");
        return await db.TrySaveAsync(ct) ? centre.Version
            : new Result<int>.Conflict("En anden har ændret jobcentret imens. Intet er gemt; se de nye oplysninger og prøv igen.");
    }

    private async Task CheckUniqueAsync(Errors errors, string? number, Guid? self, CancellationToken ct)
    {
        if (number is not null && await db.JobCentres.AnyAsync(j => j.MunicipalityNumber == number && j.Id != self, ct))
        {
            errors.Add(nameof(Details.MunicipalityNumber), $"Der er allerede et jobcenter med kommunenummer {number}.");
        }
    }

    private static void CopyTo(Details input, JobCentre centre)
    {
        centre.Name = input.Name!.Trim();
        centre.MunicipalityNumber = input.MunicipalityNumber!.Trim();
        centre.Address = Validation.Clean(input.Address);
        centre.ContactName = Validation.Clean(input.ContactName);
        centre.ContactEmail = Validation.Clean(input.ContactEmail);
        centre.ContactPhone = Validation.Clean(input.ContactPhone);
    }
}
