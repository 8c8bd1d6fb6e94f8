using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Vc2.Platform.Users;

namespace Vc2.Web.Auth;

/// <summary>
/// The login cookie carries only the user id. Here, once per request, the user and their role memberships are read
/// from the database: the roles become role claims for authorization, and <see cref="CurrentUser"/> is filled for the
/// tenancy filters and the audit log. A user that no longer exists, or a cookie whose session stamp is no longer the
/// user's (they logged out, or their roles changed), is treated as logged out.
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

        var user = await findUser.ForRequestAsync(userId);
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

    /// <summary>Each request with a login cookie: the cookie's session stamp must still be the user's. A user who logged
    /// out (or whose roles changed) gets a new stamp, so every copy of an older cookie is rejected here and the cookie
    /// removed — the request is then anonymous and a page asks for a login.</summary>
    public static async Task ValidateSessionAsync(Microsoft.AspNetCore.Authentication.Cookies.CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var principal = context.Principal;
        var stamp = principal?.FindFirstValue(AuthSetup.SessionClaim);
        var valid = Guid.TryParse(principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var userId) && Guid.TryParse(stamp, out var parsed)
                    && (await context.HttpContext.RequestServices.GetRequiredService<FindUser>().ForRequestAsync(userId, context.HttpContext.RequestAborted))?.SessionStamp == parsed;
        if (!valid)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }

    /// <summary>The principal stored in the login cookie: the user id, display name and session stamp, nothing else.</summary>
    public static ClaimsPrincipal CookiePrincipal(Guid userId, string displayName, Guid sessionStamp, string authenticationType) =>
        new(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, userId.ToString()), new Claim(ClaimTypes.Name, displayName), new Claim(AuthSetup.SessionClaim, sessionStamp.ToString())],
            authenticationType));
}
