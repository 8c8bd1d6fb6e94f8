using Vc2.Platform.Users;

namespace Vc2.Steering.Programme;

/// <summary>The agency sets the programme up; nobody else changes it.</summary>
internal static class ProgrammeAccess
{
    public static bool MayChange(CurrentUser user) => user.IsSystem || user.HasRole(Role.Agency);
}
