using System.ComponentModel.DataAnnotations;
using Vc2.Platform.Common;
using Vc2.Platform.Users;

namespace Vc2.CaseWork.Citizens;

/// <summary>The fields a caseworker fills in when registering or editing a citizen.</summary>
public record CitizenDetails
{
    [Required(ErrorMessage = "Skriv borgerens fornavn.")]
    [StringLength(100, ErrorMessage = "Fornavnet må højst have 100 tegn.")]
    public string? FirstName { get; init; }

    [Required(ErrorMessage = "Skriv borgerens efternavn.")]
    [StringLength(100, ErrorMessage = "Efternavnet må højst have 100 tegn.")]
    public string? LastName { get; init; }

    [StringLength(40, ErrorMessage = "Telefonnummeret må højst have 40 tegn.")]
    [RegularExpression(@"^[0-9+ ()\-]*$", ErrorMessage = "Telefonnummeret må kun indeholde cifre, mellemrum, +, - og parenteser.")]
    public string? Phone { get; init; }

    [StringLength(200, ErrorMessage = "E-mailadressen må højst have 200 tegn.")]
    [EmailAddress(ErrorMessage = "E-mailadressen er ikke gyldig.")]
    public string? Email { get; init; }

    [StringLength(300, ErrorMessage = "Adressen må højst have 300 tegn.")]
    public string? Address { get; init; }

    [Required(ErrorMessage = "Vælg borgerens målgruppe.")]
    public TargetGroup? TargetGroup { get; init; }

    [Required(ErrorMessage = "Skriv datoen for indskrivning.")]
    public DateOnly? EnrolmentDate { get; init; }

    [Required(ErrorMessage = "Vælg borgerens koordinerende sagsbehandler.")]
    public Guid? CoordinatingCaseworkerId { get; init; }

    [StringLength(200, ErrorMessage = "Navnet må højst have 200 tegn.")]
    public string? PersonalMentorName { get; init; }

    [StringLength(200, ErrorMessage = "Kontaktoplysningerne må højst have 200 tegn.")]
    public string? PersonalMentorContact { get; init; }

    [StringLength(2000, ErrorMessage = "Jobmålet må højst have 2000 tegn.")]
    public string? LongTermJobGoal { get; init; }

    /// <summary>The checks that need the database and the clock, shared by registering and editing.</summary>
    internal async Task CheckAsync(Errors errors, Guid jobCentreId, StaffDirectory staff, TimeProvider clock, CancellationToken ct)
    {
        if (EnrolmentDate is { } enrolled && enrolled > Today.In(clock))
        {
            errors.Add(nameof(EnrolmentDate), "Indskrivningsdatoen kan ikke ligge i fremtiden.");
        }

        if (CoordinatingCaseworkerId is { } caseworker && !await staff.IsCaseworkerAsync(caseworker, jobCentreId, ct))
        {
            errors.Add(nameof(CoordinatingCaseworkerId), "Vælg en koordinerende sagsbehandler fra borgerens jobcenter.");
        }
    }

    internal void CopyTo(Citizen citizen)
    {
        citizen.FirstName = FirstName!.Trim();
        citizen.LastName = LastName!.Trim();
        citizen.Phone = Validation.Clean(Phone);
        citizen.Email = Validation.Clean(Email);
        citizen.Address = Validation.Clean(Address);
        citizen.TargetGroup = TargetGroup!.Value;
        citizen.EnrolmentDate = EnrolmentDate!.Value;
        citizen.CoordinatingCaseworkerId = CoordinatingCaseworkerId;
        citizen.PersonalMentorName = Validation.Clean(PersonalMentorName);
        citizen.PersonalMentorContact = Validation.Clean(PersonalMentorContact);
        citizen.LongTermJobGoal = Validation.Clean(LongTermJobGoal);
    }
}
