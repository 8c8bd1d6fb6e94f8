namespace Vc2.Platform.Common;

/// <summary>Where a version of something the agency designs stands.</summary>
public enum DesignStatus
{
    /// <summary>Being written by the agency; nobody else uses it.</summary>
    Draft = 0,

    /// <summary>In use: the newest published version is what the job centres' new records use. Never changed again.</summary>
    Published = 1,
}
