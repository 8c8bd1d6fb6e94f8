using Microsoft.Extensions.DependencyInjection;
using Vc2.CaseWork.Placements;
using Vc2.CaseWork.Progress;
using Vc2.Tests.Infrastructure;

namespace Vc2.Tests.Progress;

internal static partial class ProgressTestData
{
    /// <summary>What the gateway sends: the outbox message's sealed text, opened with the test key.</summary>
    public static string Sent(Vc2.Platform.Outbox.OutboxMessage message) =>
        new Vc2.Platform.Outbox.OutboxSeal(new() { SealingKey = TestApp.OutboxKey }).Open(message.SealedBody!);

    /// <summary>The token of the personal link in a sent text.</summary>
    public static string TokenIn(string sent) => LinkInText().Match(sent).Groups[1].Value;

    [System.Text.RegularExpressions.GeneratedRegex("/svar/([A-Za-z0-9_-]{43})")]
    private static partial System.Text.RegularExpressions.Regex LinkInText();

    public static Instrument Instrument => InstrumentLoader.Shipped()[^1];

    /// <summary>Every question of the respondent answered with the same score.</summary>
    public static AnswerInput All(Respondent respondent, int score, decimal? hours = null) => new()
    {
        Scores = Instrument.For(respondent).ToDictionary(d => d.Key, _ => (int?)score),
        HoursPerWeek = hours,
    };

    /// <summary>The form fields of <see cref="All"/> for a page whose bound property is at <paramref name="prefix"/>.</summary>
    public static Dictionary<string, string> Form(Respondent respondent, int score, string prefix = "Input") =>
        Instrument.For(respondent).ToDictionary(d => $"{prefix}.Scores[{d.Key}]", _ => score.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Citizen A starts at Alfa Bageri <paramref name="daysAgo"/> days ago with Mette Mentor.</summary>
    public static async Task<Guid> StartPlacementAAsync(TestApp app, int daysAgo = 30)
    {
        await using var scope = app.SystemScope(out var db);
        var today = Vc2.Platform.Common.Today.In(scope.ServiceProvider.GetRequiredService<TimeProvider>());
        var placement = new Placement
        {
            JobCentreId = app.Data.CentreA, CitizenId = app.Data.CitizenA, CompanyId = app.Data.CompanyA, ContractId = app.Data.ContractA,
            Start = today.AddDays(-daysAgo), Mentors = [new MentorAssignment { MentorId = app.Data.MentorOfCompanyA, From = today.AddDays(-daysAgo) }],
        };
        db.Placements.Add(placement);
        await db.SaveChangesAsync();
        return placement.Id;
    }
}
