using System.Globalization;
using Vc2.Rules.Model;

namespace Vc2.Steering.Evaluation;

/// <summary>The comparison extract's data lines: each read into a person, and sorted into those kept and those counted
/// or refused.</summary>
public sealed partial class ImportComparisonExtract
{
    /// <summary>Reads a data line into a person, or says in Danish why it cannot.</summary>
    private static string? Read(string line, int weekCount, int thisYear, Dictionary<string, BenefitCategory> codes, SortedDictionary<string, int> unknown,
        out ComparisonPerson? person)
    {
        person = null;
        var cells = line.Split(';');
        if (cells.Length != FixedColumns + weekCount)
        {
            return $"har {cells.Length} felter, men overskriften har {FixedColumns + weekCount}.";
        }

        var pseudonym = cells[0].Trim().ToLowerInvariant();
        if (!Pseudonyms.IsWellFormed(pseudonym))
        {
            return $"pseudonymet skal være {Pseudonyms.Length} hex-tegn (0–9, a–f).";
        }

        var municipality = cells[1].Trim();
        if (municipality.Length != 3 || !municipality.All(char.IsAsciiDigit))
        {
            return "KOMMUNE skal være et kommunenummer på tre cifre.";
        }

        if (!int.TryParse(cells[2].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var birthYear) || birthYear < thisYear - 100 || birthYear > thisYear - 15)
        {
            return $"FOEDSELSAAR skal være et årstal mellem {thisYear - 100} og {thisYear - 15}.";
        }

        var sex = cells[3].Trim().ToUpperInvariant();
        if (sex is not ("K" or "M"))
        {
            return "KOEN skal være K eller M.";
        }

        var weeks = new byte[weekCount];
        for (var i = 0; i < weekCount; i++)
        {
            var code = cells[FixedColumns + i].Trim();
            if (code.Length == 0)
            {
                continue; // no benefit that week
            }

            if (!codes.TryGetValue(code, out var category))
            {
                var shown = code.Length > 12 ? code[..12] + "…" : code;
                unknown[shown] = unknown.GetValueOrDefault(shown) + 1;
                continue;
            }

            weeks[i] = (byte)category;
        }

        person = new ComparisonPerson { Pseudonym = pseudonym, Municipality = municipality, BirthYear = birthYear, Female = sex == "K", Weeks = weeks };
        return null;
    }

    /// <summary>Sorts the data lines: the persons to keep, and what is counted or refused instead.</summary>
    private sealed class PersonLines(int weekCount, int thisYear, Dictionary<string, BenefitCategory> codes, HashSet<string> participants,
        HashSet<string> municipalities, ComparisonExtract extract)
    {
        private readonly List<string> _problems = [];
        private readonly SortedDictionary<string, int> _unknown = new(StringComparer.Ordinal);
        private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
        private int _problemCount;

        public ComparisonExtract Extract => extract;

        public bool Refused => _problemCount > 0 || _unknown.Count > 0;

        /// <summary>The person on a data line to keep, or null when the line is refused (the problem noted), a participant's
        /// or outside the programme's municipalities (each counted on the extract).</summary>
        public ComparisonPerson? Take(string line, int lineNumber)
        {
            var problem = Read(line, weekCount, thisYear, codes, _unknown, out var person);
            if (problem is null && !_seen.Add(person!.Pseudonym))
            {
                problem = "pseudonymet står i filen før.";
            }

            if (problem is not null)
            {
                if (++_problemCount <= MaxProblemsShown)
                {
                    _problems.Add($"Linje {lineNumber}: {problem}");
                }

                return null;
            }

            if (participants.Contains(person!.Pseudonym))
            {
                extract.ParticipantsRemoved++;
                return null;
            }

            if (!municipalities.Contains(person.Municipality))
            {
                extract.OutsideProgramme++;
                return null;
            }

            return person;
        }

        /// <summary>Every problem met, in Danish, once the whole file is read.</summary>
        public List<string> Problems()
        {
            if (_unknown.Count > 0)
            {
                _problems.Add("Ukendte ydelseskoder (tilføj dem i kodetabellen under Registre): "
                    + string.Join(", ", _unknown.Take(MaxProblemsShown).Select(u => $"{u.Key} ({u.Value.ToString("N0", CultureInfo.GetCultureInfo("da-DK"))} uger)")) + ".");
            }

            if (_problemCount > MaxProblemsShown)
            {
                _problems.Add($"… og {_problemCount - MaxProblemsShown} linjer mere med fejl.");
            }

            return _problems;
        }
    }
}
