using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Common;
using Vc2.Platform.Data;

namespace Vc2.CaseWork.Companies;

/// <summary>Adds a company mentor: a person at the company who supports citizens placed there.</summary>
public sealed class AddMentor(Vc2Db db)
{
    public sealed record Input
    {
        [Required(ErrorMessage = "Skriv mentorens navn.")]
        [StringLength(200, ErrorMessage = "Navnet må højst have 200 tegn.")]
        public string? Name { get; init; }

        [StringLength(200, ErrorMessage = "Stillingen må højst have 200 tegn.")]
        public string? Title { get; init; }

        [StringLength(40)]
        [RegularExpression(@"^[0-9+ ()\-]*$", ErrorMessage = "Telefonnummeret må kun indeholde cifre, mellemrum, +, - og parenteser.")]
        public string? Phone { get; init; }

        [StringLength(200)]
        [EmailAddress(ErrorMessage = "E-mailadressen er ikke gyldig.")]
        public string? Email { get; init; }
    }

    public async Task<Result<Guid>> RunAsync(Guid companyId, Input input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var company = await db.Companies.SingleOrDefaultAsync(c => c.Id == companyId, ct);
        if (company is null)
        {
            return Result<Guid>.Missing();
        }

        var errors = Errors.For(input);
        if (string.IsNullOrWhiteSpace(input.Phone) && string.IsNullOrWhiteSpace(input.Email))
        {
            errors.Add(nameof(Input.Phone), "Skriv mindst ét af telefonnummer og e-mail, så mentoren kan kontaktes.");
        }

        if (errors.Any)
        {
            return errors.As<Guid>();
        }

        var mentor = new CompanyMentor
        {
            JobCentreId = company.JobCentreId,
            CompanyId = company.Id,
            Name = input.Name!.Trim(),
            Title = Validation.Clean(input.Title),
            Phone = Validation.Clean(input.Phone),
            Email = Validation.Clean(input.Email),
        };
        db.Mentors.Add(mentor);
        await db.SaveChangesAsync(ct);
        return mentor.Id;
    }
}
