using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Rules.Model;

namespace Vc2.Money.Registers;

/// <summary>The agency adds a benefit code to the code table or changes what one maps to. A later import uses it; weeks
/// already imported keep their category until the file is imported again.</summary>
public sealed class SaveBenefitCode(Vc2Db db)
{
    public sealed record Input
    {
        [Required(ErrorMessage = "Skriv koden.")]
        [RegularExpression(@"^[0-9A-Za-z]{1,10}$", ErrorMessage = "Koden må kun have bogstaver og cifre, højst 10 tegn.")]
        public string? Code { get; init; }

        [Required(ErrorMessage = "Vælg kategorien, koden hører til.")]
        public BenefitCategory? Category { get; init; }

        [Required(ErrorMessage = "Skriv hvad koden dækker.")]
        [StringLength(200, ErrorMessage = "Højst 200 tegn.")]
        public string? Description { get; init; }
    }

    public async Task<Result<string>> RunAsync(Input input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = Errors.For(input);
        if (errors.Any)
        {
            return errors.As<string>();
        }

        var code = input.Code!.Trim();
        var existing = await db.BenefitCodes.SingleOrDefaultAsync(c => c.Code == code, ct);
        if (existing is null)
        {
            db.BenefitCodes.Add(new BenefitCode { Code = code, Category = input.Category!.Value, Description = input.Description!.Trim() });
        }
        else
        {
            existing.Category = input.Category!.Value;
            existing.Description = input.Description!.Trim();
        }

        await db.SaveChangesAsync(ct);
        return code;
    }

    public async Task<IReadOnlyList<BenefitCode>> ListAsync(CancellationToken ct = default) =>
        await db.BenefitCodes.AsNoTracking().OrderBy(c => c.Code).ToListAsync(ct);
}
