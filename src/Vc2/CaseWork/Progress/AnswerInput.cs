using System.ComponentModel.DataAnnotations;
using Vc2.Platform.Common;

namespace Vc2.CaseWork.Progress;

/// <summary>One respondent's answers as typed: a score per dimension the respondent answers, and the hours per week.</summary>
public sealed record AnswerInput
{
    private readonly Dictionary<string, int?> _scores = [];

    /// <summary>The scores by dimension key; the form posts <c>Scores[key]</c>. A client's <c>"scores": null</c> is no
    /// scores (each is then reported missing), not a crash.</summary>
    public Dictionary<string, int?> Scores { get => _scores; init => _scores = value ?? []; }

    [Range(typeof(decimal), "0", "80", ErrorMessage = "Timer pr. uge skal være mellem 0 og 80.", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public decimal? HoursPerWeek { get; init; }

    /// <summary>The instrument version the questions were shown from. When the agency has published a newer one since,
    /// the answers are refused rather than saved under wording the respondent did not see. Without it, the current one.</summary>
    public int? InstrumentVersion { get; init; }

    /// <summary>Adds all the problems with the answers against the instrument, at once; the field names match the form
    /// (<paramref name="prefix"/> is where the answers sit in it).</summary>
    public void Check(Instrument instrument, Respondent respondent, Errors errors, string prefix = "")
    {
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(errors);
        foreach (var (field, messages) in Validation.Validate(this))
        {
            foreach (var message in messages)
            {
                errors.Add(prefix + field, message);
            }
        }

        if (InstrumentVersion is { } shown && shown != instrument.Version)
        {
            errors.Add(prefix + nameof(InstrumentVersion),
                $"Styrelsen har offentliggjort version {instrument.Version} af måleinstrumentet, mens du svarede. Læs spørgsmålene igen, og send svarene.");
            return;
        }

        var dimensions = instrument.For(respondent).ToList();
        foreach (var dimension in dimensions)
        {
            var score = Scores.GetValueOrDefault(dimension.Key);
            if (score is null)
            {
                errors.Add($"{prefix}Scores[{dimension.Key}]", $"Vælg et tal fra {instrument.ScaleMin} til {instrument.ScaleMax} for »{dimension.Name}«.");
            }
            else if (score < instrument.ScaleMin || score > instrument.ScaleMax)
            {
                errors.Add($"{prefix}Scores[{dimension.Key}]", $"»{dimension.Name}« skal være et tal fra {instrument.ScaleMin} til {instrument.ScaleMax}.");
            }
        }

        foreach (var key in Scores.Keys.Where(k => dimensions.All(d => d.Key != k)))
        {
            errors.Add($"{prefix}Scores[{key}]", "Spørgsmålet findes ikke i måleinstrumentet for denne respondent.");
        }

    }
}
