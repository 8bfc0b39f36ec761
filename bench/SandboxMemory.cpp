// How much the sandbox's memory grows over a long run of token requests: TOKENS (default 1,000,000)
// calls of POST /oauth/client_credential/accesstoken through the sandbox's HTTP service (routing,
// parameters, credentials and the simulator; only the socket layer is left out, which keeps
// nothing per request), on a virtual clock that moves 100 ms per call. Tokens expire and are
// forgotten, and at most Simulator::kMaxTokens are kept, so the resident size must level off.
// Prints the growth of this process's resident size in MiB.
//
// Usage: bench_sandbox_memory [TOKENS]

#include "Clock.h"
#include "HttpTypes.h"
#include "SandboxService.h"
#include "Simulator.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {

// Resident set size of this process in KiB, from /proc/self/status; -1 when unknown.
qint64 residentKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const long long tokens = argc > 1 ? std::atoll(argv[1]) : 1'000'000;
    if (tokens < 1) {
        QTextStream(stderr) << "usage: bench_sandbox_memory [TOKENS]\n";
        return 2;
    }

    sandbox::ManualClock clock(1'764'000'000'000);
    sandbox::Simulator simulator({}, &clock, 1);
    sandbox::SandboxService service(&simulator);
    sandbox::HttpRequest request;
    request.method = "POST";
    request.path = u"/oauth/client_credential/accesstoken"_s;
    request.query = "grant_type=client_credentials";
    request.headers = {{"Content-Type", "application/x-www-form-urlencoded"}};
    request.body = "client_id=sandbox-client&client_secret=sandbox-secret";

    const qint64 before = residentKiB();
    for (long long i = 0; i < tokens; ++i) {
        const sandbox::HttpResponse response = service.handle(request);
        if (response.status != 200) {
            QTextStream(stderr) << "bench_sandbox_memory: HTTP " << response.status << ": "
                                << response.body << '\n';
            return 1;
        }
        clock.advance(100);
    }
    const qint64 after = residentKiB();
    if (before < 0 || after < 0) {
        QTextStream(stderr) << "bench_sandbox_memory: no VmRSS in /proc/self/status\n";
        return 1;
    }
    QTextStream err(stderr);
    err << "bench_sandbox_memory: " << tokens << " tokens, " << simulator.tokenCount()
        << " kept, VmRSS " << before << " KiB before, " << after << " KiB after\n";
    QTextStream out(stdout);
    out.setRealNumberNotation(QTextStream::FixedNotation);
    out.setRealNumberPrecision(1);
    out << "sandbox_rss_growth_mib_1m_tokens " << static_cast<double>(after - before) / 1024.0
        << '\n';
    return 0;
}
