using ArchUnitNET.Domain;
using ArchUnitNET.Loader;
using ArchUnitNET.xUnitV3;
using static ArchUnitNET.Fluent.ArchRuleDefinition;

namespace Vc2.Tests.Architecture;

/// <summary>
/// The shape of the code, checked on the compiled assemblies with ArchUnitNET (project references alone cannot:
/// <c>Vc2Db</c> is public): the rules engine stays pure, the web app and the CLI hold no EF queries, a feature uses
/// another only through what that feature makes public, and the features form no dependency cycle — the data context,
/// which names every entity, excepted.
/// </summary>
public sealed class ArchitectureTests
{
    private static readonly System.Reflection.Assembly RulesAssembly = typeof(Rules.Engine.GrantEngine).Assembly;
    private static readonly System.Reflection.Assembly ApplicationAssembly = typeof(Vc2.Platform.Data.Vc2Db).Assembly;
    private static readonly System.Reflection.Assembly WebAssembly = typeof(Program).Assembly;
    private static readonly System.Reflection.Assembly CliAssembly = System.Reflection.Assembly.Load("vc2");

    private static readonly Lazy<ArchUnitNET.Domain.Architecture> Loaded = new(() =>
        new ArchLoader().LoadAssemblies(RulesAssembly, ApplicationAssembly, WebAssembly, CliAssembly).Build());

    [Fact]
    public void The_rules_engine_references_neither_EF_nor_ASP_NET_nor_the_application() =>
        Types().That().ResideInAssembly(RulesAssembly)
            .Should().NotDependOnAnyTypesThat().ResideInNamespaceMatching(@"^(Microsoft\.EntityFrameworkCore|Microsoft\.AspNetCore|Microsoft\.Extensions|Npgsql|Microsoft\.Data)(\..*)?$")
            .AndShould().NotDependOnAnyTypesThat().ResideInAssembly(ApplicationAssembly)
            .Because("the engine is pure: dated parameters in, a statement out (DESIGN.md)")
            .Check(Loaded.Value);

    [Fact]
    public void The_web_app_and_the_cli_hold_no_EF_queries() =>
        Types().That().ResideInAssembly(WebAssembly).Or().ResideInAssembly(CliAssembly)
            .Should().NotDependOnAnyTypesThat().ResideInNamespaceMatching(@"^Microsoft\.EntityFrameworkCore(\..*)?$")
            .AndShould().NotDependOnAnyTypesThat().HaveFullName("System.Linq.Queryable")
            .Because("every query lives in a use case of the application, where tenancy and audit are")
            .Check(Loaded.Value);

    [Fact]
    public void A_feature_uses_another_only_through_what_it_makes_public()
    {
        var breaches = new List<string>();
        foreach (var type in Loaded.Value.Types)
        {
            if (FeatureGraph.FeatureOf(type) is not { } from)
            {
                continue;
            }

            foreach (var target in type.Dependencies.Select(d => d.Target).DistinctBy(t => t.FullName))
            {
                if (FeatureGraph.FeatureOf(target) is { } to && to != from && !IsPublic(target))
                {
                    breaches.Add($"{type.FullName} ({from}) uses {target.FullName}, which {to} keeps to itself");
                }
            }
        }

        Assert.True(breaches.Count == 0, string.Join('\n', breaches));
    }

    [Fact]
    public void The_features_form_no_dependency_cycle()
    {
        var cycles = FeatureGraph.Build(Loaded.Value).Cycles();
        Assert.True(cycles.Count == 0, string.Join('\n', cycles.Select(c => string.Join(" ⇄ ", c.Nodes) + ":\n   " + string.Join("\n   ", c.Examples))));
    }

    [Fact]
    public void The_wings_form_no_dependency_cycle()
    {
        // Case work, money, steering and platform (ADR 0014): each may lean on the ones it needs, never round in a loop.
        var cycles = FeatureGraph.Build(Loaded.Value, depth: 2).Cycles();
        Assert.True(cycles.Count == 0, string.Join('\n', cycles.Select(c => string.Join(" ⇄ ", c.Nodes) + ":\n   " + string.Join("\n   ", c.Examples))));
    }

    /// <summary>Public all the way out: a public type nested in an internal one is internal too.</summary>
    private static bool IsPublic(IType type)
    {
        var clr = ApplicationAssembly.GetType(type.FullName.Replace('/', '+'));
        return clr is null || clr.IsVisible;
    }
}
