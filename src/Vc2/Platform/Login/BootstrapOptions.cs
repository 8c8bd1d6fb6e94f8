namespace Vc2.Platform.Login;

/// <summary>Section <c>Bootstrap</c>: the first agency administrators, by OpenID Connect subject or e-mail address
/// (<c>Bootstrap:AgencyAdmins</c>, comma-separated or a list). They get the agency role at login whatever their role
/// claims say, so that a new programme can be set up before the identity provider knows the agency role. In Production
/// VC2 refuses to start when the list is empty and no agency user exists (nobody could set the programme up).</summary>
public sealed class BootstrapOptions
{
    public IReadOnlyList<string> AgencyAdmins { get; init; } = [];

    public bool IsAgencyAdmin(string subject, string? email) =>
        AgencyAdmins.Any(a => string.Equals(a, subject, StringComparison.Ordinal)
                              || (email is not null && string.Equals(a, email.Trim(), StringComparison.OrdinalIgnoreCase)));
}
