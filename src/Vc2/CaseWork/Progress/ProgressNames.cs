namespace Vc2.CaseWork.Progress;

public static class RespondentNames
{
    public static string Danish(Respondent respondent) => respondent switch
    {
        Respondent.Citizen => "Borger",
        Respondent.Mentor => "Mentor",
        Respondent.Caseworker => "Sagsbehandler",
        _ => throw new ArgumentOutOfRangeException(nameof(respondent)),
    };
}

public static class MeasurementNames
{
    public static string Danish(MeasurementKind kind) => kind switch
    {
        MeasurementKind.Baseline => "Nulpunktsmåling",
        MeasurementKind.Interval => "Løbende måling",
        MeasurementKind.End => "Måling ved forløbets afslutning",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
