using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Vc2.Platform.Users;

namespace Vc2.Web.Auth;

/// <summary>
/// The login cookie carries only the user id. Here, once per request, the user and their role memberships are read
/// from the database: the roles become role claims for authorization, and <see cref="CurrentUser"/> is filled for the
/// tenancy filters and the audit log. A user that no longer exists is treated as logged out.
/// </summary>
public sealed class Vc2ClaimsTransformation(FindUser findUser, CurrentUser currentUser) : IClaimsTransformation
{
    public const string RoleClaimsIdentity = "vc2-roles";

    public async Task<ClaimsPrincipal> TransformAsync(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.Identities.Any(i => i.AuthenticationType == RoleClaimsIdentity))
        {
            return principal;
        }

        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (id is null || !Guid.TryParse(id, out var userId))
        {
            return principal;
        }

        var user = await findUser.ByIdAsync(userId);
        if (user is null)
        {
            return new ClaimsPrincipal(new ClaimsIdentity());
        }

        currentUser.SignIn(user);
        var roles = new ClaimsIdentity(
            user.Memberships.Select(m => new Claim(ClaimTypes.Role, RoleNames.ClaimValue(m.Role))).DistinctBy(c => c.Value),
            RoleClaimsIdentity);
        var result = principal.Clone();
        result.AddIdentity(roles);
        return result;
    }

    /// <summary>The principal stored in the login cookie: the user id and display name, nothing else.</summary>
    public static ClaimsPrincipal CookiePrincipal(Guid userId, string displayName, string authenticationType) =>
        new(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, userId.ToString()), new Claim(ClaimTypes.Name, displayName)],
            authenticationType));
}
