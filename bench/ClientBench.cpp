// Full verification flows against a running sandbox, three ways, in one process:
//  - through VerifyClient and TokenClient, as the app makes them (exchange log included; the rate
//    guard is turned off, since it holds requests and searches to one a second on purpose);
//  - the same HTTP calls made with a bare QNetworkAccessManager (the baseline for the client's
//    own cost);
//  - the same calls made by curl, one curl process per call (what a shell script would do).
// A flow is: request → read the PIN from GET /_sandbox/messages?number=N → check → search (which
// must say SUCCESS). Each way starts cold (the sandbox is reset first, and fetches one token);
// the ways alternate for several rounds. client_overhead_ratio is the median of the rounds'
// client/bare ratios; client_cpu_ratio the same for this process's CPU time (user + system),
// which leaves out the sandbox and the scheduler. NULL_ROUNDS more rounds then pit the bare way
// against itself, the same way: bare_null_ratio is what this instrument reads for no difference
// at all, the noise of the machine within one run.
//
// Usage: bench_client SANDBOX_URL [FLOWS] [ROUNDS] [CURL_ROUNDS] [NULL_ROUNDS]

#include "api/ExchangeLog.h"
#include "api/TokenClient.h"
#include "api/VerifyClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QStandardPaths>
#include <QTextStream>

#include <algorithm>
#include <cstdlib>
#include <functional>
#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {

const QString kClientId = u"sandbox-client"_s;
const QString kClientSecret = u"sandbox-secret"_s;
const QString kTokenPath = u"/oauth/client_credential/accesstoken?grant_type=client_credentials"_s;
const QString kVerifyPath = u"/communication/nexmo/verify"_s;

[[noreturn]] void fail(const QString &why)
{
    QTextStream(stderr) << "bench_client: " << why << Qt::endl;
    std::exit(1);
}

// Flow i uses its own number, so that no request finds another one live (status 10).
QString numberFor(int flow)
{
    return QString::number(31610000000LL + flow);
}

QByteArray form(std::initializer_list<std::pair<QString, QString>> fields)
{
    QByteArray body;
    for (const auto &[key, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

// The latest code delivered for `requestId`, from a /_sandbox/messages answer.
QString codeFrom(const QByteArray &body, const QString &requestId)
{
    const QJsonArray messages = QJsonDocument::fromJson(body).array();
    for (qsizetype i = messages.size() - 1; i >= 0; --i) {
        const QJsonObject m = messages.at(i).toObject();
        if (m.value(u"request_id"_s).toString() == requestId)
            return m.value(u"code"_s).toString();
    }
    return {};
}

QUrl messagesUrl(const QUrl &base, const QString &number)
{
    QUrl url = base.resolved(QUrl(u"/_sandbox/messages"_s));
    url.setQuery(u"number="_s + number);
    return url;
}

QByteArray blockingPost(QNetworkAccessManager &nam, const QUrl &url)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    QNetworkReply *reply = nam.post(request, QByteArray("{}"));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    if (reply->error() != QNetworkReply::NoError)
        fail(u"%1: %2"_s.arg(url.toString(), reply->errorString()));
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

void resetSandbox(const QUrl &base)
{
    QNetworkAccessManager nam;
    blockingPost(nam, base.resolved(QUrl(u"/_sandbox/reset"_s)));
}

struct Result
{
    double ms = 0;
    double cpuMs = 0; // this process only: the client's side, never the sandbox's
    int tokenRequests = 0;
};

double cpuMsNow()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const auto ms = [](const timeval &t) {
        return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_usec) / 1e3;
    };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

// --- VerifyClient ----------------------------------------------------------------------------

Result runClient(const QUrl &base, int flows)
{
    resetSandbox(base);
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = cpuMsNow();

    QNetworkAccessManager nam;
    ExchangeLog log;
    TokenClient tokens(&nam, &log);
    VerifyClient client(&nam, &tokens, &log);
    ApiConfig config;
    config.tokenUrl = base.resolved(QUrl(kTokenPath));
    config.apiBaseUrl = base.resolved(QUrl(kVerifyPath));
    config.clientId = kClientId;
    config.clientSecret = kClientSecret;
    config.proxyMode = ApiConfig::ProxyMode::None;
    client.setConfig(config);
    // The guard holds requests and searches to one a second by design; this measures the
    // client's own cost, so it is off.
    client.rateGuard()->setInterval(RateGuard::Lane::Request, 0);
    client.rateGuard()->setInterval(RateGuard::Lane::Search, 0);

    QObject context;
    QEventLoop loop;
    std::function<void(int)> startFlow;
    startFlow = [&](int i) {
        if (i == flows) {
            loop.quit();
            return;
        }
        VerifyRequest request;
        request.number = numberFor(i);
        request.brand = u"Bench"_s;
        client.request(request, &context, [&, i](const Outcome<RequestResult> &requested) {
            if (!requested || requested.value().alreadyInProgress())
                fail(u"request %1 failed"_s.arg(i));
            const QString id = requested.value().requestId;
            QNetworkReply *reply = nam.get(QNetworkRequest(messagesUrl(base, numberFor(i))));
            QObject::connect(reply, &QNetworkReply::finished, &context, [&, i, id, reply] {
                reply->deleteLater();
                const QString code = codeFrom(reply->readAll(), id);
                if (code.isEmpty())
                    fail(u"no code for flow %1"_s.arg(i));
                client.check(id, code, &context, [&, i, id](const Outcome<CheckResult> &checked) {
                    if (!checked)
                        fail(u"check %1 failed: %2"_s.arg(i).arg(checked.error().message()));
                    client.search(id, &context, [&, i](const Outcome<SearchResult> &found) {
                        if (!found || found.value().status != SearchResult::Status::Success)
                            fail(u"search %1 did not say SUCCESS"_s.arg(i));
                        startFlow(i + 1);
                    });
                });
            });
        });
    };
    startFlow(0);
    loop.exec();

    Result result;
    result.ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    result.cpuMs = cpuMsNow() - cpuStart;
    for (const ExchangeLog::Entry &entry : log.entries()) {
        if (entry.url.contains(u"/oauth/client_credential/accesstoken"_s))
            ++result.tokenRequests;
    }
    return result;
}

// --- bare QNetworkAccessManager --------------------------------------------------------------

Result runBare(const QUrl &base, int flows)
{
    resetSandbox(base);
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = cpuMsNow();

    QNetworkAccessManager nam;
    QObject context;
    QEventLoop loop;
    QByteArray bearer;
    const QUrl verifyUrl = base.resolved(QUrl(kVerifyPath));
    const QUrl checkUrl = base.resolved(QUrl(kVerifyPath + u"/check"_s));
    const QUrl searchUrl = base.resolved(QUrl(kVerifyPath + u"/search"_s));

    // POSTs a form and calls `done` with the JSON object of the answer.
    auto post = [&](const QUrl &url, const QByteArray &body,
                    std::function<void(const QJsonObject &)> done) {
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          u"application/x-www-form-urlencoded"_s);
        if (!bearer.isEmpty())
            request.setRawHeader("Authorization", bearer);
        QNetworkReply *reply = nam.post(request, body);
        QObject::connect(reply, &QNetworkReply::finished, &context, [reply, done] {
            reply->deleteLater();
            if (reply->error() != QNetworkReply::NoError)
                fail(u"bare: %1"_s.arg(reply->errorString()));
            done(QJsonDocument::fromJson(reply->readAll()).object());
        });
    };

    std::function<void(int)> startFlow;
    startFlow = [&](int i) {
        if (i == flows) {
            loop.quit();
            return;
        }
        post(verifyUrl, form({{u"number"_s, numberFor(i)}, {u"brand"_s, u"Bench"_s}}),
             [&, i](const QJsonObject &requested) {
                 if (requested.value(u"status"_s).toString() != u"0"_s)
                     fail(u"bare request %1 failed"_s.arg(i));
                 const QString id = requested.value(u"request_id"_s).toString();
                 QNetworkReply *reply = nam.get(QNetworkRequest(messagesUrl(base, numberFor(i))));
                 QObject::connect(reply, &QNetworkReply::finished, &context, [&, i, id, reply] {
                     reply->deleteLater();
                     const QString code = codeFrom(reply->readAll(), id);
                     post(checkUrl, form({{u"request_id"_s, id}, {u"code"_s, code}}),
                          [&, i, id](const QJsonObject &checked) {
                              if (checked.value(u"status"_s).toString() != u"0"_s)
                                  fail(u"bare check %1 failed"_s.arg(i));
                              post(searchUrl, form({{u"request_id"_s, id}}),
                                   [&, i](const QJsonObject &found) {
                                       if (found.value(u"status"_s).toString() != u"SUCCESS"_s)
                                           fail(u"bare search %1 did not say SUCCESS"_s.arg(i));
                                       startFlow(i + 1);
                                   });
                          });
                 });
             });
    };

    post(base.resolved(QUrl(kTokenPath)),
         form({{u"client_id"_s, kClientId}, {u"client_secret"_s, kClientSecret}}),
         [&](const QJsonObject &token) {
             bearer = "Bearer " + token.value(u"access_token"_s).toString().toUtf8();
             startFlow(0);
         });
    loop.exec();

    Result result;
    result.ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    result.cpuMs = cpuMsNow() - cpuStart;
    result.tokenRequests = 1;
    return result;
}

// --- curl, one process per call --------------------------------------------------------------

QByteArray runCurl(const QString &curl, const QStringList &args)
{
    QProcess process;
    process.start(curl, QStringList {u"--silent"_s, u"--show-error"_s} + args);
    if (!process.waitForFinished(30'000) || process.exitCode() != 0)
        fail(u"curl failed: %1"_s.arg(QString::fromUtf8(process.readAllStandardError())));
    return process.readAllStandardOutput();
}

QJsonObject curlPost(const QString &curl, const QUrl &url, const QByteArray &body,
                     const QString &token)
{
    QStringList args {u"--data"_s, QString::fromUtf8(body)};
    if (!token.isEmpty())
        args << u"--header"_s << (u"Authorization: Bearer "_s + token);
    args << url.toString();
    return QJsonDocument::fromJson(runCurl(curl, args)).object();
}

Result runCurlFlows(const QUrl &base, int flows, const QString &curl)
{
    resetSandbox(base);
    QElapsedTimer timer;
    timer.start();
    const double cpuStart = cpuMsNow();

    const QJsonObject tokenAnswer =
        curlPost(curl, base.resolved(QUrl(kTokenPath)),
                 form({{u"client_id"_s, kClientId}, {u"client_secret"_s, kClientSecret}}), {});
    const QString token = tokenAnswer.value(u"access_token"_s).toString();
    const QUrl verifyUrl = base.resolved(QUrl(kVerifyPath));
    for (int i = 0; i < flows; ++i) {
        const QJsonObject requested = curlPost(
            curl, verifyUrl, form({{u"number"_s, numberFor(i)}, {u"brand"_s, u"Bench"_s}}), token);
        const QString id = requested.value(u"request_id"_s).toString();
        if (id.isEmpty())
            fail(u"curl request %1 failed"_s.arg(i));
        const QString code = codeFrom(
            runCurl(curl, {messagesUrl(base, numberFor(i)).toString(QUrl::FullyEncoded)}), id);
        const QJsonObject checked =
            curlPost(curl, base.resolved(QUrl(kVerifyPath + u"/check"_s)),
                     form({{u"request_id"_s, id}, {u"code"_s, code}}), token);
        if (checked.value(u"status"_s).toString() != u"0"_s)
            fail(u"curl check %1 failed"_s.arg(i));
        const QJsonObject found = curlPost(curl, base.resolved(QUrl(kVerifyPath + u"/search"_s)),
                                           form({{u"request_id"_s, id}}), token);
        if (found.value(u"status"_s).toString() != u"SUCCESS"_s)
            fail(u"curl search %1 did not say SUCCESS"_s.arg(i));
    }
    Result result;
    result.ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    result.cpuMs = cpuMsNow() - cpuStart;
    result.tokenRequests = 1;
    return result;
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
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        QTextStream(stderr)
            << "usage: bench_client SANDBOX_URL [FLOWS] [ROUNDS] [CURL_ROUNDS] [NULL_ROUNDS]\n";
        return 2;
    }
    const QUrl base(args.at(1));
    const int flows = args.size() > 2 ? args.at(2).toInt() : 200;
    const int rounds = args.size() > 3 ? args.at(3).toInt() : 7;
    const int curlRounds = args.size() > 4 ? args.at(4).toInt() : 3;
    const int nullRounds = args.size() > 5 ? args.at(5).toInt() : 0;
    const QString curl = QStandardPaths::findExecutable(u"curl"_s);

    // For profiling one way alone (callgrind, perf): BENCH_CLIENT_ONLY=client or =bare runs only
    // that way, without the ratios.
    const QString only = qEnvironmentVariable("BENCH_CLIENT_ONLY");
    if (!only.isEmpty()) {
        for (int round = 0; round < rounds; ++round) {
            const Result result = only == u"bare" ? runBare(base, flows) : runClient(base, flows);
            QTextStream(stdout) << only << "_flows_ms_" << flows << ' ' << result.ms << '\n';
        }
        return 0;
    }

    // One warm-up flow each way (not counted): DNS-free loopback, but the first connection,
    // lazy library loading and the sandbox's first routes cost something once.
    runClient(base, 1);
    runBare(base, 1);

    QList<double> clientMs;
    QList<double> bareMs;
    QList<double> curlMs;
    QList<double> ratios; // client against bare, round by round: both saw the same noise
    QList<double> cpuRatios;
    int tokenRequests = 0;
    for (int round = 0; round < rounds; ++round) {
        // Which way goes first changes round by round: the one after the other meets a sandbox
        // and a loopback that the first has just warmed, or just loaded.
        Result client;
        Result bare;
        if (round % 2 == 0) {
            client = runClient(base, flows);
            bare = runBare(base, flows);
        } else {
            bare = runBare(base, flows);
            client = runClient(base, flows);
        }
        clientMs.append(client.ms);
        bareMs.append(bare.ms);
        ratios.append(client.ms / bare.ms);
        cpuRatios.append(client.cpuMs / bare.cpuMs);
        // Round by round on stderr (bench/run keeps it in its log): the spread behind the median.
        QTextStream(stderr) << "round " << round << ": client " << client.ms << " ms, bare "
                            << bare.ms << " ms, ratio " << ratios.constLast() << ", cpu ratio "
                            << cpuRatios.constLast() << Qt::endl;
        tokenRequests = std::max(tokenRequests, client.tokenRequests);
        if (!curl.isEmpty() && round < curlRounds)
            curlMs.append(runCurlFlows(base, flows, curl).ms);
    }

    QList<double> nullRatios; // bare against bare: the spread of the machine, not of the code
    for (int round = 0; round < nullRounds; ++round) {
        const Result first = runBare(base, flows);
        const Result second = runBare(base, flows);
        nullRatios.append(round % 2 == 0 ? first.ms / second.ms : second.ms / first.ms);
        QTextStream(stderr) << "null round " << round << ": ratio " << nullRatios.constLast()
                            << Qt::endl;
    }

    QTextStream out(stdout);
    out.setRealNumberNotation(QTextStream::FixedNotation);
    out.setRealNumberPrecision(1);
    const double client = median(clientMs);
    const double bare = median(bareMs);
    out << "client_flows_ms_" << flows << ' ' << client << '\n';
    out << "bare_qnam_flows_ms_" << flows << ' ' << bare << '\n';
    if (!curlMs.isEmpty())
        out << "curl_flows_ms_" << flows << ' ' << median(curlMs) << '\n';
    out.setRealNumberPrecision(3);
    out << "client_overhead_ratio " << median(ratios) << '\n';
    out << "client_cpu_ratio " << median(cpuRatios) << '\n';
    if (!nullRatios.isEmpty())
        out << "bare_null_ratio " << median(nullRatios) << '\n';
    if (!curlMs.isEmpty())
        out << "flow_vs_curl_ratio " << client / median(curlMs) << '\n';
    else
        QTextStream(stderr) << "bench_client: curl not found, flow_vs_curl_ratio not measured\n";
    out << "token_requests_" << flows << "_flows " << tokenRequests << '\n';
    return 0;
}
