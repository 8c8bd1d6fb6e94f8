using Microsoft.AspNetCore.Diagnostics;
using Vc2.Platform.Security;

namespace Vc2.Web.Startup;

/// <summary>Refusals made before a request reaches a page or an endpoint.</summary>
public static class RequestGuards
{
    /// <summary>The key under which a refusal leaves its Danish reason for the error page.</summary>
    public const string ReasonKey = "Vc2.RefusalReason";

    public const string CprInAddress = "Et CPR-nummer må ikke stå i en adresse (URL), hvor det gemmes i historik og logge. "
        + "Søg på CPR-nummer i søgefeltet på siden Borgere, eller i API'et med POST /api/v1/citizens/search.";

    /// <summary>A CPR number in the path or the query string is 400, for the API as ProblemDetails and for pages as the
    /// Danish error page saying why (ADR 0018). Nothing reads the request before this, and the address is not logged.</summary>
    public static IApplicationBuilder UseCprInAddressRefusal(this IApplicationBuilder app) => app.Use(async (ctx, next) =>
    {
        if (ctx.Features.Get<IStatusCodeReExecuteFeature>() is null && CprInUrl.Carries(ctx.Request.Path.Value + ctx.Request.QueryString.Value))
        {
            if (ctx.Request.Path.StartsWithSegments("/api"))
            {
                await Results.ValidationProblem(new Dictionary<string, string[]> { ["url"] = [CprInAddress] },
                    title: "Forespørgslen kan ikke læses.").ExecuteAsync(ctx);
                return;
            }

            ctx.Items[ReasonKey] = CprInAddress;
            ctx.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        await next();
    });
}
