namespace Vc2.Cli;

internal static class ProcessMemory
{
    /// <summary>The process's peak resident memory (VmHWM on Linux), which is what a memory limit would meet.</summary>
    public static double PeakMegabytes()
    {
        const string status = "/proc/self/status";
        if (File.Exists(status))
        {
            var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            if (line is not null && long.TryParse(line[6..].Trim().Split(' ')[0], out var kb))
            {
                return kb / 1024.0;
            }
        }

        return Environment.WorkingSet / 1024.0 / 1024.0;
    }
}
