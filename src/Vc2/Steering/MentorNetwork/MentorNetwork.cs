using Vc2.Platform.Data;

namespace Vc2.Steering.MentorNetwork;

/// <summary>A course for company mentors (holdepunkt 7); a mentor who took part in one is trained.</summary>
public sealed class MentorCourse : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid JobCentreId { get; set; }

    public DateOnly Date { get; set; }

    public required string Content { get; set; }

    public List<CourseParticipant> Participants { get; set; } = [];

    public DateTime CreatedAtUtc { get; set; }
}

public sealed class CourseParticipant
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid CourseId { get; set; }

    public Guid MentorId { get; set; }
}

/// <summary>A network meeting for the job centre's company mentors (holdepunkt 7: at least one per quarter).</summary>
public sealed class NetworkMeeting : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid JobCentreId { get; set; }

    public DateOnly Date { get; set; }

    public required string Topic { get; set; }

    public List<MeetingAttendee> Attendees { get; set; } = [];

    public DateTime CreatedAtUtc { get; set; }
}

public sealed class MeetingAttendee
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid MeetingId { get; set; }

    public Guid MentorId { get; set; }
}

/// <summary>A mentor course or a network meeting, for an answer to its invitation.</summary>
public enum MentorEventKind
{
    Course = 1,
    Meeting = 2,
}

/// <summary>A mentor's answer to the invitation to a course or network meeting (ADR 0023): comes or cannot come. The
/// project leader sees the answers on the mentor network page; who actually took part is still recorded afterwards.</summary>
public sealed class MentorEventAnswer : ITenantOwned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid JobCentreId { get; set; }

    public MentorEventKind Kind { get; set; }

    /// <summary>The <see cref="MentorCourse"/> or <see cref="NetworkMeeting"/>.</summary>
    public Guid EventId { get; set; }

    public Guid MentorId { get; set; }

    public bool Comes { get; set; }

    public DateTime AnsweredAtUtc { get; set; }
}
