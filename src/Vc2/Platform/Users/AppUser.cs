using Vc2.Platform.Data;

namespace Vc2.Platform.Users;

/// <summary>A person who logs in: staff of a job centre, a company mentor, a citizen, the agency or an evaluator.</summary>
[FeedsNoFigures]
public sealed class AppUser : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The login name for demo login, or the identity provider's subject for OpenID Connect.</summary>
    public required string UserName { get; set; }

    public required string DisplayName { get; set; }

    public string? Email { get; set; }

    /// <summary>For a user in the citizen role: the citizen record that is theirs.</summary>
    public Guid? CitizenId { get; set; }

    /// <summary>For a user in the company mentor role: the mentor record that is theirs (matched by e-mail at login).</summary>
    public Guid? CompanyMentorId { get; set; }

    /// <summary>For a user in the company contact role: the company record that is theirs (matched by e-mail at login,
    /// or the company of a personal link).</summary>
    public Guid? CompanyId { get; set; }

    /// <summary>Demo users can be picked on the demo login page; they exist only in demo data.</summary>
    public bool IsDemo { get; set; }

    public List<RoleMembership> Memberships { get; set; } = [];

    /// <summary>Every login cookie carries the stamp it was issued with; a new stamp ends every session of the user at
    /// once (logout, a changed role).</summary>
    public Guid SessionStamp { get; set; } = Guid.NewGuid();

    /// <summary>The last login through the identity provider.</summary>
    public DateTime? LastLoginAtUtc { get; set; }

    public int Version { get; set; }
}

/// <summary>A role a user holds, in one job centre (or nationally, for the agency and evaluators).</summary>
[FeedsNoFigures]
public sealed class RoleMembership
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    public Guid UserId { get; set; }

    public Role Role { get; set; }

    /// <summary>Null for the national roles (<see cref="Role.Agency"/>, <see cref="Role.Evaluator"/>).</summary>
    public Guid? JobCentreId { get; set; }
}
