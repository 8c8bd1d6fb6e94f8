using Microsoft.AspNetCore.Http.HttpResults;
using Vc2.Platform.Common;

namespace Vc2.Web.Api;

internal static class ApiResults
{
    /// <summary>Maps a use case's result to the HTTP answer the OpenAPI document promises: the value, 400 with a Danish
    /// message per field, or ProblemDetails (404, 409). A record of another job centre is 404, exactly like one that
    /// does not exist.</summary>
    public static Results<Ok<T>, ValidationProblem, ProblemHttpResult> From<T>(Result<T> result) => result switch
    {
        Result<T>.Ok ok => TypedResults.Ok(ok.Value),
        Result<T>.Invalid invalid => TypedResults.ValidationProblem(
            invalid.Errors.ToDictionary(e => e.Key, e => e.Value), title: "Oplysningerne er ikke gyldige."),
        Result<T>.Conflict conflict => TypedResults.Problem(title: "Konflikt", detail: conflict.Message, statusCode: StatusCodes.Status409Conflict),
        _ => TypedResults.Problem(title: "Findes ikke", detail: "Der findes ingen sådan post, som du har adgang til.", statusCode: StatusCodes.Status404NotFound),
    };

    /// <summary>The same, with the value shaped for the API first.</summary>
    public static Results<Ok<TBody>, ValidationProblem, ProblemHttpResult> From<T, TBody>(Result<T> result, Func<T, TBody> shape) =>
        From(result switch
        {
            Result<T>.Ok ok => new Result<TBody>.Ok(shape(ok.Value)),
            Result<T>.Invalid invalid => new Result<TBody>.Invalid(invalid.Errors),
            Result<T>.Conflict conflict => new Result<TBody>.Conflict(conflict.Message),
            _ => Result<TBody>.Missing(),
        });
}
