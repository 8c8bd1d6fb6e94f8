namespace Vc2.CaseWork.Progress;

public static class RespondentNames
{
    public static string Danish(Respondent respondent) => respondent switch
    {
        Respondent.Citizen => "Borger",
        Respondent.Mentor => "Mentor",
        Respondent.Caseworker => "Sagsbehandler",
        _ => "ukendt", // a value stored before undefined ones were refused must not break a page
    };
}

public static class MeasurementNames
{
    public static string Danish(MeasurementKind kind) => kind switch
    {
        MeasurementKind.Baseline => "Nulpunktsmåling",
        MeasurementKind.Interval => "Løbende måling",
        MeasurementKind.End => "Måling ved forløbets afslutning",
        _ => "ukendt", // a value stored before undefined ones were refused must not break a page
    };
}
