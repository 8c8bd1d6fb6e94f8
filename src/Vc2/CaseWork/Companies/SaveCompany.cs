using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Platform.Users;

namespace Vc2.CaseWork.Companies;

/// <summary>Creates a company (no id) or edits one, with its own contact person and the job centre's fixed contact.</summary>
public sealed class SaveCompany(Vc2Db db, StaffDirectory staff)
{
    public sealed record Input
    {
        [Required(ErrorMessage = "Skriv virksomhedens CVR-nummer.")]
        public string? Cvr { get; init; }

        [RegularExpression(@"^\d{10}$", ErrorMessage = "P-nummeret skal have 10 cifre.")]
        public string? PNumber { get; init; }

        [Required(ErrorMessage = "Skriv virksomhedens navn.")]
        [StringLength(200, ErrorMessage = "Navnet må højst have 200 tegn.")]
        public string? Name { get; init; }

        [StringLength(300, ErrorMessage = "Adressen må højst have 300 tegn.")]
        public string? Address { get; init; }

        [RegularExpression(@"^\d{4}$", ErrorMessage = "Postnummeret skal have 4 cifre.")]
        public string? PostalCode { get; init; }

        [StringLength(100, ErrorMessage = "Bynavnet må højst have 100 tegn.")]
        public string? City { get; init; }

        [StringLength(200, ErrorMessage = "Branchen må højst have 200 tegn.")]
        public string? Industry { get; init; }

        [StringLength(200, ErrorMessage = "Navnet må højst have 200 tegn.")]
        public string? ContactName { get; init; }

        [StringLength(40)]
        [RegularExpression(@"^[0-9+ ()\-]*$", ErrorMessage = "Telefonnummeret må kun indeholde cifre, mellemrum, +, - og parenteser.")]
        public string? ContactPhone { get; init; }

        [StringLength(200)]
        [EmailAddress(ErrorMessage = "E-mailadressen er ikke gyldig.")]
        public string? ContactEmail { get; init; }

        [StringLength(200, ErrorMessage = "Navnet må højst have 200 tegn.")]
        public string? FixedContactName { get; init; }

        [StringLength(40)]
        [RegularExpression(@"^[0-9+ ()\-]*$", ErrorMessage = "Telefonnummeret må kun indeholde cifre, mellemrum, +, - og parenteser.")]
        public string? FixedContactPhone { get; init; }

        [StringLength(200)]
        [EmailAddress(ErrorMessage = "E-mailadressen er ikke gyldig.")]
        public string? FixedContactEmail { get; init; }

        [StringLength(200, ErrorMessage = "Træffetiden må højst have 200 tegn.")]
        public string? FixedContactHours { get; init; }

        public Guid? JobCentreId { get; init; }

        public int Version { get; init; }
    }

    public async Task<Result<Guid>> RunAsync(Guid? id, Input input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        Company? company = null;
        if (id is not null)
        {
            company = await db.Companies.SingleOrDefaultAsync(c => c.Id == id, ct);
            if (company is null)
            {
                return Result<Guid>.Missing();
            }
        }

        var errors = Errors.For(input);
        if (input.Cvr is not null && !Cvr.TryParse(input.Cvr, out _, out var cvrError))
        {
            errors.Add(nameof(Input.Cvr), cvrError!);
        }

        var jobCentreId = company?.JobCentreId ?? staff.JobCentreFor(input.JobCentreId);
        if (jobCentreId is null)
        {
            errors.Add(nameof(Input.JobCentreId), "Vælg jobcentret, som samarbejder med virksomheden.");
        }
        else if (Cvr.TryParse(input.Cvr, out var cvr, out _)
                 && await db.Companies.AnyAsync(c => c.JobCentreId == jobCentreId && c.Cvr == cvr.Value && c.PNumber == input.PNumber && c.Id != id, ct))
        {
            errors.Add(nameof(Input.Cvr), "Virksomheden (samme CVR- og P-nummer) er allerede oprettet i jobcentret.");
        }

        if (errors.Any)
        {
            return errors.As<Guid>();
        }

        if (company is null)
        {
            company = new Company { JobCentreId = jobCentreId!.Value, Cvr = string.Empty, Name = string.Empty };
            db.Companies.Add(company);
        }
        else
        {
            db.Entry(company).Property(c => c.Version).OriginalValue = input.Version;
        }

        CopyInto(company, input);
        if (!await db.TrySaveAsync(ct))
        {
            return new Result<Guid>.Conflict("En anden har gemt ændringer til virksomheden, mens du redigerede. Dine ændringer er ikke gemt; se de nye oplysninger og prøv igen.");
        }

        return company.Id;
    }

    private static void CopyInto(Company company, Input input)
    {
        company.Cvr = new string(input.Cvr!.Where(char.IsAsciiDigit).ToArray());
        company.PNumber = Validation.Clean(input.PNumber);
        company.Name = input.Name!.Trim();
        company.Address = Validation.Clean(input.Address);
        company.PostalCode = Validation.Clean(input.PostalCode);
        company.City = Validation.Clean(input.City);
        company.Industry = Validation.Clean(input.Industry);
        company.ContactName = Validation.Clean(input.ContactName);
        company.ContactPhone = Validation.Clean(input.ContactPhone);
        company.ContactEmail = Validation.Clean(input.ContactEmail);
        company.FixedContactName = Validation.Clean(input.FixedContactName);
        company.FixedContactPhone = Validation.Clean(input.FixedContactPhone);
        company.FixedContactEmail = Validation.Clean(input.FixedContactEmail);
        company.FixedContactHours = Validation.Clean(input.FixedContactHours);
    }
}
