namespace Vc2.Platform.Common;

/// <summary>What a use case answers: the output, "not found" (also for records of another job centre, so that their
/// existence is not revealed), field errors in Danish, or a conflict with another user's save.</summary>
public abstract record Result<T>
{
    private Result()
    {
    }

    public sealed record Ok(T Value) : Result<T>;

    public sealed record NotFound : Result<T>;

    public sealed record Invalid(IReadOnlyDictionary<string, string[]> Errors) : Result<T>;

    public sealed record Conflict(string Message) : Result<T>;

    public static implicit operator Result<T>(T value) => new Ok(value);

    public static Result<T> Missing() => new NotFound();

    public static Result<T> Error(string field, string message) =>
        new Invalid(new Dictionary<string, string[]> { [field] = [message] });
}
