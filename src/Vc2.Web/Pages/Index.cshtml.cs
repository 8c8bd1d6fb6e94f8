using Microsoft.AspNetCore.Mvc.RazorPages;
using Vc2.CaseWork.WorkList;
using Vc2.Platform.Users;

namespace Vc2.Web.Pages;

/// <summary>The start page: a welcome for visitors, and for each role the places to start.</summary>
public sealed class IndexModel(CurrentUser user, MyCitizens myCitizens) : PageModel
{
    public sealed record Tile(string Href, string Title, string Text);

    public bool IsAuthenticated => user.UserId is not null;

    public string DisplayName => user.DisplayName;

    public List<Tile> Tiles { get; } = [];

    /// <summary>A coordinating caseworker's work list in short: how many of their citizens need something, by what.</summary>
    public IReadOnlyList<(MyCitizens.Group Group, int Count)>? WorkList { get; private set; }

    public int WorkListCitizens { get; private set; }

    public int WorkListNeedingAction { get; private set; }

    /// <summary>The API documentation is for those who connect systems to VC2: the project leader and the agency.</summary>
    public static bool UsesApi(CurrentUser user) => user.HasRole(Role.ProjectLeader) || user.HasRole(Role.Agency);

    public async Task OnGetAsync(CancellationToken ct)
    {
        var roles = user.Roles.ToHashSet();
        if (roles.Contains(Role.Caseworker))
        {
            await LoadWorkListAsync(ct);
        }

        AddStaffTiles(roles);
        AddPartyTiles(roles);

        if (UsesApi(user))
        {
            Tiles.Add(new Tile("/api/docs", "API", "Dokumentation af VC2's API til integrationer med jobcentrets egne systemer."));
        }
    }

    private async Task LoadWorkListAsync(CancellationToken ct)
    {
        var rows = await myCitizens.RunAsync(false, ct);
        WorkListCitizens = rows.Count;
        WorkListNeedingAction = rows.Count(r => r.Actions.Count > 0);
        WorkList = MyCitizens.CountByGroup(rows).Where(g => g.Count > 0).ToList();
    }

    /// <summary>The places to start for the job centre's staff, the agency and the evaluators.</summary>
    private void AddStaffTiles(HashSet<Role> roles)
    {
        if (roles.Overlaps([Role.ProjectLeader, Role.Caseworker, Role.JobConsultant]))
        {
            Tiles.Add(new Tile("/mine-borgere", "Mine borgere", "Dine borgere og det, der kræver handling, sorteret efter hvad der skal gøres."));
            Tiles.Add(new Tile("/borgere", "Borgere", "Find en borger på navn eller CPR-nummer, og se borgerens oplysninger."));
            Tiles.Add(new Tile("/virksomheder", "Virksomheder", "Virksomhederne, som jobcentret samarbejder med."));
        }

        if (roles.Overlaps([Role.ProjectLeader, Role.Agency, Role.Evaluator]))
        {
            Tiles.Add(new Tile("/holdepunkter", "Holdepunkter", "De ni holdepunkter med målte indikatorer, status og posterne bag."));
            Tiles.Add(new Tile("/projekt", "Projektorganisation", "Indsatsgruppen og projektplanen med tidligere versioner."));
            Tiles.Add(new Tile("/mentornetvaerk", "Mentornetværk", "Mentorkurser, netværksmøder pr. kvartal og mentorernes uddannelse."));
            Tiles.Add(new Tile("/progression", "Progression", "Borgernes udvikling fra nulpunktsmålingen, og hvor mange af målingerne der er besvaret."));
        }

        if (roles.Contains(Role.ProjectLeader))
        {
            Tiles.Add(new Tile("/adgangslog", "Adgangslog", "Hvem har set eller ændret borgernes oplysninger i dit jobcenter."));
        }

        if (roles.Overlaps([Role.Agency, Role.Evaluator]))
        {
            Tiles.Add(new Tile("/jobcentre", "Jobcentre", "Alle jobcentre i programmet side om side."));
            Tiles.Add(new Tile("/evaluering", "Evaluering", "Midtvejs- og slutevaluering fra fastfrosne øjebliksbilleder, og data til evaluatorerne."));
        }
    }

    /// <summary>The places to start for the mentor, the citizen and the company contact.</summary>
    private void AddPartyTiles(HashSet<Role> roles)
    {
        if (roles.Contains(Role.CompanyMentor))
        {
            Tiles.Add(new Tile("/mentor", "Mine forløb", "Borgerne du er mentor for, arbejdsaftalerne, jobcentrets kontaktperson og kommende kurser og møder."));
        }

        if (roles.Contains(Role.Citizen))
        {
            Tiles.Add(new Tile("/mit-forloeb", "Mit forløb", "Din praktik, din arbejdsaftale, din udslusningsstrategi og dine kontaktpersoner."));
        }

        if (roles.Contains(Role.CompanyContact))
        {
            Tiles.Add(new Tile("/virksomhed", "Vores virksomhed", "Rammeaftalen, pladserne, borgerne i praktik hos jer og aftaler til jeres accept."));
        }

        if (roles.Overlaps([Role.Citizen, Role.CompanyMentor]))
        {
            Tiles.Add(new Tile("/mine-maalinger", "Mine målinger", "Svar på jobcentrets spørgsmål om, hvordan forløbet går."));
        }

        if (roles.Contains(Role.Citizen))
        {
            Tiles.Add(new Tile("/mine-oplysninger", "Mine oplysninger", "Se hvad jobcentret har registreret om dig, og hvem der har set det."));
        }
    }
}
