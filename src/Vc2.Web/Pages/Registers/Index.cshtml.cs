using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Vc2.Money.Registers;
using Vc2.Web.Auth;

namespace Vc2.Web.Pages.Registers;

/// <summary>The agency uploads register files here; the import runs in the background and its page shows the progress.</summary>
[Authorize(Policy = Policies.Agency)]
[RequestSizeLimit(2L * 1024 * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 2L * 1024 * 1024 * 1024)]
public sealed class IndexModel(ImportLog log, QueueImport queue) : ResultPage
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
        ImportStatus.Queued => "Venter på at blive indlæst",
        ImportStatus.Running => $"I gang ({run.Progress} %)",
        ImportStatus.Completed => "Indlæst",
        ImportStatus.Unchanged => "Allerede indlæst – intet ændret",
        ImportStatus.AwaitingConfirmation => "Venter på styrelsens bekræftelse – tæller ikke endnu",
        _ => "Ikke indlæst – tidligere data gælder",
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
            return await ShowAsync(ct);
        }

        // The upload is kept in the database first, so that the request can end while an instance imports it.
        await using var file = Input.File!.OpenReadStream();
        return await RunAsync(() => queue.RunAsync(Input.Kind, file, Input.File.FileName, ct), runId => Redirect($"/registre/{runId}"))
               ?? await ShowAsync(ct);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        Runs = await log.RunAsync(ct: ct);
        return Page();
    }
}
