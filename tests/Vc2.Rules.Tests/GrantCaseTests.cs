using System.Text;
using System.Text.Json;
using Vc2.Rules.Engine;
using Vc2.Rules.Json;

namespace Vc2.Rules.Tests;

/// <summary>Every grant case, through the engine in this process: the repository's copies in tests/grant-cases, and
/// the cases of ../shared/grant-cases too when that folder is beside the repository (see <see cref="GrantCases"/>).</summary>
public sealed class GrantCaseTests
{
    public static TheoryData<string> Cases => GrantCases.Files;

    [Fact]
    public void The_repository_holds_its_grant_cases() => Assert.NotEmpty(GrantCases.RepositoryFiles);

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Grant_case_produces_its_expected_statement(string file)
    {
        using var document = GrantCases.Load(file);
        var root = document.RootElement;
        using var scenarioJson = new MemoryStream(Encoding.UTF8.GetBytes(root.GetProperty("scenario").GetRawText()));

        if (root.TryGetProperty("expectedExitCode", out var exitCode))
        {
            Assert.Equal(2, exitCode.GetInt32());
            var ex = await Assert.ThrowsAsync<InvalidScenarioException>(() => ScenarioJson.ReadAsync(scenarioJson));
            Assert.NotEmpty(ex.Problems);
            Assert.All(ex.Problems, p => Assert.Matches(@"^[\w\[\]\.$]+: ", p));
            return;
        }

        var statement = new GrantEngine().Settle(await ScenarioJson.ReadAsync(scenarioJson));
        using var output = new MemoryStream();
        await ScenarioJson.WriteAsync(output, statement);
        using var actual = JsonDocument.Parse(output.ToArray());
        var differences = GrantCases.Compare(root.GetProperty("expected"), actual.RootElement);
        Assert.True(differences.Count == 0, $"{file}:\n{string.Join('\n', differences)}");
    }

    [Fact]
    public async Task An_abandoned_request_stops_the_settlement()
    {
        var file = GrantCases.RepositoryFiles.First(f => !GrantCases.Load(f).RootElement.TryGetProperty("expectedExitCode", out _));
        using var document = GrantCases.Load(file);
        using var scenarioJson = new MemoryStream(Encoding.UTF8.GetBytes(document.RootElement.GetProperty("scenario").GetRawText()));
        var scenario = await ScenarioJson.ReadAsync(scenarioJson);
        using var abandoned = new CancellationTokenSource();
        await abandoned.CancelAsync();
        Assert.ThrowsAny<OperationCanceledException>(() => new GrantEngine().Settle(scenario, abandoned.Token));
        Assert.NotNull(new GrantEngine().Settle(scenario, CancellationToken.None));
    }
}
