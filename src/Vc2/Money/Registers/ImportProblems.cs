namespace Vc2.Money.Registers;

/// <summary>The bad lines of a file: all are counted, the first <see cref="ImportRunner.MaxBadLinesReported"/> are
/// kept with their line numbers for the report.</summary>
internal sealed class LineProblems
{
    private readonly List<string> _reported = [];

    public int Count { get; private set; }

    public IReadOnlyList<string> Reported => _reported;

    public void Add(long lineNumber, string message)
    {
        Count++;
        if (_reported.Count < ImportRunner.MaxBadLinesReported)
        {
            _reported.Add($"Linje {lineNumber}: {message}");
        }
    }
}

/// <summary>The file cannot be imported, for a reason the user can act on (in Danish): its run fails with it.</summary>
internal sealed class ImportRefusedException(string message) : Exception(message);

/// <summary>The import lease was taken by another instance while this one worked (it was taken for dead).</summary>
internal sealed class ImportLeaseLostException() : Exception("Indlæsningens lås blev overtaget af en anden instans.");
