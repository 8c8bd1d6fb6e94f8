using Microsoft.EntityFrameworkCore.Migrations;

namespace Vc2.Platform.Data.Migrations;

/// <summary>
/// The first version of what the agency designs (ADR 0024), inserted by the migration <c>ProgrammeDesign</c> for both
/// providers: the work agreement template with the programme description's guidance for the four parts, and the
/// progress instrument VC2 shipped as a file until then (<c>instruments/vc2-progress-v1.json</c>, which must therefore
/// never change). Both published, so a new installation has them and every measurement already stored (version 1) names a
/// row. The guidance is written here as data; the instrument is the shipped file's text.
/// </summary>
public static class ProgrammeDesignSeed
{
    private static readonly DateTime At = new(2026, 12, 6, 0, 0, 0, DateTimeKind.Utc);
    private const string By = "VC2 (programbeskrivelsen)";

    public static void Insert(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.InsertData(
            table: "AgreementTemplates",
            columns: ["Id", "Number", "Status", "LongTermGoalGuidance", "PlacementGoalGuidance", "TasksAndHoursGuidance", "MentorRoleGuidance", "SubGoalsGuidance",
                "CreatedAtUtc", "CreatedBy", "PublishedAtUtc", "PublishedBy", "Version"],
            values: new object[]
            {
                new Guid("0193a1c0-0000-7000-8000-000000000001"), 1, 1,
                "Borgerens langsigtede jobønske eller jobmål, med borgerens egne ord.",
                "Hvad forløbet på virksomheden konkret skal føre til.",
                "Arbejdsopgaverne og timetallet: hvilke dage og timer, og hvordan timerne kan øges.",
                "Virksomhedsmentorens eller kontaktpersonens rolle og støtteopgaver over for borgeren.",
                "Ét delmål pr. linje, som opfølgningen kan måle på, fx 'Møder til tiden 4 dage om ugen'.",
                At, By, At, By, 0,
            });
        migrationBuilder.InsertData(
            table: "InstrumentVersions",
            columns: ["Id", "InstrumentId", "Number", "Status", "Definition", "ChangeNote", "CreatedAtUtc", "CreatedBy", "PublishedAtUtc", "PublishedBy", "Version"],
            values: new object[]
            {
                new Guid("0193a1c0-0000-7000-8000-000000000002"), "vc2-progress", 1, 1, CaseWork.Progress.InstrumentLoader.ShippedDefinition(1),
                "Den første version, som VC2 blev leveret med.", At, By, At, By, 0,
            });
    }
}
