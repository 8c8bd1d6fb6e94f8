namespace Vc2.Rules.Rules;

/// <summary>Marks the class that implements a rule of <c>shared/rules/tilskud.md</c>, with the rule id the
/// explanations cite and the sentence it implements. A convention test requires it on every rule.</summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
public sealed class RuleAttribute(string id, string sentence) : Attribute
{
    public string Id { get; } = id;

    public string Sentence { get; } = sentence;
}
