using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Audit;
using Vc2.Platform.Common;
using Vc2.CaseWork.Citizens;
using Vc2.CaseWork.Companies;
using Vc2.Platform.Data;

namespace Vc2.CaseWork.Placements;

/// <summary>
/// Starts a company placement on a contracted place with a mentor. When every place of the contract is taken on the start
/// date, the user is warned and must confirm; the placement is not refused, since the company may take one more.
/// </summary>
public sealed class StartPlacement(Vc2Db db, TimeProvider clock)
{
    /// <summary>What the form shows around its fields: whom it is for, and the companies of the citizen's job centre with
    /// their contracts that run on the start date or later (places taken on the start date, <paramref name="On"/>) and
    /// their mentors.</summary>
    public sealed record Form(Guid CitizenId, string CitizenName, IReadOnlyList<CompanyChoice> Companies, DateOnly On);

    public sealed record CompanyChoice(Guid Id, string Name, IReadOnlyList<ContractChoice> Contracts, IReadOnlyList<MentorChoice> Mentors);

    public sealed record MentorChoice(Guid Id, string Name);

    /// <param name="Occupied">Places taken on the form's start date (or the contract's first day, if later).</param>
    public sealed record ContractChoice(Guid Id, DateOnly From, DateOnly To, int Places, int Occupied)
    {
        public int Free => Math.Max(0, Places - Occupied);
    }

    // The citizen the command read: a refused POST shows the form from it (FormSubject).
    private Citizen? _citizen;

    /// <summary>The fields in the order of the form: the error summary lists its errors in this order.</summary>
    public sealed record Input : IValidatableObject
    {
        [Required(ErrorMessage = "Vælg virksomheden.")]
        public Guid? CompanyId { get; init; }

        [Required(ErrorMessage = "Skriv forløbets startdato.")]
        public DateOnly? Start { get; init; }

        public Guid? ContractId { get; init; }

        [Required(ErrorMessage = "Vælg borgerens mentor på virksomheden.")]
        public Guid? MentorId { get; init; }

        public DateOnly? PlannedEnd { get; init; }

        [Range(typeof(decimal), "0", "60", ErrorMessage = "Timer pr. uge skal være mellem 0 og 60.", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
        public decimal? WeeklyHoursNow { get; init; }

        [Range(typeof(decimal), "0", "60", ErrorMessage = "Timer pr. uge skal være mellem 0 og 60.", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
        public decimal? WeeklyHoursTarget { get; init; }

        [StringLength(1000, ErrorMessage = "Højst 1000 tegn.")]
        public string? FlexAttendance { get; init; }

        [StringLength(1000, ErrorMessage = "Højst 1000 tegn.")]
        public string? FlexHours { get; init; }

        [StringLength(1000, ErrorMessage = "Højst 1000 tegn.")]
        public string? FlexTasks { get; init; }

        /// <summary>The user has seen that the contract's places are all taken and starts the placement anyway.</summary>
        public bool ConfirmOverCapacity { get; init; }

        public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
        {
            if (Start is not null && PlannedEnd is not null && PlannedEnd < Start)
            {
                yield return new ValidationResult("Den planlagte slutdato må ikke ligge før startdatoen.", [nameof(PlannedEnd)]);
            }
        }
    }

    /// <param name="start">The start date chosen so far: contracts and their free places are as of that day (else today).</param>
    public async Task<Result<Form>> FormAsync(Guid citizenId, DateOnly? start = null, CancellationToken ct = default)
    {
        var citizen = _citizen ?? await FormSubject.ReadAsync(db, clock, citizenId, "Start forløb", ct);
        if (citizen is null)
        {
            return Result<Form>.Missing();
        }

        var on = start ?? Today.In(clock);
        var companies = await db.Companies.Where(c => c.JobCentreId == citizen.JobCentreId).OrderBy(c => c.Name).ToListAsync(ct);
        var contracts = await db.Contracts.Where(k => k.JobCentreId == citizen.JobCentreId && k.To >= on).ToListAsync(ct);
        var contractIds = contracts.Select(k => k.Id).ToList();
        var spans = (await db.Placements.Where(p => p.ContractId != null && contractIds.Contains(p.ContractId.Value))
            .Select(p => new { p.ContractId, p.Start, End = p.ActualEnd ?? p.PlannedEnd }).ToListAsync(ct))
            .ToLookup(s => s.ContractId!.Value, s => new Occupancy.Span(s.Start, s.End));
        var mentors = (await db.Mentors.Where(m => m.JobCentreId == citizen.JobCentreId).OrderBy(m => m.Name).ToListAsync(ct)).ToLookup(m => m.CompanyId);
        var byCompany = contracts.ToLookup(k => k.CompanyId);
        return new Form(citizen.Id, citizen.FullName, companies.Select(c => new CompanyChoice(
            c.Id,
            c.Name,
            byCompany[c.Id].OrderBy(k => k.From).Select(k => new ContractChoice(k.Id, k.From, k.To, k.Places, Occupancy.On(spans[k.Id], on > k.From ? on : k.From))).ToList(),
            mentors[c.Id].Select(m => new MentorChoice(m.Id, m.Name)).ToList())).ToList(), on);
    }

    public async Task<Result<Guid>> RunAsync(Guid citizenId, Input input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var citizen = _citizen = await db.Citizens.SingleOrDefaultAsync(c => c.Id == citizenId, ct);
        if (citizen is null)
        {
            return Result<Guid>.Missing();
        }

        var errors = Errors.For(input);
        if (input.Start is { } first && first < citizen.EnrolmentDate)
        {
            // R0: only days in the programme earn a grant, and the programme starts at enrolment.
            errors.Add(nameof(Input.Start), $"Forløbet kan ikke begynde før borgerens indskrivning i projektet ({DanishDates.Text(citizen.EnrolmentDate)}).");
        }

        var company = input.CompanyId is { } companyId
            ? await db.Companies.SingleOrDefaultAsync(c => c.Id == companyId && c.JobCentreId == citizen.JobCentreId, ct)
            : null;
        if (input.CompanyId is not null && company is null)
        {
            errors.Add(nameof(Input.CompanyId), "Vælg en virksomhed, som borgerens jobcenter samarbejder med.");
        }

        var contract = company is null ? null : await CheckContractAsync(company, input, errors, ct);

        if (company is not null && input.MentorId is { } mentorId
            && !await db.Mentors.AnyAsync(m => m.Id == mentorId && m.CompanyId == company.Id, ct))
        {
            errors.Add(nameof(Input.MentorId), "Vælg en mentor fra den valgte virksomhed.");
        }

        if (errors.Any)
        {
            return errors.As<Guid>();
        }

        var placement = NewPlacement(citizen, company!.Id, contract, input);
        db.Placements.Add(placement);
        AuditLog.Add(db, clock, AuditAction.Create, citizen.JobCentreId, citizen.Id, $"Forløb startet hos {company.Name}");
        await db.SaveChangesAsync(ct);
        return placement.Id;
    }

    /// <summary>The chosen contract, if any, with what is wrong with it (or its places taken on the start date) added to
    /// <paramref name="errors"/>.</summary>
    private async Task<FrameworkContract?> CheckContractAsync(Company company, Input input, Errors errors, CancellationToken ct)
    {
        if (input.ContractId is not { } contractId)
        {
            return null;
        }

        var contract = await db.Contracts.SingleOrDefaultAsync(k => k.Id == contractId && k.CompanyId == company.Id, ct);
        if (contract is null)
        {
            errors.Add(nameof(Input.ContractId), "Vælg en rammeaftale med den valgte virksomhed.");
        }
        else if (input.Start is { } start && (start < contract.From || start > contract.To))
        {
            errors.Add(nameof(Input.Start), $"Startdatoen skal ligge i rammeaftalens periode ({DanishDates.Text(contract.From)} – {DanishDates.Text(contract.To)}).");
        }
        else if (input.Start is { } day && !input.ConfirmOverCapacity)
        {
            var spans = await db.Placements.Where(p => p.ContractId == contract.Id)
                .Select(p => new Occupancy.Span(p.Start, p.ActualEnd ?? p.PlannedEnd)).ToListAsync(ct);
            var taken = Occupancy.On(spans, day);
            if (taken >= contract.Places)
            {
                errors.Add(nameof(Input.ConfirmOverCapacity),
                    $"Rammeaftalen har {contract.Places} pladser, og {taken} er besat på startdatoen. Sæt kryds, hvis virksomheden har sagt ja til en plads mere.");
            }
        }

        return contract;
    }

    private Placement NewPlacement(Citizen citizen, Guid companyId, FrameworkContract? contract, Input input)
    {
        return new Placement
        {
            JobCentreId = citizen.JobCentreId,
            CitizenId = citizen.Id,
            CompanyId = companyId,
            ContractId = contract?.Id,
            Start = input.Start!.Value,
            PlannedEnd = input.PlannedEnd,
            WeeklyHoursNow = input.WeeklyHoursNow,
            WeeklyHoursTarget = input.WeeklyHoursTarget,
            FlexAttendance = Validation.Clean(input.FlexAttendance),
            FlexHours = Validation.Clean(input.FlexHours),
            FlexTasks = Validation.Clean(input.FlexTasks),
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            Mentors = [new MentorAssignment { MentorId = input.MentorId!.Value, From = input.Start!.Value }],
        };
    }
}
