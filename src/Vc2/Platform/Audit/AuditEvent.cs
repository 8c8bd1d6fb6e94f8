using Vc2.Platform.Data;
namespace Vc2.Platform.Audit;

/// <summary>What happened to a citizen's data. Stored as text so that the log stays readable if the enum changes.</summary>
public static class AuditAction
{
    public const string Read = "read";
    public const string List = "list";
    public const string Search = "search";
    public const string RevealCpr = "reveal-cpr";
    public const string Create = "create";
    public const string Update = "update";
    public const string Export = "export";

    public static string Danish(string action) => action switch
    {
        Read => "Så oplysninger",
        List => "Så liste over borgere",
        Search => "Søgte efter borger",
        RevealCpr => "Så fuldt CPR-nummer",
        Create => "Oprettede",
        Update => "Ændrede",
        Export => "Eksporterede",
        _ => action,
    };
}

/// <summary>One entry of the append-only audit log: who did what with which citizen's data, when and from where.
/// The context refuses to update or delete these rows; on PostgreSQL a trigger refuses it too.</summary>
[FeedsNoFigures]
public sealed class AuditEvent
{
    public long Id { get; set; }

    public DateTime AtUtc { get; set; }

    public Guid? UserId { get; set; }

    public required string UserName { get; set; }

    public Guid? JobCentreId { get; set; }

    public Guid? CitizenId { get; set; }

    public required string Action { get; set; }

    /// <summary>The page or endpoint, as a route pattern with the method ("GET /borgere/{id}") — never a CPR number.</summary>
    public required string Source { get; set; }

    public string? Detail { get; set; }
}
