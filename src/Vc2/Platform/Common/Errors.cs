namespace Vc2.Platform.Common;

/// <summary>Collects field errors in Danish for a use case's <see cref="Result{T}.Invalid"/>.</summary>
public sealed class Errors
{
    private readonly Dictionary<string, List<string>> _errors = [];

    public Errors(IReadOnlyDictionary<string, string[]>? from = null)
    {
        foreach (var (field, messages) in from ?? new Dictionary<string, string[]>())
        {
            foreach (var message in messages)
            {
                Add(field, message);
            }
        }
    }

    public bool Any => _errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        if (!list.Contains(message))
        {
            list.Add(message);
        }
    }

    /// <summary>The errors by field, as a result or a page shows them.</summary>
    public IReadOnlyDictionary<string, string[]> ByField => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    public Result<T> As<T>() => new Result<T>.Invalid(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));

    /// <summary>Runs DataAnnotations (and IValidatableObject) on the input and starts the list with what they find.</summary>
    public static Errors For(object input) => new(Validation.Validate(input));
}
