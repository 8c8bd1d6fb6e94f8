namespace Vc2.Platform.Data;

/// <summary>An editable record. <see cref="Version"/> is the optimistic concurrency token: the context raises it on
/// every save, and a save whose original version is no longer the stored one fails instead of overwriting.</summary>
public interface IVersioned
{
    int Version { get; set; }
}
