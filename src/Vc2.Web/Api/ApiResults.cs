using Microsoft.AspNetCore.Http.HttpResults;
using Vc2.Platform.Common;

namespace Vc2.Web.Api;

internal static class ApiResults
{
    /// <summary>Maps a use case's result to the HTTP answer the OpenAPI document promises. A record of another job
    /// centre is 404, exactly like one that does not exist.</summary>
    public static Results<Ok<T>, ValidationProblem, NotFound, Conflict<ProblemDetailsBody>> From<T>(Result<T> result) => result switch
    {
        Result<T>.Ok ok => TypedResults.Ok(ok.Value),
        Result<T>.Invalid invalid => TypedResults.ValidationProblem(
            invalid.Errors.ToDictionary(e => e.Key, e => e.Value), title: "Oplysningerne er ikke gyldige."),
        Result<T>.Conflict conflict => TypedResults.Conflict(new ProblemDetailsBody("Konflikt", conflict.Message, 409)),
        _ => TypedResults.NotFound(),
    };

    /// <summary>The same, with the value shaped for the API first.</summary>
    public static Results<Ok<TBody>, ValidationProblem, NotFound, Conflict<ProblemDetailsBody>> From<T, TBody>(Result<T> result, Func<T, TBody> shape) =>
        From(result switch
        {
            Result<T>.Ok ok => new Result<TBody>.Ok(shape(ok.Value)),
            Result<T>.Invalid invalid => new Result<TBody>.Invalid(invalid.Errors),
            Result<T>.Conflict conflict => new Result<TBody>.Conflict(conflict.Message),
            _ => Result<TBody>.Missing(),
        });
}

/// <summary>A ProblemDetails body for conflicts (RFC 9457).</summary>
public sealed record ProblemDetailsBody(string Title, string Detail, int Status);
