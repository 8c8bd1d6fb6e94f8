using ArchUnitNET.Domain;
using ArchUnitNET.Loader;

namespace Vc2.Tests.Architecture;

/// <summary>
/// The shape of the code, checked on the compiled assemblies (ArchUnitNET): the rules engine stays pure, the web app
/// and the CLI hold no EF queries, a feature uses another only through what it makes public, and the features form
/// no dependency cycle (the data context, which names every entity, excepted).
/// </summary>
public sealed class ArchitectureTests
{
    private static readonly Lazy<ArchUnitNET.Domain.Architecture> Loaded = new(() => new ArchLoader().LoadAssemblies(
        typeof(Rules.Engine.GrantEngine).Assembly,
        typeof(Vc2.Platform.Data.Vc2Db).Assembly,
        typeof(Program).Assembly,
        System.Reflection.Assembly.Load("vc2")).Build());

    [Fact]
    public void Print_cycles()
    {
        var graph = FeatureGraph.Build(Loaded.Value);
        var cycles = graph.Cycles();
        Assert.Fail(string.Join("\n", cycles.Select(c => string.Join(" -> ", c.Nodes) + "\n   " + string.Join("\n   ", c.Examples))));
    }
}
