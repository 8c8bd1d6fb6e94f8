using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Vc2.CaseWork.Companies;
using Vc2.Platform.JobCentres;

namespace Vc2.Steering.MentorNetwork;

internal sealed class MentorCourseConfiguration : IEntityTypeConfiguration<MentorCourse>
{
    public void Configure(EntityTypeBuilder<MentorCourse> e)
    {
        e.Property(x => x.Content).HasMaxLength(2000);
        e.HasOne<JobCentre>().WithMany().HasForeignKey(x => x.JobCentreId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(x => x.Participants).WithOne().HasForeignKey(x => x.CourseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CourseParticipantConfiguration : IEntityTypeConfiguration<CourseParticipant>
{
    public void Configure(EntityTypeBuilder<CourseParticipant> e)
    {
        e.HasOne<CompanyMentor>().WithMany().HasForeignKey(x => x.MentorId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.CourseId, x.MentorId }).IsUnique();
    }
}

internal sealed class NetworkMeetingConfiguration : IEntityTypeConfiguration<NetworkMeeting>
{
    public void Configure(EntityTypeBuilder<NetworkMeeting> e)
    {
        e.Property(x => x.Topic).HasMaxLength(2000);
        e.HasOne<JobCentre>().WithMany().HasForeignKey(x => x.JobCentreId).OnDelete(DeleteBehavior.Restrict);
        e.HasMany(x => x.Attendees).WithOne().HasForeignKey(x => x.MeetingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MeetingAttendeeConfiguration : IEntityTypeConfiguration<MeetingAttendee>
{
    public void Configure(EntityTypeBuilder<MeetingAttendee> e)
    {
        e.HasOne<CompanyMentor>().WithMany().HasForeignKey(x => x.MentorId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.MeetingId, x.MentorId }).IsUnique();
    }
}

internal sealed class MentorEventAnswerConfiguration : IEntityTypeConfiguration<MentorEventAnswer>
{
    public void Configure(EntityTypeBuilder<MentorEventAnswer> e)
    {
        e.HasIndex(x => new { x.JobCentreId, x.EventId });
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
        e.HasOne<CompanyMentor>().WithMany().HasForeignKey(x => x.MentorId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.EventId, x.MentorId }).IsUnique();
    }
}
