// Start forløb: choosing the company narrows the contracts and mentors to that company's at once. Without this script
// the form works in two steps (the button "Vis virksomhedens rammeaftaler og mentorer"), which this script hides.
(() => {
  const data = document.getElementById('placement-choices');
  const company = document.getElementById('Input_CompanyId');
  const contract = document.getElementById('Input_ContractId');
  const mentor = document.getElementById('Input_MentorId');
  if (!data || !company || !contract || !mentor) {
    return;
  }

  const choices = JSON.parse(data.textContent);
  const step = document.getElementById('choose-company');
  if (step) {
    step.hidden = true;
  }

  const fill = (select, items, placeholder) => {
    const kept = select.value;
    select.replaceChildren(new Option(placeholder, ''));
    for (const item of items) {
      select.add(new Option(item.label, item.id));
    }
    select.value = items.some(i => i.id === kept) ? kept : '';
  };

  company.addEventListener('change', () => {
    const chosen = choices[company.value];
    fill(contract, chosen ? chosen.contracts : [], chosen ? 'Uden rammeaftale' : 'Vælg først virksomheden');
    fill(mentor, chosen ? chosen.mentors : [], chosen ? 'Vælg mentor' : 'Vælg først virksomheden');
  });
})();
