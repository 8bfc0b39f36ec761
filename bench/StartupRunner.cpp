// Times the start of a program: from posix_spawn() until it exits, for a program that quits after
// its first paint. Runs the app and the baseline alternately (so that both see the same noise),
// one warm-up run each first, and prints the medians, their ratio and the app's peak resident
// memory (ru_maxrss of the child, from wait4()). Every run is on one CPU, the one this program
// starts on (see pinToOneCpu()).
//
// Usage: bench_startup RUNS APP_PATH BASELINE_PATH [APP_ARG ...]
// The environment (QT_QPA_PLATFORM, HOME, XDG_*) is passed on as it is.

#include <QList>
#include <QTextStream>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <sched.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char **environ;

namespace {

constexpr int kTimeoutSeconds = 60;
volatile pid_t g_child = 0;

void onAlarm(int)
{
    if (g_child > 0)
        kill(g_child, SIGKILL);
}

struct Run
{
    double ms = 0;
    double peakMib = 0;
    bool ok = false;
};

Run runOnce(const std::vector<char *> &argv)
{
    Run run;
    pid_t pid = 0;
    const auto start = std::chrono::steady_clock::now();
    if (posix_spawn(&pid, argv.front(), nullptr, nullptr, argv.data(), environ) != 0)
        return run;
    g_child = pid;
    alarm(kTimeoutSeconds);
    int status = 0;
    rusage usage {};
    const pid_t done = wait4(pid, &status, 0, &usage);
    const auto end = std::chrono::steady_clock::now();
    alarm(0);
    g_child = 0;
    run.ms = std::chrono::duration<double, std::milli>(end - start).count();
    run.peakMib = static_cast<double>(usage.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
    run.ok = done == pid && WIFEXITED(status) && WEXITSTATUS(status) == 0;
    return run;
}

// The two CPUs of a shared machine can differ in speed by a third for minutes at a time, and
// with the app and the baseline alternating the scheduler tends to put each on its own CPU: on
// 2026-12-02 unpinned batches read 1.21 (app on the fast CPU) or 1.96-2.02 (on the slow one),
// pinned ones 1.40-1.53 on either CPU. The children inherit the affinity.
int pinToOneCpu()
{
    const int cpu = sched_getcpu();
    if (cpu < 0)
        return -1;
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(cpu, &set);
    return sched_setaffinity(0, sizeof set, &set) == 0 ? cpu : -1;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (argc < 4) {
        err << "usage: bench_startup RUNS APP_PATH BASELINE_PATH [APP_ARG ...]\n";
        return 2;
    }
    const int runs = std::atoi(argv[1]);
    if (runs < 1) {
        err << "bench_startup: RUNS must be at least 1\n";
        return 2;
    }
    std::signal(SIGALRM, onAlarm);
    const int cpu = pinToOneCpu();
    err << "bench_startup: "
        << (cpu < 0 ? QStringLiteral("not pinned to a CPU")
                    : QStringLiteral("every run on CPU %1").arg(cpu))
        << Qt::endl;

    std::vector<char *> app {argv[2]};
    for (int i = 4; i < argc; ++i)
        app.push_back(argv[i]);
    app.push_back(nullptr);
    const std::vector<char *> baseline {argv[3], nullptr};

    QList<double> appMs;
    QList<double> baselineMs;
    double appPeak = 0;
    double baselinePeak = 0;
    for (int i = -1; i < runs; ++i) { // i == -1: warm-up, not counted
        const Run a = runOnce(app);
        const Run b = runOnce(baseline);
        if (!a.ok || !b.ok) {
            err << "bench_startup: a run failed or timed out (" << (a.ok ? argv[3] : argv[2])
                << ")\n";
            return 1;
        }
        if (i < 0)
            continue;
        appMs.append(a.ms);
        baselineMs.append(b.ms);
        appPeak = std::max(appPeak, a.peakMib);
        baselinePeak = std::max(baselinePeak, b.peakMib);
    }
    const double appMedian = median(appMs);
    const double baselineMedian = median(baselineMs);
    out.setRealNumberNotation(QTextStream::FixedNotation);
    out.setRealNumberPrecision(1);
    out << "startup_ms " << appMedian << '\n';
    out << "startup_baseline_ms " << baselineMedian << '\n';
    out.setRealNumberPrecision(2);
    out << "startup_ratio " << appMedian / baselineMedian << '\n';
    out.setRealNumberPrecision(1);
    out << "startup_peak_mib " << appPeak << '\n';
    out << "startup_baseline_peak_mib " << baselinePeak << '\n';
    return 0;
}
