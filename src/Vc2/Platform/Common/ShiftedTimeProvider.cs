namespace Vc2.Platform.Common;

/// <summary>
/// The real clock moved to another day: the demo takes place mid-way through the 2014–2015 programme, so that every
/// rule and date in the demo data means something, while time of day still passes as usual (ADR 0008).
/// </summary>
public sealed class ShiftedTimeProvider(TimeProvider inner, DateOnly today) : TimeProvider
{
    private readonly TimeSpan _offset = today.ToDateTime(TimeOnly.MinValue) - inner.GetUtcNow().UtcDateTime.Date;

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow() + _offset;

    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

    public override long GetTimestamp() => inner.GetTimestamp();
}
