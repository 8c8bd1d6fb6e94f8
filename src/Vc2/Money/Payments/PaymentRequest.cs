using Vc2.Platform.Data;

namespace Vc2.Money.Payments;

/// <summary>The three payments of the programme (Økonomi, "Udbetaling af tilskud til jobcentrene").</summary>
public enum PaymentKind
{
    /// <summary>The fixed grant, requested at the project's start.</summary>
    FixedGrant = 1,

    /// <summary>An a-conto payment mid-way, on the activity and results so far.</summary>
    Aconto = 2,

    /// <summary>The final payment, once the grant is settled and the auditor has approved the project.</summary>
    Final = 3,
}

public enum PaymentStatus
{
    Submitted = 1,
    Approved = 2,
    Paid = 3,
    Rejected = 4,

    /// <summary>Taken back by the job centre before the agency decided.</summary>
    Withdrawn = 5,
}

/// <summary>A payment request from a job centre to the agency, with its states and who changed them.</summary>
public sealed class PaymentRequest : ITenantOwned, IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid JobCentreId { get; set; }

    public PaymentKind Kind { get; set; }

    public decimal Amount { get; set; }

    public PaymentStatus Status { get; set; }

    /// <summary>For the final payment: the auditor's approval of the project (revisorgodkendelse), as a reference.</summary>
    public string? AuditorApproval { get; set; }

    public string? Note { get; set; }

    /// <summary>For the final payment: the registered auditor's approval it rests on.</summary>
    public Guid? AuditorApprovalId { get; set; }

    /// <summary>What the job centre was entitled to when the agency approved (shown beside the amount).</summary>
    public decimal? EntitledAtApproval { get; set; }

    /// <summary>Why the agency approved more than the entitlement (audited); null when it did not.</summary>
    public string? OverrideReason { get; set; }

    public List<PaymentEvent> Events { get; set; } = [];

    public int Version { get; set; }
}

/// <summary>A change of a payment request's state: who, when, to what, and why.</summary>
public sealed class PaymentEvent
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid PaymentRequestId { get; set; }

    public PaymentStatus Status { get; set; }

    public DateTime AtUtc { get; set; }

    public required string By { get; set; }

    public string? Comment { get; set; }
}

public static class PaymentNames
{
    public static string Danish(PaymentKind kind) => kind switch
    {
        PaymentKind.FixedGrant => "Fast tilskud",
        PaymentKind.Aconto => "A conto",
        PaymentKind.Final => "Slutudbetaling",
        _ => "ukendt", // a value stored before undefined ones were refused must not break a page
    };

    public static string Danish(PaymentStatus status) => status switch
    {
        PaymentStatus.Submitted => "Anmodet",
        PaymentStatus.Approved => "Godkendt",
        PaymentStatus.Paid => "Udbetalt",
        PaymentStatus.Rejected => "Afvist",
        PaymentStatus.Withdrawn => "Trukket tilbage",
        _ => "ukendt", // a value stored before undefined ones were refused must not break a page
    };
}
