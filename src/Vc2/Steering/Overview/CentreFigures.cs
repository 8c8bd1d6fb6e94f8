using System.Text.Json;
using Vc2.CaseWork.Outcomes;
using Vc2.Steering.Holdepunkter;

namespace Vc2.Steering.Overview;

/// <summary>One job centre's figures for the agency's overview and holdepunkter matrix, as computed by
/// <see cref="RefreshFigures"/> from the same use cases the job centre's own pages use.</summary>
/// <param name="Participants">Citizens enrolled; <paramref name="Ressourceforloeb"/> and <paramref name="Kontanthjaelp"/> by target group.</param>
/// <param name="WithCourse">Citizens with a course in the statement; <paramref name="ReachedThreeMonths"/> of them qualified (R3).</param>
/// <param name="CitizenChange">The citizens' own average change since the baseline over all dimensions.</param>
public sealed record CentreFigures(
    int ExpectedParticipants,
    int Participants,
    int Ressourceforloeb,
    int Kontanthjaelp,
    int Companies,
    int Placements,
    int WithCourse,
    int ReachedThreeMonths,
    IReadOnlyDictionary<OutcomeKind, int> Outcomes,
    decimal FixedGrant,
    decimal ActivityGrant,
    decimal ResultGrant,
    decimal Frame,
    decimal ActivityAndResultPayable,
    decimal Total,
    decimal Paid,
    int Unchecked,
    int Excluded,
    bool IsFinal,
    decimal? CitizenChange,
    IReadOnlyList<HoldepunktStatus> Holdepunkter)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.General);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static CentreFigures FromJson(string json) =>
        JsonSerializer.Deserialize<CentreFigures>(json, Json) ?? throw new InvalidOperationException("Tomme landstal.");
}

/// <summary>A holdepunkt's status in one job centre, for the national matrix.</summary>
public sealed record HoldepunktStatus(int Number, string Title, IndicatorStatus Status);
