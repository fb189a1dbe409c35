using System.Runtime.InteropServices;

namespace Werkbrug.Benchmarks;

/// <summary>
/// CPU time of the calling thread (Linux <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>): unlike wall-clock time it
/// does not grow while the thread waits for a core, so it shows the engine's own cost on a shared, busy machine.
/// Returns 0 where the call is unavailable.
/// </summary>
internal static partial class ThreadClock
{
    private const int ClockThreadCpuTimeId = 3;

    public static double NowMs()
    {
        if (!OperatingSystem.IsLinux())
        {
            return 0;
        }

        return ClockGetTime(ClockThreadCpuTimeId, out var ts) == 0 ? (ts.Seconds * 1e3) + (ts.Nanoseconds / 1e6) : 0;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clockId, out TimeSpec time);
}
