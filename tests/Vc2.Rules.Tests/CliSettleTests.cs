using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Vc2.Rules.Tests;

/// <summary><c>vc2 settle</c> as a user runs it: a real process, a real file, standard output, standard error and the
/// exit code of the scenario contract, on every grant case (<see cref="GrantCases"/>).</summary>
public sealed class CliSettleTests
{
    public static TheoryData<string> Cases => GrantCases.Files;

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Settle_on_the_case_file_follows_the_contract(string file)
    {
        using var document = GrantCases.Load(file);
        var root = document.RootElement;
        var scenarioFile = Path.Combine(Path.GetTempPath(), $"vc2-case-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(scenarioFile, root.GetProperty("scenario").GetRawText());
        try
        {
            var (exit, stdout, stderr) = await RunAsync("settle", scenarioFile);
            if (root.TryGetProperty("expectedExitCode", out var expectedExit))
            {
                Assert.Equal(expectedExit.GetInt32(), exit);
                Assert.Equal(string.Empty, stdout);
                var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
                Assert.NotEmpty(lines);
                Assert.All(lines, l => Assert.Matches(@"^jobCentres\[\d+\]|^[a-zA-Z$]", l));
                return;
            }

            Assert.True(exit == 0, stderr);
            using var actual = JsonDocument.Parse(stdout);
            var differences = GrantCases.Compare(root.GetProperty("expected"), actual.RootElement);
            Assert.True(differences.Count == 0, $"{file}:\n{string.Join('\n', differences)}");
        }
        finally
        {
            File.Delete(scenarioFile);
        }
    }

    [Fact]
    public async Task Invalid_input_names_each_problem_by_its_json_path_and_writes_nothing_to_standard_output()
    {
        var scenarioFile = Path.Combine(Path.GetTempPath(), $"vc2-bad-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(scenarioFile, """
            { "asOf": "2016-06-30", "jobCentres": [ { "id": "101", "expectedParticipants": 10, "citizens": [
              { "id": "A", "placements": [ { "start": "2014-05-01", "end": "2014-04-01" } ] },
              { "id": "B", "placements": [ { "start": "2014-05-01", "end": "2014-06-01" }, { "start": "2014-09-01", "end": "2014-08-01" } ],
                "registerWeeks": [ { "week": "2015-W10", "benefit": "none", "hours": -1 } ] } ] } ] }
            """);
        try
        {
            var (exit, stdout, stderr) = await RunAsync("settle", scenarioFile);
            Assert.Equal(2, exit);
            Assert.Equal(string.Empty, stdout);
            var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(3, lines.Length);
            Assert.StartsWith("jobCentres[0].citizens[0].placements[0]: ", lines[0], StringComparison.Ordinal);
            Assert.Contains("end is before start", lines[0], StringComparison.Ordinal);
            Assert.StartsWith("jobCentres[0].citizens[1].placements[1]: ", lines[1], StringComparison.Ordinal);
            Assert.StartsWith("jobCentres[0].citizens[1].registerWeeks[0].hours: ", lines[2], StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(scenarioFile);
        }
    }

    [Theory]
    [InlineData("""{ "asOf": "2016-13-01", "jobCentres": [] }""", "asOf: ")]
    [InlineData("""{ "asOf": "2016-06-30", "jobCentres": [ { "id": "1", "expectedParticipants": 1, "citizens": [ { "id": "A", "placements": [], "registerWeeks": [ { "week": "2014-W53", "benefit": "none", "hours": 1 } ] } ] } ] }""", "jobCentres[0].citizens[0].registerWeeks[0]")]
    [InlineData("""{ "asOf": "2016-06-30", "jobCentres": [ { "id": "1", "expectedParticipants": 1, "citizens": [ { "id": "A", "placements": [], "registerWeeks": [ { "week": "2015-W10", "benefit": "arbejde", "hours": 1 } ] } ] } ] }""", "jobCentres[0].citizens[0].registerWeeks[0]")]
    [InlineData("""{ "jobCentres": [] }""", "asOf: ")]
    [InlineData("""{ "asOf": "2016-06-30", "jobCentres": [ { "id": "1", "citizens": [] } ] }""", "jobCentres[0].expectedParticipants: ")]
    [InlineData("""{ "asOf": "2016-06-30", "jobCentres": [ """, "$: ")]
    public async Task Malformed_files_are_refused_with_the_path_of_the_problem(string json, string expectedStart)
    {
        var scenarioFile = Path.Combine(Path.GetTempPath(), $"vc2-bad-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(scenarioFile, json);
        try
        {
            var (exit, stdout, stderr) = await RunAsync("settle", scenarioFile);
            Assert.Equal(2, exit);
            Assert.Equal(string.Empty, stdout);
            Assert.StartsWith(expectedStart, stderr, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(scenarioFile);
        }
    }

    [Fact]
    public async Task Generate_scenario_writes_a_scenario_that_settles()
    {
        var scenarioFile = Path.Combine(Path.GetTempPath(), $"vc2-gen-{Guid.NewGuid():N}.json");
        try
        {
            var (exit, _, stderr) = await RunAsync("generate-scenario", "--centres", "2", "--citizens", "15", "--seed", "4", "--output", scenarioFile);
            Assert.True(exit == 0, stderr);
            var (settleExit, stdout, settleErr) = await RunAsync("settle", scenarioFile);
            Assert.True(settleExit == 0, settleErr);
            using var statement = JsonDocument.Parse(stdout);
            var centres = statement.RootElement.GetProperty("jobCentres");
            Assert.Equal(2, centres.GetArrayLength());
            Assert.Equal(15, centres[0].GetProperty("citizens").GetArrayLength());
        }
        finally
        {
            File.Delete(scenarioFile);
        }
    }

    private static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        var vc2 = Path.Combine(AppContext.BaseDirectory, "vc2.dll");
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        info.ArgumentList.Add(vc2);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout, await stderr);
    }
}
