using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Common;
using Vc2.Platform.Data;

namespace Vc2.CaseWork.Companies;

/// <summary>Adds a framework contract (rammeaftale) with a company: places, period and the date it was signed.</summary>
public sealed class AddContract(Vc2Db db, TimeProvider clock)
{
    public sealed record Input : IValidatableObject
    {
        [Required(ErrorMessage = "Skriv antallet af pladser.")]
        [Range(1, 500, ErrorMessage = "Antallet af pladser skal være mellem 1 og 500.")]
        public int? Places { get; init; }

        [Required(ErrorMessage = "Skriv aftalens første dag.")]
        public DateOnly? From { get; init; }

        [Required(ErrorMessage = "Skriv aftalens sidste dag.")]
        public DateOnly? To { get; init; }

        [Required(ErrorMessage = "Skriv datoen, aftalen blev underskrevet.")]
        public DateOnly? SignedOn { get; init; }

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
        {
            if (From is not null && To is not null && To < From)
            {
                yield return new ValidationResult("Aftalens sidste dag må ikke ligge før den første.", [nameof(To)]);
            }
        }
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
        if (input.SignedOn is { } signed && signed > Today.In(clock))
        {
            errors.Add(nameof(Input.SignedOn), "Underskriftsdatoen kan ikke ligge i fremtiden.");
        }

        if (errors.Any)
        {
            return errors.As<Guid>();
        }

        var contract = new FrameworkContract
        {
            JobCentreId = company.JobCentreId,
            CompanyId = company.Id,
            Places = input.Places!.Value,
            From = input.From!.Value,
            To = input.To!.Value,
            SignedOn = input.SignedOn!.Value,
        };
        db.Contracts.Add(contract);
        await db.SaveChangesAsync(ct);
        return contract.Id;
    }
}
