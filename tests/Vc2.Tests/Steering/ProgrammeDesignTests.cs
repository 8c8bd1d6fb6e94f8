using Microsoft.EntityFrameworkCore;
using Vc2.CaseWork.Agreements;
using Vc2.CaseWork.Progress;
using Vc2.Platform.Common;
using Vc2.Platform.Data;
using Vc2.Tests.Infrastructure;
using static Vc2.Tests.Progress.ProgressTestData;

namespace Vc2.Tests.Steering;

/// <summary>The agency designs the work agreement template and the progress instrument (ADR 0024): drafts, publishing,
/// who may, hostile input, and that new records use the newest version while stored ones are never touched.</summary>
public sealed class ProgrammeDesignTests
{
    public static TheoryData<DatabaseProvider> Providers => TestDatabase.Providers;

    private static DesignAgreementTemplate.Input TemplateWith(params DesignAgreementTemplate.SectionInput[] sections) => new()
    {
        LongTermGoalGuidance = "Borgerens drøm", PlacementGoalGuidance = "Målet her", TasksAndHoursGuidance = "Opgaver og timer", MentorRoleGuidance = "Mentorens rolle",
        SubGoalsGuidance = "Ét pr. linje", Sections = [.. sections],
    };

    private static SaveAgreement.Input Agreement(params string?[] sections) => new()
    {
        LongTermGoal = "Job i et bageri", PlacementGoal = "Faste mødetider", TasksAndHours = "Bagning, 10 timer", MentorRole = "Daglig støtte", SubGoals = "Møder til tiden",
        Sections = [.. sections],
    };

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_published_template_with_an_extra_section_is_what_the_next_agreement_uses_and_records(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var placement = await StartPlacementAAsync(app);
        var first = Assert.IsType<Result<SaveAgreement.Output>.Ok>(await app.AsAsync<SaveAgreement, Result<SaveAgreement.Output>>(app.Data.CaseworkerA,
            s => s.RunAsync(placement, Agreement()))).Value;

        // A draft is not used: the form still shows version 1 while the agency writes version 2.
        var draft = await app.AsAsync<DesignAgreementTemplate, Result<int>>(app.Data.Agency, s => s.SaveDraftAsync(TemplateWith(
            new DesignAgreementTemplate.SectionInput { Title = "Transport", Guidance = "Hvordan kommer borgeren til og fra arbejde?", Required = true })));
        Assert.Equal(2, Assert.IsType<Result<int>.Ok>(draft).Value);
        var form = Assert.IsType<Result<SaveAgreement.Form>.Ok>(await app.AsAsync<SaveAgreement, Result<SaveAgreement.Form>>(app.Data.CaseworkerA, s => s.FormAsync(placement))).Value;
        Assert.Equal((1, 0), (form.Template.Number, form.Template.Sections.Count));

        // Publishing what was seen: a draft saved again since the page was shown is not published unseen.
        var seen = Assert.IsType<Result<AgreementTemplate>.Ok>(await app.AsAsync<DesignAgreementTemplate, Result<AgreementTemplate>>(app.Data.Agency, s => s.DraftAsync())).Value.Version;
        Assert.IsType<Result<int>.Ok>(await app.AsAsync<DesignAgreementTemplate, Result<int>>(app.Data.Agency, s => s.SaveDraftAsync(TemplateWith(
            new DesignAgreementTemplate.SectionInput { Title = "Transport", Guidance = "Hvordan kommer borgeren til og fra arbejde?", Required = true }) with { Version = seen })));
        Assert.IsType<Result<int>.Conflict>(await app.AsAsync<DesignAgreementTemplate, Result<int>>(app.Data.Agency, s => s.PublishAsync(2, seen)));
        Assert.IsType<Result<int>.Ok>(await app.AsAsync<DesignAgreementTemplate, Result<int>>(app.Data.Agency, s => s.PublishAsync(2, seen + 1)));
        form = Assert.IsType<Result<SaveAgreement.Form>.Ok>(await app.AsAsync<SaveAgreement, Result<SaveAgreement.Form>>(app.Data.CaseworkerA, s => s.FormAsync(placement))).Value;
        Assert.Equal((2, "Transport", "Hvordan kommer borgeren til og fra arbejde?"), (form.Template.Number, form.Template.Sections.Single().Title, form.Template.Sections.Single().Guidance));

        // The required section must be filled; a form shown from version 1 is told that version 2 came meanwhile.
        var missing = await app.AsAsync<SaveAgreement, Result<SaveAgreement.Output>>(app.Data.CaseworkerA, s => s.RunAsync(placement, Agreement()));
        Assert.Contains("Udfyld afsnittet »Transport«.", Assert.IsType<Result<SaveAgreement.Output>.Invalid>(missing).Errors["Sections[0]"]);
        var stale = await app.AsAsync<SaveAgreement, Result<SaveAgreement.Output>>(app.Data.CaseworkerA, s => s.RunAsync(placement, Agreement("Bus") with { TemplateNumber = 1 }));
        Assert.Contains("version 2 af skabelonen", Assert.IsType<Result<SaveAgreement.Output>.Conflict>(stale).Message, StringComparison.Ordinal);
        var tooMany = await app.AsAsync<SaveAgreement, Result<SaveAgreement.Output>>(app.Data.CaseworkerA, s => s.RunAsync(placement, Agreement("Bus", "Ekstra")));
        Assert.IsType<Result<SaveAgreement.Output>.Invalid>(tooMany);

        var second = Assert.IsType<Result<SaveAgreement.Output>.Ok>(await app.AsAsync<SaveAgreement, Result<SaveAgreement.Output>>(app.Data.CaseworkerA,
            s => s.RunAsync(placement, Agreement("Bus 2A, 20 minutter") with { TemplateNumber = 2 }))).Value;

        await using var scope = app.SystemScope(out var db);
        var rows = await db.Agreements.Include(a => a.Sections).Where(a => a.PlacementId == placement).OrderBy(a => a.Number).ToListAsync();
        Assert.Equal([(first.Id, 1, 0), (second.Id, 2, 1)], rows.Select(a => (a.Id, a.TemplateNumber ?? 0, a.Sections.Count)));
        Assert.Equal(("Transport", "Bus 2A, 20 minutter"), (rows[1].Sections[0].Title, rows[1].Sections[0].Text));
        // The extra section is part of the text the parties accept.
        Assert.Contains("Transport: Bus 2A, 20 minutter", AgreementText.Of(rows[1]), StringComparison.Ordinal);
        Assert.DoesNotContain("Transport", AgreementText.Of(rows[0]), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Only_the_agency_designs_and_bad_input_is_refused_field_by_field(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        foreach (var user in new[] { app.Data.ProjectLeaderA, app.Data.CaseworkerA, app.Data.Evaluator, app.Data.CitizenUserA })
        {
            Assert.IsType<Result<int>.NotFound>(await app.AsAsync<DesignAgreementTemplate, Result<int>>(user, s => s.SaveDraftAsync(TemplateWith())));
            Assert.IsType<Result<int>.NotFound>(await app.AsAsync<DesignAgreementTemplate, Result<int>>(user, s => s.PublishAsync(1)));
            Assert.IsType<Result<int>.NotFound>(await app.AsAsync<DesignInstrument, Result<int>>(user, s => s.PublishAsync(1)));
        }

        var dup = await app.AsAsync<DesignAgreementTemplate, Result<int>>(app.Data.Agency, s => s.SaveDraftAsync(TemplateWith(
            new DesignAgreementTemplate.SectionInput { Title = "Transport" }, new DesignAgreementTemplate.SectionInput { Title = "transport" },
            new DesignAgreementTemplate.SectionInput { Guidance = "Uden overskrift" }, new DesignAgreementTemplate.SectionInput { Title = new string('x', 201) })
            with { MentorRoleGuidance = " " }));
        var errors = Assert.IsType<Result<int>.Invalid>(dup).Errors;
        Assert.Contains("To ekstra afsnit har samme overskrift.", errors["Sections"]);
        Assert.Contains("Skriv afsnittets overskrift.", errors["Sections[2].Title"]);
        Assert.Contains("Højst 200 tegn.", errors["Sections[3].Title"]);
        Assert.Contains("Skriv vejledningen til mentorens rolle og støtteopgaver.", errors["MentorRoleGuidance"]);
        // Publishing a version that is not a draft (the published version 1, or none) is nothing to publish.
        Assert.IsType<Result<int>.NotFound>(await app.AsAsync<DesignAgreementTemplate, Result<int>>(app.Data.Agency, s => s.PublishAsync(1)));
        Assert.IsType<Result<int>.NotFound>(await app.AsAsync<DesignAgreementTemplate, Result<int>>(app.Data.Agency, s => s.PublishAsync(99)));

        var draft = Assert.IsType<Result<DesignInstrument.Draft>.Ok>(await app.AsAsync<DesignInstrument, Result<DesignInstrument.Draft>>(app.Data.Agency, s => s.DraftAsync())).Value;
        var input = draft.Input;
        var dims = input.Dimensions!;
        var bad = input with
        {
            ScaleAnchors = [null, .. input.ScaleAnchors!.Skip(1)],
            Dimensions =
            [
                dims[0] with { Key = "Ikke en nøgle!" },
                dims[1] with { Key = dims[2].Key },
                dims[2],
                dims[3] with { CitizenWording = "" },
                .. dims.Skip(4),
                new DesignInstrument.DimensionInput { Key = "fritid", Name = "Fritid", CitizenWording = "Jeg har en god fritid.", CaseworkerWording = "Borgeren har en god fritid.",
                    MentorWording = "Ikke for mentoren", LowAnchor = "Slet ikke", HighAnchor = "Helt" },
            ],
        };
        var refused = Assert.IsType<Result<int>.Invalid>(await app.AsAsync<DesignInstrument, Result<int>>(app.Data.Agency, s => s.SaveDraftAsync(bad))).Errors;
        Assert.Contains("Skriv skalaens ankertekst ved 1.", refused["ScaleAnchors[0]"]);
        Assert.StartsWith("Nøglen skal være", refused["Dimensions[0].Key"][0], StringComparison.Ordinal);
        Assert.Contains($"Nøglen »{dims[2].Key}« bruges af to dimensioner.", refused["Dimensions[2].Key"]);
        Assert.Contains("Skriv spørgsmålet til borgeren.", refused["Dimensions[3].CitizenWording"]);
        Assert.StartsWith("Mentoren besvarer kun dimensioner om arbejdspladsen", refused[$"Dimensions[{dims.Count}].MentorWording"][0], StringComparison.Ordinal);
        var none = input with { Dimensions = [.. dims.Select(d => d with { Remove = true })] };
        Assert.Contains("Instrumentet skal have mindst én dimension.",
            Assert.IsType<Result<int>.Invalid>(await app.AsAsync<DesignInstrument, Result<int>>(app.Data.Agency, s => s.SaveDraftAsync(none))).Errors["Dimensions"]);

        await using var scope = app.SystemScope(out var db);
        Assert.Equal(1, await db.AgreementTemplates.CountAsync());
        Assert.Equal(1, await db.InstrumentVersions.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_published_instrument_version_is_what_the_next_measurement_uses_and_earlier_answers_stay_as_they_were(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await StartPlacementAAsync(app, daysAgo: 70);
        var today = Vc2.Platform.Common.Today.In(TimeProvider.System);
        Assert.IsType<Result<Guid>.Ok>(await app.AsAsync<RecordMeasurement, Result<Guid>>(app.Data.CaseworkerA, s => s.RunAsync(app.Data.CitizenA,
            new RecordMeasurement.Input { AnsweredOn = today.AddDays(-60), Answers = All(Respondent.Caseworker, 4) })));
        string before;
        await using (var scope = app.SystemScope(out var db))
        {
            before = Snapshot(await db.Measurements.Include(m => m.Scores).AsNoTracking().ToListAsync());
        }

        // Version 2: the first dimension's wording changed, a new dimension added; the key of every old one kept.
        var draft = Assert.IsType<Result<DesignInstrument.Draft>.Ok>(await app.AsAsync<DesignInstrument, Result<DesignInstrument.Draft>>(app.Data.Agency, s => s.DraftAsync())).Value;
        Assert.False(draft.Saved);
        var dims = draft.Input.Dimensions!;
        var changed = draft.Input with
        {
            ChangeNote = "Ny formulering af mødestabilitet; ny dimension om trivsel.",
            Dimensions =
            [
                dims[0] with { CaseworkerWording = "Borgeren kommer til tiden og melder afbud, når det er nødvendigt." },
                .. dims.Skip(1),
                new DesignInstrument.DimensionInput { Key = "trivsel", Name = "Trivsel", CitizenWording = "Jeg trives på arbejdspladsen.", CaseworkerWording = "Borgeren trives.",
                    LowAnchor = "Slet ikke", HighAnchor = "I høj grad" },
            ],
        };
        Assert.Equal(2, Assert.IsType<Result<int>.Ok>(await app.AsAsync<DesignInstrument, Result<int>>(app.Data.Agency, s => s.SaveDraftAsync(changed))).Value);
        var formBefore = Assert.IsType<Result<RecordMeasurement.Form>.Ok>(await app.AsAsync<RecordMeasurement, Result<RecordMeasurement.Form>>(app.Data.CaseworkerA,
            s => s.FormAsync(app.Data.CitizenA))).Value;
        Assert.Equal(1, formBefore.Instrument.Version);

        Assert.IsType<Result<int>.Ok>(await app.AsAsync<DesignInstrument, Result<int>>(app.Data.Agency, s => s.PublishAsync(2)));
        var form = Assert.IsType<Result<RecordMeasurement.Form>.Ok>(await app.AsAsync<RecordMeasurement, Result<RecordMeasurement.Form>>(app.Data.CaseworkerA,
            s => s.FormAsync(app.Data.CitizenA))).Value;
        Assert.Equal(2, form.Instrument.Version);
        Assert.Equal("Borgeren kommer til tiden og melder afbud, når det er nødvendigt.", form.Instrument.Dimensions[0].Wording[Respondent.Caseworker]);
        Assert.Equal(dims.Select(d => d.Key).Append("trivsel"), form.Instrument.Dimensions.Select(d => d.Key));

        // Answers shown from version 1 are refused once version 2 is out; answered on version 2 they are kept with it.
        var answers = form.Instrument.For(Respondent.Caseworker).ToDictionary(d => d.Key, _ => (int?)7);
        var stale = await app.AsAsync<RecordMeasurement, Result<Guid>>(app.Data.CaseworkerA, s => s.RunAsync(app.Data.CitizenA,
            new RecordMeasurement.Input { AnsweredOn = today, Answers = new AnswerInput { Scores = answers, InstrumentVersion = 1 } }));
        Assert.Contains("version 2 af måleinstrumentet", Assert.IsType<Result<Guid>.Invalid>(stale).Errors.Values.SelectMany(e => e).Single(), StringComparison.Ordinal);
        Assert.IsType<Result<Guid>.Ok>(await app.AsAsync<RecordMeasurement, Result<Guid>>(app.Data.CaseworkerA, s => s.RunAsync(app.Data.CitizenA,
            new RecordMeasurement.Input { AnsweredOn = today, Answers = new AnswerInput { Scores = answers, InstrumentVersion = 2 } })));

        await using var check = app.SystemScope(out var after);
        var rows = await after.Measurements.Include(m => m.Scores).AsNoTracking().OrderBy(m => m.AnsweredOn).ToListAsync();
        Assert.Equal(before, Snapshot(rows.Take(1).ToList()));
        Assert.Equal((2, 7), (rows[1].InstrumentVersion, rows[1].Scores.Single(s => s.DimensionKey == "trivsel").Score));
        var progress = Assert.IsType<Result<GetJobCentreProgress.Output>.Ok>(await app.AsAsync<GetJobCentreProgress, Result<GetJobCentreProgress.Output>>(app.Data.ProjectLeaderA,
            s => s.RunAsync(app.Data.CentreA))).Value;
        Assert.Equal([1, 2], progress.AnsweredOnVersions);
        var leader = await app.LoginAsync(app.Data.ProjectLeaderA);
        Assert.Contains("besvaret på version 1 og 2 af måleinstrumentet", await leader.GetStringAsync($"/progression?jobcenter={app.Data.CentreA}"), StringComparison.Ordinal);
    }

    /// <summary>Every stored column of the measurements and their scores, to compare before and after.</summary>
    private static string Snapshot(List<Measurement> rows) => string.Join("\n", rows.OrderBy(m => m.Id).Select(m =>
        $"{m.Id}|{m.JobCentreId}|{m.CitizenId}|{m.PlacementId}|{m.Respondent}|{m.MentorId}|{m.Kind}|{m.AnsweredOn}|{m.InstrumentId}|{m.InstrumentVersion}|{m.HoursPerWeek}|{m.Channel}|{m.AnsweredBy}|{m.CreatedAtUtc:O}|"
        + string.Join(",", m.Scores.OrderBy(s => s.DimensionKey).Select(s => $"{s.DimensionKey}={s.Score}"))));
}
