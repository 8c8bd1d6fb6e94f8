using System.Net;
using Microsoft.EntityFrameworkCore;
using Vc2.CaseWork.Progress;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Platform.Outbox;
using Vc2.Tests.Infrastructure;
using static Vc2.Tests.Progress.ProgressTestData;

namespace Vc2.Tests.Platform;

/// <summary>Text messages through an HTTP gateway started by the test (ADR 0027): a measurement request reaches the
/// gateway as JSON with the bearer key and is answered through its link; the gateway's answer is recorded; a busy
/// gateway is tried again, a refusal is final.</summary>
public sealed class SmsDeliveryTests
{
    public static TheoryData<DatabaseProvider> Providers => TestDatabase.Providers;

    private static SmsGatewayChannel Channel(TestSmsGateway gateway) =>
        new(new SmsOptions { Endpoint = gateway.Endpoint, ApiKey = TestSmsGateway.ApiKey, Sender = "Jobcenter", TimeoutSeconds = 10 });

    private static async Task<Guid> InviteCitizenBySmsAsync(TestApp app)
    {
        await StartPlacementAAsync(app);
        var result = await app.AsAsync<InviteRespondent, Result<InviteRespondent.Output>>(app.Data.CaseworkerA,
            s => s.RunAsync(app.Data.CitizenA, new InviteRespondent.Input(Respondent.Citizen, DeliveryChannel.Sms)));
        return Assert.IsType<Result<InviteRespondent.Output>.Ok>(result).Value.RequestId;
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_measurement_request_by_text_reaches_the_gateway_and_is_answered_through_its_link(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await using var gateway = await TestSmsGateway.StartAsync();
        using var channel = Channel(gateway);
        var requestId = await InviteCitizenBySmsAsync(app);

        Assert.Equal(new DeliverOutbox.Pass(1, 0, 0), await OutboxDeliveryTests.PassAsync(app, "A", channel));

        var sms = Assert.Single(gateway.Messages);
        Assert.Equal(("4512345678", "Jobcenter", "Bearer " + TestSmsGateway.ApiKey), (sms.Recipient, sms.Sender, sms.Authorization));
        Assert.StartsWith("Hej Anders.", sms.Text, StringComparison.Ordinal);
        var token = TokenIn(sms.Text);
        await using (var scope = app.SystemScope(out var db))
        {
            var row = await db.Outbox.AsNoTracking().SingleAsync();
            Assert.Equal((OutboxStatus.Sent, OutboxRecipient.Citizen, null), (row.Status, row.Recipient, row.SealedBody));
            Assert.Equal("200 OK status=queued id=sms-1", row.Receipt);
        }

        // The citizen answers through the link in the text.
        var client = app.Anonymous();
        var url = $"/svar/{token}";
        var fields = Form(Respondent.Citizen, 6);
        fields["AnsweringAs"] = "Citizen";
        var answered = await TestApp.PostFormAsync(client, url, url, fields);
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        await using (var scope = app.SystemScope(out var db))
        {
            Assert.NotNull((await db.MeasurementRequests.SingleAsync(r => r.Id == requestId)).AnsweredAtUtc);
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_busy_gateway_is_tried_again_and_a_refusal_is_final(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await using var gateway = await TestSmsGateway.StartAsync();
        using var channel = Channel(gateway);
        await InviteCitizenBySmsAsync(app);

        gateway.Answer = 503;
        Assert.Equal(new DeliverOutbox.Pass(0, 1, 0), await OutboxDeliveryTests.PassAsync(app, "A", channel));
        await using (var scope = app.SystemScope(out var db))
        {
            var row = await db.Outbox.AsNoTracking().SingleAsync();
            Assert.Equal(OutboxStatus.Queued, row.Status);
            Assert.Contains("503 ServiceUnavailable status=error", row.LastError, StringComparison.Ordinal);
        }

        gateway.Answer = 400;
        await Task.Delay(150);
        Assert.Equal(new DeliverOutbox.Pass(0, 0, 1), await OutboxDeliveryTests.PassAsync(app, "A", channel));
        await using (var scope = app.SystemScope(out var db))
        {
            var row = await db.Outbox.AsNoTracking().SingleAsync();
            Assert.Equal((OutboxStatus.Failed, 2, null), (row.Status, row.Attempts, row.SealedBody));
            Assert.StartsWith("Sms-gatewayen afviste beskeden: 400 BadRequest", row.LastError, StringComparison.Ordinal);
        }

        Assert.Empty(gateway.Messages);
    }

    [Theory]
    [InlineData("12 34 56 78", "4512345678")]
    [InlineData("+45 12-34-56-78", "4512345678")]
    [InlineData("0046 70 123 45 67", "46701234567")]
    [InlineData("1234567", null)]
    [InlineData("+45 123456789", null)]
    [InlineData("12345678; DROP", null)]
    [InlineData("\0\0\0\0\0\0\0\0", null)]
    public void Numbers_are_sent_as_country_code_and_digits_or_refused(string number, string? expected) =>
        Assert.Equal(expected, SmsGatewayChannel.Msisdn(number));
}
