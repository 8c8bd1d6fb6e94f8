using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Vc2.Money.Registers;
using Vc2.Platform.Users;
using Vc2.Web.Auth;
using Vc2.Web.Registers;

namespace Vc2.Web.Pages.Registers;

/// <summary>The agency uploads register files here; the import runs in the background and its page shows the progress.</summary>
[Authorize(Policy = Policies.Agency)]
[RequestSizeLimit(2L * 1024 * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 2L * 1024 * 1024 * 1024)]
public sealed class IndexModel(ImportLog log, RegisterUploads queue, CurrentUser user) : ResultPage
{
    public sealed class UploadInput
    {
        [Required(ErrorMessage = "Vælg hvilket register filen kommer fra.")]
        public ImportKind? Kind { get; set; }

        public IFormFile? File { get; set; }
    }

    [BindProperty]
    public UploadInput Input { get; set; } = new();

    public IReadOnlyList<ImportRun> Runs { get; private set; } = [];

    public IEnumerable<SelectListItem> Kinds { get; } =
    [
        new("Ydelsesregistret (DREAM-udtræk)", nameof(ImportKind.Benefits)),
        new("Indkomstregistret (timer)", nameof(ImportKind.Hours)),
    ];

    public static string StatusText(ImportRun run) => run.Status switch
    {
        ImportStatus.Running => $"I gang ({run.Progress} %)",
        ImportStatus.Completed => "Indlæst",
        ImportStatus.Unchanged => "Allerede indlæst – intet ændret",
        _ => "Afbrudt – tidligere data gælder",
    };

    public async Task OnGetAsync(CancellationToken ct) => Runs = await log.RunAsync(ct: ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Input.File is null || Input.File.Length == 0)
        {
            ModelState.AddModelError("Input.File", "Vælg en fil at indlæse.");
        }

        if (!ModelState.IsValid)
        {
            Runs = await log.RunAsync(ct: ct);
            return Page();
        }

        // The upload is saved first, so that the request can end while the import runs.
        var path = Path.Combine(Path.GetTempPath(), $"vc2-upload-{Guid.NewGuid():N}");
        await using (var target = System.IO.File.Create(path))
        {
            await Input.File!.CopyToAsync(target, ct);
        }

        var runId = Guid.CreateVersion7();
        await queue.EnqueueAsync(new RegisterImportJob(runId, Input.Kind!.Value, path, Path.GetFileName(Input.File.FileName), user.DisplayName), ct);
        return Redirect($"/registre/{runId}");
    }
}
