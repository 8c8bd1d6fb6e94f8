using System.Text.Json;
using System.Text.Json.Serialization;
using Vc2.Rules.Engine;
using Vc2.Rules.Model;

namespace Vc2.Rules.Json;

/// <summary>
/// Reads the scenario contract of tilskud.md (also a grant-case file, whose <c>scenario</c> is used) and writes statements.
/// Reading streams: a national scenario of millions of register rows is read once into compact structs. Problems are
/// reported with their JSON path, all of them where possible.
/// </summary>
public static class ScenarioJson
{
    public static readonly JsonSerializerOptions Options = CreateOptions();

    public static async Task<Scenario> ReadAsync(Stream json, CancellationToken ct = default)
    {
        ScenarioDto? dto;
        try
        {
            dto = await JsonSerializer.DeserializeAsync<ScenarioDto>(json, Options, ct);
        }
        catch (JsonException ex)
        {
            throw new InvalidScenarioException([Describe(ex)]);
        }

        if (dto?.Scenario is not null)
        {
            dto = dto.Scenario;
        }

        var problems = new List<string>();
        var scenario = Map(dto, problems);
        problems.AddRange(problems.Count == 0 ? ScenarioValidator.Validate(scenario!) : []);
        return problems.Count > 0 ? throw new InvalidScenarioException(problems) : scenario!;
    }

    public static Task WriteAsync(Stream output, Statement statement, CancellationToken ct = default) =>
        JsonSerializer.SerializeAsync(output, statement, Options, ct);

    public static Task WriteAsync(Stream output, Scenario scenario, CancellationToken ct = default) =>
        JsonSerializer.SerializeAsync(output, scenario, Options, ct);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            AllowTrailingCommas = true,
            ReadCommentHandling = JsonCommentHandling.Skip,
            WriteIndented = false,
            // The statement is data, not HTML: Danish letters and the explanation's symbols are written as they are.
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new IsoWeekJsonConverter());
        options.Converters.Add(new DateOnlyJsonConverter());
        options.Converters.Add(new RegisterWeekJsonConverter());
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        return options;
    }

    private static string Describe(JsonException ex)
    {
        var line = ex.LineNumber is { } l ? $" (linje {l + 1})" : string.Empty;

        // The reader's own errors (broken syntax) come wrapped; a path means little there, the line does.
        if (ex.InnerException is JsonException syntax && syntax.GetType().Name == "JsonReaderException")
        {
            return $"$: ikke gyldig JSON (invalid JSON: {syntax.Message}){line}";
        }

        var path = (ex.Path ?? "$").TrimStart('$').TrimStart('.');
        var message = ex.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut >= 0)
        {
            message = message[..cut];
        }

        if (message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal))
        {
            message = "ugyldig værdi for feltet (invalid value)";
        }

        return $"{(path.Length == 0 ? "$" : path)}: {message}{line}";
    }

    private static Scenario? Map(ScenarioDto? dto, List<string> problems)
    {
        if (dto is null)
        {
            problems.Add("$: filen er tom (empty file)");
            return null;
        }

        if (dto.AsOf is null)
        {
            problems.Add("asOf: mangler (asOf is required)");
        }

        if (dto.JobCentres is null)
        {
            problems.Add("jobCentres: mangler (jobCentres is required)");
        }

        var centres = new List<JobCentreInput>();
        for (var j = 0; j < (dto.JobCentres?.Count ?? 0); j++)
        {
            var c = dto.JobCentres![j];
            var at = $"jobCentres[{j}]";
            if (c.ExpectedParticipants is null)
            {
                problems.Add($"{at}.expectedParticipants: mangler (expectedParticipants is required)");
            }

            var citizens = new List<CitizenInput>();
            for (var i = 0; i < (c.Citizens?.Count ?? 0); i++)
            {
                var citizen = c.Citizens![i];
                var placements = new List<Placement>();
                for (var p = 0; p < (citizen.Placements?.Count ?? 0); p++)
                {
                    var placement = citizen.Placements![p];
                    if (placement.Start is null)
                    {
                        problems.Add($"{at}.citizens[{i}].placements[{p}].start: mangler (start is required)");
                        continue;
                    }

                    placements.Add(new Placement(placement.Start.Value, placement.End));
                }

                citizens.Add(new CitizenInput(citizen.Id ?? string.Empty, placements, citizen.EducationStarts ?? [], citizen.RegisterWeeks ?? []));
            }

            centres.Add(new JobCentreInput(c.Id ?? string.Empty, c.Name, c.ExpectedParticipants ?? 0, c.AcontoPaid ?? 0, citizens));
        }

        return new Scenario(dto.AsOf ?? default, dto.RegisterCoveredThrough, centres);
    }

    private sealed class ScenarioDto
    {
        public DateOnly? AsOf { get; set; }

        public IsoWeek? RegisterCoveredThrough { get; set; }

        public List<JobCentreDto>? JobCentres { get; set; }

        /// <summary>A grant-case file wraps the scenario.</summary>
        public ScenarioDto? Scenario { get; set; }
    }

    private sealed class JobCentreDto
    {
        public string? Id { get; set; }

        public string? Name { get; set; }

        public int? ExpectedParticipants { get; set; }

        public decimal? AcontoPaid { get; set; }

        public List<CitizenDto>? Citizens { get; set; }
    }

    private sealed class CitizenDto
    {
        public string? Id { get; set; }

        public List<PlacementDto>? Placements { get; set; }

        public List<DateOnly>? EducationStarts { get; set; }

        public List<RegisterWeek>? RegisterWeeks { get; set; }
    }

    private sealed class PlacementDto
    {
        public DateOnly? Start { get; set; }

        public DateOnly? End { get; set; }
    }
}
