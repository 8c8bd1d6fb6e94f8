using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Vc2.Platform.Data;
using Vc2.Platform.Security;
using Vc2.Tests.Infrastructure;

namespace Vc2.Tests.Platform;

/// <summary>ADR 0018: a CPR number never travels in an address. It is searched for in a POST body (page and API); an
/// address that carries one is refused with 400 and a Danish reason; the search box is not refilled with it.</summary>
public sealed class CprInUrlTests
{
    [Theory]
    [InlineData("/api/v1/citizens?query=0102701232", true)]
    [InlineData("/borgere?q=010270-1232", true)]
    [InlineData("/borgere?q=010270%201232", true)]
    [InlineData("/borgere?q=010270%2D1232", true)]
    [InlineData("/adgangslog?bruger=9999999999", true)] // not a valid CPR number, but shaped like one: refused too
    [InlineData("/borgere/0102701232", true)]
    [InlineData("/borgere?q=Hansen&side=2", false)]
    [InlineData("/virksomheder?q=25313763", false)] // a CVR number has eight digits
    [InlineData("/borgere/7c9e6679-7425-4000-8000-123456789012", false)] // the last part of an id can be all digits
    [InlineData("/api/v1/audit?citizenId=01234567-8901-2345-6789-012345678901&page=12345678901", false)]
    public void An_address_carries_a_cpr_number_when_ten_digits_stand_together(string address, bool carries) =>
        Assert.Equal(carries, CprInUrl.Carries(address));

    [Fact]
    public async Task A_cpr_number_in_an_address_is_refused_with_400_and_the_search_goes_in_the_body()
    {
        await using var app = await TestApp.StartAsync(DatabaseProvider.Sqlite);
        var caseworker = await app.LoginAsync(app.Data.CaseworkerA);

        var api = await caseworker.GetAsync($"/api/v1/citizens?query={TestData.CprA}");
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        using (var problem = JsonDocument.Parse(await api.Content.ReadAsStringAsync()))
        {
            Assert.Contains("må ikke stå i en adresse", problem.RootElement.GetProperty("errors").GetProperty("url")[0].GetString(), StringComparison.Ordinal);
        }

        var page = await caseworker.GetAsync("/borgere?q=010270-1232");
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Et CPR-nummer må ikke stå i en adresse", html, StringComparison.Ordinal);
        Assert.DoesNotContain("0102701232", html, StringComparison.Ordinal);

        var search = await caseworker.PostAsJsonAsync("/api/v1/citizens/search", new { query = TestData.CprA });
        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
        using (var found = JsonDocument.Parse(await search.Content.ReadAsStringAsync()))
        {
            Assert.Equal(app.Data.CitizenA, found.RootElement.GetProperty("rows")[0].GetProperty("id").GetGuid());
        }

        // The page's search: found, logged, and the box is empty again (the screen may be shared).
        var posted = await TestApp.PostFormAsync(caseworker, "/borgere", "/borgere", new Dictionary<string, string> { ["q"] = TestData.CprA });
        var result = await posted.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("Søgt på CPR-nummer", result, StringComparison.Ordinal);
        Assert.DoesNotContain(TestData.CprA, result, StringComparison.Ordinal);
        Assert.Matches("<input[^>]*id=\"q\"(?![^>]*value=\"[^\"]+\")[^>]*>", result);
    }
}
