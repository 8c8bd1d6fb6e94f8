using System.Net;
using System.Text.RegularExpressions;

namespace Vc2.Tests.Platform;

/// <summary>The fuzz suite's page forms: every form of every page, filled with hostile values and posted.</summary>
public sealed partial class FuzzTests
{
    private static IEnumerable<(Who Who, string Page)> FormPages(Ids ids) =>
    [
        (Who.CaseworkerA, "/borgere"), (Who.CaseworkerA, "/borgere/ny"), (Who.CaseworkerA, $"/borgere/{ids.CitizenA}"),
        (Who.CaseworkerA, $"/borgere/{ids.CitizenA}/rediger"), (Who.CaseworkerA, $"/borgere/{ids.CitizenA}/udslusning"),
        (Who.CaseworkerA, $"/borgere/{ids.CitizenA}/forloeb/nyt"), (Who.CaseworkerA, $"/borgere/{ids.CitizenA}/resultat/nyt"),
        (Who.CaseworkerA, $"/borgere/{ids.CitizenA}/maaling/ny"), (Who.CaseworkerA, $"/borgere/{ids.CitizenA}/progression"),
        (Who.CaseworkerA, "/virksomheder/ny"), (Who.CaseworkerA, $"/virksomheder/{ids.CompanyA}/rediger"),
        (Who.CaseworkerA, $"/virksomheder/{ids.CompanyA}/rammeaftaler/ny"), (Who.CaseworkerA, $"/virksomheder/{ids.CompanyA}/mentorer/ny"),
        (Who.CaseworkerB, $"/forloeb/{ids.PlacementB}/afslut"), (Who.CaseworkerB, $"/forloeb/{ids.PlacementB}/mentor"),
        (Who.CaseworkerB, $"/forloeb/{ids.PlacementB}/aftale/ny"), (Who.CaseworkerB, $"/forloeb/{ids.PlacementB}/opfoelgning/ny"),
        (Who.CaseworkerB, $"/aftaler/{ids.AgreementB}"), (Who.LeaderA, "/udbetalinger"), (Who.LeaderA, "/projekt"), (Who.LeaderA, "/projekt/plan"),
        (Who.LeaderA, "/mentornetvaerk/ny"), (Who.LeaderA, "/adgangslog"), (Who.Agency, "/program/jobcentre/ny"), (Who.Agency, $"/program/jobcenter/{ids.CentreA}"),
        (Who.Agency, $"/udbetalinger/{ids.Payment}"), (Who.Agency, "/evaluering/eksport"), (Who.MentorA, $"/mine-maalinger/{ids.MentorRequest}"),
        (Who.Anonymous, $"/svar/{ids.Token}"), (Who.MentorA, "/mentor"), (Who.MentorA, $"/aftale/{ids.AgreementA}"), (Who.CitizenA, "/mit-forloeb"),
        (Who.LeaderA, $"/projekt/gennemgang?jobcenter={ids.CentreA}"), (Who.Agency, $"/projekt/gennemgang?jobcenter={ids.CentreA}"),
        (Who.Agency, "/program/aftaleskabelon"), (Who.Agency, "/program/maaleinstrument"),
        (Who.Evaluator, $"/evaluering/{ids.Snapshot}/vurdering"), (Who.Agency, "/evaluering/sammenligningsgruppe"),
    ];

    /// <summary>Posts each form on the page with one field bad at a time (the others as the page filled them in).</summary>
    private static async Task<int> FormsAsync(HttpClient client, string page, RowCounts counts, Tally tally)
    {
        var html = await client.GetStringAsync(page);
        var forms = FormElement().Matches(html).Where(f => f.Groups["attributes"].Value.Contains("method=\"post\"", StringComparison.OrdinalIgnoreCase)).ToList();
        foreach (var form in forms)
        {
            var action = ActionAttribute().Match(form.Groups["attributes"].Value) is { Success: true } a ? WebUtility.HtmlDecode(a.Groups[1].Value) : page;
            if (action.StartsWith("/log-", StringComparison.Ordinal))
            {
                continue; // the layout's log-out form would end the session the fuzzing runs in
            }

            var fields = Fields(form.Groups["body"].Value);
            foreach (var field in fields.Keys.Where(k => k != "__RequestVerificationToken"))
            {
                foreach (var bad in BadFormValues)
                {
                    var values = new Dictionary<string, string>(fields) { [field] = bad };
                    var before = await counts.ReadAsync();
                    using var response = await client.PostAsync(action, new FormUrlEncodedContent(values));
                    Count(tally, response.StatusCode, $"POST {action} (form on {page}) {field}={Describe(bad)}");
                    var status = (int)response.StatusCode;
                    var shownAgain = status == 200 && (await response.Content.ReadAsStringAsync()).Contains("form-error-message", StringComparison.Ordinal);
                    if ((status is >= 400 and < 500 || shownAgain) && await counts.ReadAsync() is var after && after != before)
                    {
                        tally.Failures.Add($"POST {action} {field}={Describe(bad)}: refused ({status}) but rows changed ({RowCounts.Difference(before, after)})");
                    }
                }
            }
        }

        return forms.Count(f => !(ActionAttribute().Match(f.Groups["attributes"].Value) is { Success: true } a && a.Groups[1].Value.StartsWith("/log-", StringComparison.Ordinal)));
    }

    /// <summary>The fields of a form as the page filled them in: inputs with their value (checked boxes and radios
    /// only), the selected or first option of a select, the text of a textarea.</summary>
    private static Dictionary<string, string> Fields(string form)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match input in InputElement().Matches(form))
        {
            var attributes = input.Groups[1].Value;
            if (NameAttribute().Match(attributes) is not { Success: true } name)
            {
                continue;
            }

            var type = TypeAttribute().Match(attributes) is { Success: true } t ? t.Groups[1].Value : "text";
            if (type is "checkbox" or "radio" && !attributes.Contains("checked", StringComparison.Ordinal) && fields.ContainsKey(WebUtility.HtmlDecode(name.Groups[1].Value)))
            {
                continue;
            }

            fields[WebUtility.HtmlDecode(name.Groups[1].Value)] = ValueAttribute().Match(attributes) is { Success: true } v ? WebUtility.HtmlDecode(v.Groups[1].Value) : "";
        }

        foreach (Match select in SelectElement().Matches(form))
        {
            var options = OptionValue().Matches(select.Groups["options"].Value).Select(o => o.Groups[1].Value).Where(v => v.Length > 0).ToList();
            fields[WebUtility.HtmlDecode(select.Groups["name"].Value)] = options.Count > 0 ? WebUtility.HtmlDecode(options[0]) : "";
        }

        foreach (Match area in TextareaElement().Matches(form))
        {
            fields[WebUtility.HtmlDecode(area.Groups["name"].Value)] = WebUtility.HtmlDecode(area.Groups["text"].Value);
        }

        return fields;
    }

    /// <summary>After the fuzzing: the pages of every citizen, placement, agreement and company in the database, and the
    /// lists around them, still answer 200 — no accepted value poisoned a record.</summary>

    [GeneratedRegex("<form(?<attributes>[^>]*)>(?<body>.*?)</form>", RegexOptions.Singleline)]
    private static partial Regex FormElement();

    [GeneratedRegex("action=\"([^\"]*)\"")]
    private static partial Regex ActionAttribute();

    [GeneratedRegex("<input([^>]*)>", RegexOptions.Singleline)]
    private static partial Regex InputElement();

    [GeneratedRegex("\\bname=\"([^\"]+)\"")]
    private static partial Regex NameAttribute();

    [GeneratedRegex("\\btype=\"([^\"]+)\"")]
    private static partial Regex TypeAttribute();

    [GeneratedRegex("\\bvalue=\"([^\"]*)\"")]
    private static partial Regex ValueAttribute();

    [GeneratedRegex("<select[^>]*\\bname=\"(?<name>[^\"]+)\"[^>]*>(?<options>.*?)</select>", RegexOptions.Singleline)]
    private static partial Regex SelectElement();

    [GeneratedRegex("<option[^>]*value=\"([^\"]*)\"")]
    private static partial Regex OptionValue();

    [GeneratedRegex("<textarea[^>]*\\bname=\"(?<name>[^\"]+)\"[^>]*>(?<text>.*?)</textarea>", RegexOptions.Singleline)]
    private static partial Regex TextareaElement();
}
