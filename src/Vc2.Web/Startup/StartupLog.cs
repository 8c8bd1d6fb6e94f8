namespace Vc2.Web.Startup;

/// <summary>Log lines of the start.</summary>
public static partial class StartupLog
{
    [LoggerMessage(Level = LogLevel.Critical, Message = "VC2 starter ikke: {Reason}")]
    public static partial void Stopped(ILogger logger, string reason);
}
