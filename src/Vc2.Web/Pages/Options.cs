using Microsoft.AspNetCore.Mvc.Rendering;
using Vc2.CaseWork.Agreements;
using Vc2.CaseWork.Citizens;
using Vc2.CaseWork.FollowUps;
using Vc2.CaseWork.Outcomes;
using Vc2.CaseWork.Placements;

namespace Vc2.Web.Pages;

/// <summary>The Danish option lists of the forms.</summary>
public static class Options
{
    public static IEnumerable<SelectListItem> TargetGroups =>
        Enum.GetValues<TargetGroup>().Select(g => new SelectListItem(TargetGroupNames.Danish(g), g.ToString()));

    public static IEnumerable<SelectListItem> ExitTargets =>
        Enum.GetValues<ExitTarget>().Select(g => new SelectListItem(ExitTargetNames.Danish(g), g.ToString()));

    public static IEnumerable<SelectListItem> EndReasons =>
        Enum.GetValues<EndReason>().Select(g => new SelectListItem(EndReasonNames.Danish(g), g.ToString()));

    public static IEnumerable<SelectListItem> FollowUpForms =>
        Enum.GetValues<FollowUpForm>().Select(g => new SelectListItem(FollowUpNames.Danish(g), g.ToString()));

    public static IEnumerable<SelectListItem> SubGoalStatuses =>
        Enum.GetValues<SubGoalStatus>().Select(g => new SelectListItem(FollowUpNames.Danish(g), g.ToString()));

    public static IEnumerable<SelectListItem> OutcomeKinds =>
        Enum.GetValues<OutcomeKind>().Select(g => new SelectListItem(OutcomeKindNames.Danish(g), g.ToString()));

    public static IEnumerable<SelectListItem> Parties =>
        Enum.GetValues<AgreementParty>().Select(g => new SelectListItem(char.ToUpperInvariant(AgreementNames.Danish(g)[0]) + AgreementNames.Danish(g)[1..], g.ToString()));
}
