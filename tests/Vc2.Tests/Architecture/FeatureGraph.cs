using ArchUnitNET.Domain;

namespace Vc2.Tests.Architecture;

/// <summary>The dependencies between the feature namespaces of the application (Vc2.Wing.Feature), with one example
/// type dependency per edge, and the cycles among them (Tarjan's strongly connected components).</summary>
internal sealed class FeatureGraph
{
    private readonly Dictionary<string, Dictionary<string, string>> _edges = new(StringComparer.Ordinal);

    public sealed record Cycle(IReadOnlyList<string> Nodes, IReadOnlyList<string> Examples);

    /// <summary>The feature a type belongs to: its namespace cut to Vc2.Wing.Feature (or to Vc2.Wing, with
    /// <paramref name="depth"/> 2); null outside the application or in the data context, whose sets and filters name
    /// every entity by design.</summary>
    public static string? FeatureOf(IType type, int depth = 3)
    {
        var ns = type.Namespace.FullName;
        if (!ns.StartsWith("Vc2.", StringComparison.Ordinal) || ns.StartsWith("Vc2.Platform.Data", StringComparison.Ordinal)
            || ns.StartsWith("Vc2.Rules", StringComparison.Ordinal) || ns.StartsWith("Vc2.Web", StringComparison.Ordinal)
            || ns.StartsWith("Vc2.Cli", StringComparison.Ordinal) || ns.StartsWith("Vc2.Demo", StringComparison.Ordinal))
        {
            return null;
        }

        var parts = ns.Split('.');
        return string.Join('.', parts.Take(Math.Min(parts.Length, depth)));
    }

    public static FeatureGraph Build(ArchUnitNET.Domain.Architecture architecture, int depth = 3)
    {
        var graph = new FeatureGraph();
        foreach (var type in architecture.Types)
        {
            if (FeatureOf(type, depth) is not { } from)
            {
                continue;
            }

            foreach (var dependency in type.Dependencies)
            {
                if (FeatureOf(dependency.Target, depth) is { } to && to != from)
                {
                    if (!graph._edges.TryGetValue(from, out var targets))
                    {
                        graph._edges[from] = targets = new Dictionary<string, string>(StringComparer.Ordinal);
                    }

                    targets.TryAdd(to, $"{type.FullName} -> {dependency.Target.FullName}");
                }
            }
        }

        return graph;
    }

    public IReadOnlyList<Cycle> Cycles()
    {
        var index = 0;
        var stack = new Stack<string>();
        var on = new HashSet<string>(StringComparer.Ordinal);
        var indices = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new List<Cycle>();

        void Visit(string node)
        {
            indices[node] = low[node] = index++;
            stack.Push(node);
            on.Add(node);
            foreach (var next in _edges.GetValueOrDefault(node)?.Keys ?? Enumerable.Empty<string>())
            {
                if (!indices.ContainsKey(next))
                {
                    Visit(next);
                    low[node] = Math.Min(low[node], low[next]);
                }
                else if (on.Contains(next) && indices.TryGetValue(next, out var seen))
                {
                    low[node] = Math.Min(low[node], seen);
                }
            }

            if (low[node] == indices[node])
            {
                var component = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    on.Remove(member);
                    component.Add(member);
                }
                while (member != node);

                if (component.Count > 1)
                {
                    component.Sort(StringComparer.Ordinal);
                    var set = component.ToHashSet(StringComparer.Ordinal);
                    var examples = component.SelectMany(f => (_edges.GetValueOrDefault(f) ?? []).Where(e => set.Contains(e.Key)).Select(e => $"{f} -> {e.Key}: {e.Value}")).ToList();
                    result.Add(new Cycle(component, examples));
                }
            }
        }

        foreach (var node in _edges.Keys.Order(StringComparer.Ordinal).ToList())
        {
            if (!indices.ContainsKey(node))
            {
                Visit(node);
            }
        }

        return result;
    }
}
