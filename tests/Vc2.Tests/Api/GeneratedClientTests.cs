using Vc2.Platform.Data;
using Vc2.Tests.Api.Generated;
using Vc2.Tests.Infrastructure;

namespace Vc2.Tests.Api;

/// <summary>ADR 0018: the OpenAPI document is one a client generator can use — a C# client made from it (NSwag) is the
/// committed one, and it calls the payment, company, citizen and measurement operations of the running app.</summary>
public sealed class GeneratedClientTests
{
    [Fact]
    public async Task The_committed_client_is_what_the_current_document_generates()
    {
        await using var app = await TestApp.StartAsync(DatabaseProvider.Sqlite, seedTestData: false);
        var json = await app.Anonymous().GetStringAsync("/openapi/v1.json");
        var code = await ApiClientCode.GenerateAsync(json);
        var path = ApiClientCode.CommittedPath();
        if (Environment.GetEnvironmentVariable(ApiClientCode.UpdateVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, code);
        }

        Assert.True(File.Exists(path), $"No generated client; run the tests with {ApiClientCode.UpdateVariable}=1.");
        Assert.True(code == (await File.ReadAllTextAsync(path)).Replace("\r\n", "\n", StringComparison.Ordinal),
            $"The OpenAPI document has changed: run the tests with {ApiClientCode.UpdateVariable}=1 and commit {path}.");
    }

    [Fact]
    public async Task The_generated_client_registers_a_citizen_and_a_company_records_a_measurement_and_requests_a_payment()
    {
        await using var app = await TestApp.StartAsync(DatabaseProvider.Sqlite);
        var caseworker = new Vc2ApiClient(await app.LoginAsync(app.Data.CaseworkerA));

        var company = await Explained(() => caseworker.CreateCompanyAsync(new SaveCompanyInput { Cvr = "25313763", Name = "Gamma Gartneri ApS", Address = "Havevej 1" }));
        Assert.Equal("Gamma Gartneri ApS", (await caseworker.GetCompanyAsync(company)).Name);

        var registered = await Explained(() => caseworker.RegisterCitizenAsync(new RegisterCitizenInput
        {
            Cpr = "1204791238", FirstName = "Jonas", LastName = "Klient", TargetGroup = TargetGroup.Ressourceforloeb,
            EnrolmentDate = DateOnly.FromDateTime(DateTime.Today).AddDays(-10), JobCentreId = app.Data.CentreA, CoordinatingCaseworkerId = app.Data.CaseworkerA,
        }));
        var found = await caseworker.SearchCitizensAsync(new CitizenSearch { Query = "120479-1238" });
        Assert.Equal(registered.Id, Assert.Single(found.Rows).Id);
        Assert.Equal("120479-XXXX", found.Rows.Single().CprMasked);

        // The same CPR number again: 400 with the Danish message per field, read as ProblemDetails by the client.
        var twice = await Assert.ThrowsAsync<ApiException<HttpValidationProblemDetails>>(() => caseworker.RegisterCitizenAsync(new RegisterCitizenInput
        {
            Cpr = "1204791238", FirstName = "Jonas", LastName = "Klient", TargetGroup = TargetGroup.Ressourceforloeb,
            EnrolmentDate = DateOnly.FromDateTime(DateTime.Today), JobCentreId = app.Data.CentreA, CoordinatingCaseworkerId = app.Data.CaseworkerA,
        }));
        Assert.Equal(400, twice.StatusCode);
        Assert.Contains(twice.Result.Errors!, e => e.Key.Equals("Cpr", StringComparison.OrdinalIgnoreCase));

        var scores = Vc2.Tests.Progress.ProgressTestData.Instrument.For(Vc2.CaseWork.Progress.Respondent.Caseworker).ToDictionary(d => d.Key, _ => (int?)6);
        var measurement = await Explained(() => caseworker.RecordMeasurementAsync(registered.Id, new RecordMeasurementInput
        {
            AnsweredOn = DateOnly.FromDateTime(DateTime.Today), Respondent = Respondent.Caseworker, Answers = new AnswerInput { Scores = scores, HoursPerWeek = 12.5m },
        }));
        var progress = await caseworker.GetCitizenProgressAsync(registered.Id);
        Assert.Equal(measurement, Assert.Single(progress.Measurements).Id);

        // Another job centre's citizen is 404 ProblemDetails, like one that does not exist.
        var foreign = await Assert.ThrowsAsync<ApiException<ProblemDetails>>(() => caseworker.GetCitizenAsync(app.Data.CitizenB));
        Assert.Equal(404, foreign.StatusCode);

        var leader = new Vc2ApiClient(await app.LoginAsync(app.Data.ProjectLeaderA));
        var entitlement = await leader.GetEntitlementAsync(app.Data.CentreA, null);
        var amount = Math.Min(1000m, entitlement.Entitled["FixedGrant"]);
        Assert.True(amount > 0, "The fixed grant is payable from the start.");
        var payment = await Explained(() => leader.RequestPaymentAsync(new RequestPaymentInput { Kind = PaymentKind.FixedGrant, Amount = amount, Note = "Første rate" }));
        var listed = Assert.Single(await leader.ListPaymentsAsync(), p => p.Id == payment);
        Assert.Equal((PaymentStatus.Submitted, amount), (listed.Status, listed.Amount));

        var agency = new Vc2ApiClient(await app.LoginAsync(app.Data.Agency));
        Assert.Equal(2, await Explained(() => agency.DecidePaymentAsync(payment, new DecidePaymentInput { Status = PaymentStatus.Approved, Version = listed.Version })));

        var anonymous = new Vc2ApiClient(app.Anonymous());
        Assert.Equal(401, (await Assert.ThrowsAsync<ApiException<ProblemDetails>>(() => anonymous.ListPaymentsAsync())).StatusCode);
    }

    /// <summary>A refusal the test did not expect, with the Danish message per field in the failure.</summary>
    private static async Task<T> Explained<T>(Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (ApiException<HttpValidationProblemDetails> refused)
        {
            Assert.Fail(string.Join("; ", refused.Result.Errors!.Select(e => $"{e.Key}: {string.Join(", ", e.Value)}")));
            throw;
        }
    }
}
