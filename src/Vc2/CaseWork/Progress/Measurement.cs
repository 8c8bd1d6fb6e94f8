using Vc2.Platform.Data;

namespace Vc2.CaseWork.Progress;

/// <summary>How an answer reached VC2.</summary>
public enum AnswerChannel
{
    /// <summary>The caseworker answered in VC2.</summary>
    Caseworker = 1,

    /// <summary>The mentor or the citizen answered logged in.</summary>
    LoggedIn = 2,

    /// <summary>The mentor or the citizen answered through a personal link.</summary>
    Link = 3,
}

/// <summary>
/// One respondent's answers to the progress instrument for one citizen on one day (holdepunkt 9). Answers keep the
/// instrument version they were given on, so a later version never changes what was answered. Not edited after it
/// is saved: a wrong measurement is followed by a new one.
/// </summary>
public sealed class Measurement : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid JobCentreId { get; set; }

    public Guid CitizenId { get; set; }

    /// <summary>The placement running when the answer was given, if any (the mentor's answers are always about one).</summary>
    public Guid? PlacementId { get; set; }

    public Respondent Respondent { get; set; }

    /// <summary>The company mentor who answered, for <see cref="Respondent.Mentor"/>.</summary>
    public Guid? MentorId { get; set; }

    public MeasurementKind Kind { get; set; }

    public DateOnly AnsweredOn { get; set; }

    public required string InstrumentId { get; set; }

    public int InstrumentVersion { get; set; }

    /// <summary>The hours actually worked per week, as the respondent sees it.</summary>
    public decimal? HoursPerWeek { get; set; }

    public AnswerChannel Channel { get; set; }

    /// <summary>The request this answers, when it came through a link or a logged-in request.</summary>
    public Guid? RequestId { get; set; }

    public required string AnsweredBy { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public List<MeasurementScore> Scores { get; set; } = [];
}

/// <summary>The score (1–10) one respondent gave on one dimension.</summary>
public sealed class MeasurementScore
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid MeasurementId { get; set; }

    public required string DimensionKey { get; set; }

    public int Score { get; set; }
}

/// <summary>How a request for a measurement was sent.</summary>
public enum DeliveryChannel
{
    /// <summary>Not sent: the respondent answers logged in (the request shows under "Mine målinger").</summary>
    None = 0,
    Email = 1,
    Sms = 2,
}

/// <summary>
/// A request to the mentor or the citizen to answer the instrument: bound to one citizen, one respondent (and for the
/// mentor, one mentor), answerable once, logged in or through a personal link. Only the link token's SHA-256 hash is
/// stored; the token itself exists only in the message sent (ADR 0011).
/// </summary>
public sealed class MeasurementRequest : ITenantOwned, IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid JobCentreId { get; set; }

    public Guid CitizenId { get; set; }

    public Guid? PlacementId { get; set; }

    public Respondent Respondent { get; set; }

    public Guid? MentorId { get; set; }

    public MeasurementKind Kind { get; set; }

    public DateOnly DueBy { get; set; }

    public string? TokenHash { get; set; }

    public DateTime ExpiresAtUtc { get; set; }

    public DeliveryChannel Channel { get; set; }

    /// <summary>The e-mail address or phone number the link was sent to.</summary>
    public string? SentTo { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime? AnsweredAtUtc { get; set; }

    public Guid? MeasurementId { get; set; }

    public int Version { get; set; }
}
