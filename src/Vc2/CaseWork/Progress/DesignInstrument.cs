using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Platform.Users;

namespace Vc2.CaseWork.Progress;

/// <summary>
/// The agency edits the progress instrument (ADR 0024): one draft at a time, started from the newest published version,
/// with its dimensions, the wording per respondent, the scale's and each dimension's anchor texts and the hours question;
/// publishing makes it the version new measurements use. A dimension keeps its key across versions (the editor shows an
/// existing key but does not let it change), so figures compare; no stored answer is touched.
/// </summary>
public sealed partial class DesignInstrument(Vc2Db db, TimeProvider clock)
{
    public const int MaxDimensions = 20;

    public sealed record DimensionInput
    {
        /// <summary>The dimension's key: kept from the version before; for a new dimension, written once.</summary>
        public string? Key { get; init; }

        [StringLength(100, ErrorMessage = "Højst 100 tegn.")]
        public string? Name { get; init; }

        /// <summary>About the workplace: then the company mentor answers it too.</summary>
        public bool Workplace { get; init; }

        [StringLength(500, ErrorMessage = "Højst 500 tegn.")]
        public string? CitizenWording { get; init; }

        [StringLength(500, ErrorMessage = "Højst 500 tegn.")]
        public string? MentorWording { get; init; }

        [StringLength(500, ErrorMessage = "Højst 500 tegn.")]
        public string? CaseworkerWording { get; init; }

        [StringLength(100, ErrorMessage = "Højst 100 tegn.")]
        public string? LowAnchor { get; init; }

        [StringLength(100, ErrorMessage = "Højst 100 tegn.")]
        public string? HighAnchor { get; init; }

        /// <summary>Leave the dimension out of the new version (its answers in earlier versions stay).</summary>
        public bool Remove { get; init; }
    }

    public sealed record Input
    {
        [Required(ErrorMessage = "Skriv instrumentets navn.")]
        [StringLength(200, ErrorMessage = "Højst 200 tegn.")]
        public string? Name { get; init; }

        /// <summary>The scale's anchor texts for 1 to 10 (index 0 is 1); 1 and 10 are required.</summary>
        public List<string?>? ScaleAnchors { get; init; }

        public List<DimensionInput>? Dimensions { get; init; }

        [Required(ErrorMessage = "Skriv spørgsmålet om timer til borgeren.")]
        [StringLength(500, ErrorMessage = "Højst 500 tegn.")]
        public string? CitizenHours { get; init; }

        [Required(ErrorMessage = "Skriv spørgsmålet om timer til mentoren.")]
        [StringLength(500, ErrorMessage = "Højst 500 tegn.")]
        public string? MentorHours { get; init; }

        [Required(ErrorMessage = "Skriv spørgsmålet om timer til sagsbehandleren.")]
        [StringLength(500, ErrorMessage = "Højst 500 tegn.")]
        public string? CaseworkerHours { get; init; }

        [StringLength(2000, ErrorMessage = "Højst 2000 tegn.")]
        public string? ChangeNote { get; init; }

        public int Version { get; init; }
    }

    /// <summary>A version as the agency sees it in the list.</summary>
    public sealed record VersionView(int Number, DesignStatus Status, string? ChangeNote, DateTime CreatedAtUtc, string CreatedBy, DateTime? PublishedAtUtc,
        string? PublishedBy, Instrument Instrument, bool InUse);

    /// <summary>The draft to edit, as form input, with the keys of dimensions earlier versions had (which cannot change).</summary>
    public sealed record Draft(int Number, bool Saved, Input Input, IReadOnlySet<string> KnownKeys);

    public async Task<Result<IReadOnlyList<VersionView>>> ListAsync(CancellationToken ct = default)
    {
        if (!db.CurrentUser.HasRole(Role.Agency))
        {
            return Result<IReadOnlyList<VersionView>>.Missing();
        }

        var rows = await db.InstrumentVersions.AsNoTracking().OrderByDescending(v => v.Number).ToListAsync(ct);
        var newest = rows.Where(r => r.Status == DesignStatus.Published).Select(r => (int?)r.Number).FirstOrDefault();
        return rows.Select(r => new VersionView(r.Number, r.Status, r.ChangeNote, r.CreatedAtUtc, r.CreatedBy, r.PublishedAtUtc, r.PublishedBy,
            InstrumentLoader.Parse(r.Definition), r.Number == newest)).ToList();
    }

    public async Task<Result<Draft>> DraftAsync(CancellationToken ct = default)
    {
        if (!db.CurrentUser.HasRole(Role.Agency))
        {
            return Result<Draft>.Missing();
        }

        var known = await KnownKeysAsync(ct);
        var draft = await db.InstrumentVersions.AsNoTracking().SingleOrDefaultAsync(v => v.Status == DesignStatus.Draft, ct);
        if (draft is not null)
        {
            return new Draft(draft.Number, true, ToInput(InstrumentLoader.Parse(draft.Definition), draft.ChangeNote, draft.Version), known);
        }

        var (current, number) = await CurrentAndNextAsync(ct);
        return new Draft(number, false, ToInput(current, null, 0), known);
    }

    public async Task<Result<int>> SaveDraftAsync(Input input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!db.CurrentUser.HasRole(Role.Agency))
        {
            return Result<int>.Missing();
        }

        var errors = Errors.For(input);
        var dimensions = Check(input, errors);
        CheckScaleAnchors(input.ScaleAnchors ?? [], errors);

        if (errors.Any)
        {
            return errors.As<int>();
        }

        var row = await db.InstrumentVersions.SingleOrDefaultAsync(v => v.Status == DesignStatus.Draft, ct);
        if (row is not null && row.Version != input.Version)
        {
            return new Result<int>.Conflict("En anden har gemt kladden imens. Åbn kladden igen, og ret i den nyeste udgave.");
        }

        var (current, number) = row is null ? await CurrentAndNextAsync(ct) : (null, row.Number);
        var definition = Definition(current?.Id ?? await InstrumentIdAsync(ct), number, input, dimensions);
        if (!CheckParses(definition, errors))
        {
            return errors.As<int>();
        }

        if (row is null)
        {
            row = new InstrumentVersion { InstrumentId = current!.Id, Number = number, Definition = definition, CreatedBy = db.CurrentUser.DisplayName };
            db.InstrumentVersions.Add(row);
        }

        row.Definition = definition;
        row.ChangeNote = Validation.Clean(input.ChangeNote);
        row.CreatedAtUtc = clock.GetUtcNow().UtcDateTime;
        row.CreatedBy = db.CurrentUser.DisplayName;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return new Result<int>.Conflict("En anden har gemt en kladde imens. Åbn kladden igen, og ret i den nyeste udgave.");
        }

        return number;
    }

    private static void CheckScaleAnchors(List<string?> anchors, Errors errors)
    {
        if (anchors.Count > 10)
        {
            errors.Add(nameof(Input.ScaleAnchors), "Skalaen går fra 1 til 10.");
        }

        foreach (var (index, point) in new[] { (0, 1), (9, 10) })
        {
            if (string.IsNullOrWhiteSpace(anchors.ElementAtOrDefault(index)))
            {
                errors.Add($"{nameof(Input.ScaleAnchors)}[{index}]", $"Skriv skalaens ankertekst ved {point}.");
            }
        }

        if (anchors.Any(a => a is { Length: > 100 }))
        {
            errors.Add(nameof(Input.ScaleAnchors), "En ankertekst må højst have 100 tegn.");
        }
    }

    /// <summary>Whether the definition passes the same checks as every version in use; if not, why is added to
    /// <paramref name="errors"/>.</summary>
    private static bool CheckParses(string definition, Errors errors)
    {
        try
        {
            InstrumentLoader.Parse(definition);
            return true;
        }
        catch (InstrumentException ex)
        {
            foreach (var problem in ex.Problems)
            {
                errors.Add(string.Empty, "Instrumentet kan ikke bruges: " + problem);
            }

            return false;
        }
    }

    /// <summary>Publishes the draft: from now on new measurements use it; answers given on earlier versions keep theirs.</summary>
    /// <param name="seenVersion">The draft's <c>Version</c> the agency saw when it pressed publish: a draft changed since
    /// is not published unseen.</param>
    public Task<Result<int>> PublishAsync(int number, int? seenVersion = null, CancellationToken ct = default) =>
        DesignVersions.PublishAsync<InstrumentVersion>(db, clock, number, seenVersion, ct);

    /// <summary>The dimensions to keep, checked field by field with messages at the fields. A key an earlier version had
    /// is the same dimension; a new key is a new one (the form lets only a new dimension's key be written).</summary>
    private static List<DimensionInput> Check(Input input, Errors errors)
    {
        var rows = input.Dimensions ?? [];
        var kept = new List<DimensionInput>();
        for (var i = 0; i < rows.Count; i++)
        {
            var d = rows[i];
            if (d is null || d.Remove || IsEmpty(d))
            {
                continue;
            }

            var at = $"{nameof(Input.Dimensions)}[{i}].";
            foreach (var (field, messages) in Validation.Validate(d))
            {
                errors.Add(at + field, messages[0]);
            }

            var key = d.Key?.Trim() ?? "";
            if (!KeyPattern().IsMatch(key))
            {
                errors.Add(at + nameof(DimensionInput.Key), "Nøglen skal være 2–40 små bogstaver (a–z), tal eller bindestreg og begynde med et bogstav, fx »arbejdsglaede«.");
            }
            else if (kept.Any(k => k.Key == key))
            {
                errors.Add(at + nameof(DimensionInput.Key), $"Nøglen »{key}« bruges af to dimensioner.");
            }

            Require(d.Name, at + nameof(DimensionInput.Name), "Skriv dimensionens navn.", errors);
            Require(d.CitizenWording, at + nameof(DimensionInput.CitizenWording), "Skriv spørgsmålet til borgeren.", errors);
            Require(d.CaseworkerWording, at + nameof(DimensionInput.CaseworkerWording), "Skriv spørgsmålet til sagsbehandleren.", errors);
            if (d.Workplace)
            {
                Require(d.MentorWording, at + nameof(DimensionInput.MentorWording), "En dimension om arbejdspladsen besvares også af mentoren: skriv spørgsmålet til mentoren.", errors);
            }
            else if (!string.IsNullOrWhiteSpace(d.MentorWording))
            {
                errors.Add(at + nameof(DimensionInput.MentorWording), "Mentoren besvarer kun dimensioner om arbejdspladsen: markér dimensionen som en arbejdspladsdimension, eller slet spørgsmålet.");
            }

            Require(d.LowAnchor, at + nameof(DimensionInput.LowAnchor), "Skriv ankerteksten ved 1.", errors);
            Require(d.HighAnchor, at + nameof(DimensionInput.HighAnchor), "Skriv ankerteksten ved 10.", errors);
            kept.Add(d with { Key = key });
        }

        if (kept.Count == 0)
        {
            errors.Add(nameof(Input.Dimensions), "Instrumentet skal have mindst én dimension.");
        }
        else if (kept.Count > MaxDimensions)
        {
            errors.Add(nameof(Input.Dimensions), $"Højst {MaxDimensions} dimensioner.");
        }

        return kept;
    }

    private static bool IsEmpty(DimensionInput d) =>
        new[] { d.Key, d.Name, d.CitizenWording, d.MentorWording, d.CaseworkerWording, d.LowAnchor, d.HighAnchor }.All(string.IsNullOrWhiteSpace);

    private static void Require(string? value, string field, string message, Errors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, message);
        }
    }

    /// <summary>The definition in the instrument's JSON format, the same as the shipped file.</summary>
    private static string Definition(string id, int number, Input input, List<DimensionInput> dimensions)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("id", id);
            json.WriteNumber("version", number);
            json.WriteString("name", input.Name!.Trim());
            json.WriteStartObject("scale");
            json.WriteNumber("min", 1);
            json.WriteNumber("max", 10);
            json.WriteStartObject("anchors");
            var anchors = input.ScaleAnchors ?? [];
            for (var i = 0; i < Math.Min(10, anchors.Count); i++)
            {
                if (!string.IsNullOrWhiteSpace(anchors[i]))
                {
                    json.WriteString((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), anchors[i]!.Trim());
                }
            }

            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartArray("dimensions");
            foreach (var d in dimensions)
            {
                json.WriteStartObject();
                json.WriteString("key", d.Key);
                json.WriteString("name", d.Name!.Trim());
                json.WriteBoolean("workplace", d.Workplace);
                json.WriteStartObject("wording");
                json.WriteString("citizen", d.CitizenWording!.Trim());
                if (d.Workplace)
                {
                    json.WriteString("mentor", d.MentorWording!.Trim());
                }

                json.WriteString("caseworker", d.CaseworkerWording!.Trim());
                json.WriteEndObject();
                json.WriteStartObject("anchors");
                json.WriteString("1", d.LowAnchor!.Trim());
                json.WriteString("10", d.HighAnchor!.Trim());
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("hours");
            json.WriteString("citizen", input.CitizenHours!.Trim());
            json.WriteString("mentor", input.MentorHours!.Trim());
            json.WriteString("caseworker", input.CaseworkerHours!.Trim());
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static Input ToInput(Instrument instrument, string? changeNote, int version) => new()
    {
        Name = instrument.Name,
        ScaleAnchors = [.. Enumerable.Range(1, 10).Select(p => instrument.ScaleAnchors.GetValueOrDefault(p))],
        Dimensions =
        [
            .. instrument.Dimensions.Select(d => new DimensionInput
            {
                Key = d.Key, Name = d.Name, Workplace = d.Workplace, CitizenWording = d.Wording.GetValueOrDefault(Respondent.Citizen),
                MentorWording = d.Wording.GetValueOrDefault(Respondent.Mentor), CaseworkerWording = d.Wording.GetValueOrDefault(Respondent.Caseworker),
                LowAnchor = d.Anchors.GetValueOrDefault(instrument.ScaleMin), HighAnchor = d.Anchors.GetValueOrDefault(instrument.ScaleMax),
            }),
        ],
        CitizenHours = instrument.HoursQuestion.GetValueOrDefault(Respondent.Citizen),
        MentorHours = instrument.HoursQuestion.GetValueOrDefault(Respondent.Mentor),
        CaseworkerHours = instrument.HoursQuestion.GetValueOrDefault(Respondent.Caseworker),
        ChangeNote = changeNote,
        Version = version,
    };

    private async Task<(Instrument Current, int Next)> CurrentAndNextAsync(CancellationToken ct)
    {
        var current = await new Instruments(db).CurrentAsync(ct);
        var next = 1 + (await db.InstrumentVersions.MaxAsync(v => (int?)v.Number, ct) ?? 0);
        return (current, next);
    }

    private async Task<string> InstrumentIdAsync(CancellationToken ct) =>
        await db.InstrumentVersions.OrderBy(v => v.Number).Select(v => v.InstrumentId).FirstAsync(ct);

    /// <summary>The keys of every dimension any published version has had.</summary>
    private async Task<IReadOnlySet<string>> KnownKeysAsync(CancellationToken ct) =>
        (await db.InstrumentVersions.AsNoTracking().Where(v => v.Status == DesignStatus.Published).Select(v => v.Definition).ToListAsync(ct))
        .SelectMany(d => InstrumentLoader.Parse(d).Dimensions.Select(x => x.Key)).ToHashSet();

    [GeneratedRegex("^[a-z][a-z0-9-]{1,39}$")]
    private static partial Regex KeyPattern();
}
