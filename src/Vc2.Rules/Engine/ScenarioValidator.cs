using Vc2.Rules.Model;

namespace Vc2.Rules.Engine;

/// <summary>Input the engine refuses, each problem with its JSON path (<c>jobCentres[0].citizens[3].placements[1]</c>).</summary>
public static class ScenarioValidator
{
    public static List<string> Validate(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var problems = new List<string>();
        var centreIds = new HashSet<string>(StringComparer.Ordinal);
        for (var j = 0; j < scenario.JobCentres.Count; j++)
        {
            var centre = scenario.JobCentres[j];
            var at = $"jobCentres[{j}]";
            if (string.IsNullOrWhiteSpace(centre.Id))
            {
                problems.Add($"{at}.id: mangler (id is missing)");
            }
            else if (!centreIds.Add(centre.Id))
            {
                problems.Add($"{at}.id: jobcenter-id '{centre.Id}' findes to gange (duplicate id)");
            }

            if (centre.ExpectedParticipants < 0)
            {
                problems.Add($"{at}.expectedParticipants: må ikke være negativ (must not be negative)");
            }

            if (centre.AcontoPaid < 0)
            {
                problems.Add($"{at}.acontoPaid: må ikke være negativ (must not be negative)");
            }

            var citizenIds = new HashSet<string>(StringComparer.Ordinal);
            for (var c = 0; c < centre.Citizens.Count; c++)
            {
                ValidateCitizen(centre.Citizens[c], $"{at}.citizens[{c}]", citizenIds, problems);
            }
        }

        return problems;
    }

    private static void ValidateCitizen(CitizenInput citizen, string at, HashSet<string> ids, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(citizen.Id))
        {
            problems.Add($"{at}.id: mangler (id is missing)");
        }
        else if (!ids.Add(citizen.Id))
        {
            problems.Add($"{at}.id: borger-id '{citizen.Id}' findes to gange i jobcentret (duplicate id)");
        }

        for (var p = 0; p < citizen.Placements.Count; p++)
        {
            if (citizen.Placements[p].End is { } end && end < citizen.Placements[p].Start)
            {
                problems.Add($"{at}.placements[{p}]: slutdatoen ligger før startdatoen (end is before start)");
            }
        }

        // Registers come in week order; only rows out of order need the (slower) set to find a repeated week.
        HashSet<IsoWeek>? seen = null;
        for (var w = 0; w < citizen.RegisterWeeks.Count; w++)
        {
            var row = citizen.RegisterWeeks[w];
            if (row.Hours < 0)
            {
                problems.Add($"{at}.registerWeeks[{w}].hours: må ikke være negativ (must not be negative)");
            }

            if (seen is null && w > 0 && row.Week <= citizen.RegisterWeeks[w - 1].Week)
            {
                seen = [.. citizen.RegisterWeeks.Take(w).Select(r => r.Week)];
            }

            if (seen is not null && !seen.Add(row.Week))
            {
                problems.Add($"{at}.registerWeeks[{w}].week: uge {row.Week} findes to gange (duplicate week)");
            }
        }
    }
}

/// <summary>A scenario the engine cannot settle; <see cref="Problems"/> names each problem's JSON path.</summary>
public sealed class InvalidScenarioException(IReadOnlyList<string> problems)
    : Exception("Scenariet er ugyldigt: " + string.Join("; ", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;
}
