using System.Text;
using Vc2.CaseWork.Progress;

namespace Vc2.Tests.Progress;

public sealed class InstrumentTests
{
    private static string Shipped()
    {
        using var stream = typeof(InstrumentLoader).Assembly.GetManifestResourceStream("instruments/vc2-progress-v1.json")!;
        return new StreamReader(stream).ReadToEnd();
    }

    [Fact]
    public void The_shipped_instrument_has_nine_dimensions_and_the_mentor_answers_the_workplace_ones()
    {
        var instrument = Assert.Single(InstrumentLoader.Shipped());
        Assert.Equal(("vc2-progress", 1, 1, 10), (instrument.Id, instrument.Version, instrument.ScaleMin, instrument.ScaleMax));
        Assert.Equal(9, instrument.Dimensions.Count);
        Assert.Equal(9, instrument.For(Respondent.Citizen).Count());
        Assert.Equal(9, instrument.For(Respondent.Caseworker).Count());
        Assert.Equal(["attendance", "tasks", "pace", "cooperation", "independence"], instrument.For(Respondent.Mentor).Select(d => d.Key));
        Assert.Equal("Mødestabilitet", instrument.Dimensions[0].Name);
        Assert.Equal(3, instrument.HoursQuestion.Count);
    }

    [Theory]
    [InlineData("\"max\": 10", "\"max\": 7", "scale skal gå fra 1 til 10")]
    [InlineData("\"key\": \"tasks\"", "\"key\": \"attendance\"", "nøglen 'attendance' findes to gange")]
    [InlineData("\"mentor\": \"Borgeren møder op de dage og tider, der er aftalt.\",", "", "mentoren besvarer netop arbejdspladsdimensionerne")]
    [InlineData("\"citizen\": \"Jeg tror på, at jeg kan få et job eller komme i uddannelse.\",", "", "borgeren og sagsbehandleren besvarer alle dimensioner")]
    [InlineData("\"1\": \"Næsten aldrig\", ", "", "skalaens ender (1 og 10) skal have ankertekster")]
    [InlineData("\"caseworker\": \"Borgeren møder stabilt op efter aftalen.\"", "\"employer\": \"x\"", "ukendt respondent")]
    public void A_broken_definition_is_refused_with_a_clear_message(string find, string replace, string message)
    {
        var text = Shipped();
        Assert.Contains(find, text, StringComparison.Ordinal);
        var broken = text.Replace(find, replace, StringComparison.Ordinal);
        var ex = Assert.Throws<InstrumentException>(() => InstrumentLoader.Load(new MemoryStream(Encoding.UTF8.GetBytes(broken))));
        Assert.Contains(ex.Problems, p => p.Contains(message, StringComparison.Ordinal));
        Assert.StartsWith("Måleinstrumentet kan ikke bruges", ex.Message, StringComparison.Ordinal);
    }
}
