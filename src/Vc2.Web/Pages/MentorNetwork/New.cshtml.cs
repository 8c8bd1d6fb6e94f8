using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Vc2.Platform.Common;
using Vc2.Steering.MentorNetwork;
using Vc2.Platform.Users;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.MentorNetwork;

/// <summary>The project leader records a mentor course or a network meeting and ticks who took part.</summary>
[Authorize(Policy = Policies.ProjectLeader)]
public sealed class NewModel(RecordMentorActivity record, GetMentorNetwork get, CurrentUser user, TimeProvider clock) : ResultPage
{
    [FromQuery(Name = "type")]
    public string? Type { get; set; }

    [BindProperty]
    public RecordMentorActivity.Input Input { get; set; } = new();

    public IReadOnlyList<GetMentorNetwork.MentorRow> Mentors { get; private set; } = [];

    public bool IsCourse => Type != "moede";

    private Guid? JobCentreId => user.Memberships.FirstOrDefault(m => m.Role == Role.ProjectLeader)?.JobCentreId;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Input = new RecordMentorActivity.Input { Date = Today.In(clock) };
        return await LoadAsync(ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (JobCentreId is not { } id)
        {
            return NotFound();
        }

        if (await RunAsync(() => record.RunAsync(id, IsCourse ? RecordMentorActivity.Kind.Course : RecordMentorActivity.Kind.Meeting, Input, ct),
                _ => Redirect("/mentornetvaerk"), IsCourse ? "Kurset er registreret." : "Mødet er registreret.") is { } done)
        {
            return done;
        }

        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        if (JobCentreId is not { } id || await get.RunAsync(id, ct) is not Result<GetMentorNetwork.Output>.Ok ok)
        {
            return false;
        }

        Mentors = ok.Value.Mentors;
        return true;
    }
}
