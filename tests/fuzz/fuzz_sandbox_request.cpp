// SandboxService::handle on raw requests: routing, methods, authentication, query, form and JSON
// parameters, fault plans, the simulator's rules. Input: up to 8 requests separated by a line
// "~~~", each written as
//     <METHOD> <path>[?<query>]\n<Name>: <value>\n...\n\n<body>
// and handled in order by one Simulator on a ManualClock.
#include "Clock.h"
#include "SandboxService.h"
#include "Simulator.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;
using namespace sandbox;

namespace {

[[noreturn]] void fail(const char *invariant, const QByteArray &request,
                       const HttpResponse &response)
{
    std::fprintf(stderr, "\n== invariant broken: %s\nrequest:\n%s\nanswer %d:\n%s\n", invariant,
                 request.constData(), response.status, response.body.left(2000).constData());
    std::fflush(stderr);
    std::abort();
}

HttpRequest requestFromBytes(const QByteArray &text)
{
    HttpRequest request;
    const qsizetype lineEnd = text.indexOf('\n');
    const QByteArray first = text.left(lineEnd < 0 ? text.size() : lineEnd);
    const qsizetype space = first.indexOf(' ');
    request.method = (space < 0 ? first : first.left(space)).trimmed().toUpper();
    const QByteArray target = space < 0 ? QByteArray("/") : first.mid(space + 1).trimmed();
    const qsizetype question = target.indexOf('?');
    request.path = QUrl::fromPercentEncoding(question < 0 ? target : target.left(question));
    if (question >= 0)
        request.query = target.mid(question + 1);
    qsizetype pos = lineEnd < 0 ? text.size() : lineEnd + 1;
    while (pos < text.size()) {
        qsizetype end = text.indexOf('\n', pos);
        if (end < 0)
            end = text.size();
        const QByteArray line = text.mid(pos, end - pos);
        pos = end + 1;
        if (line.trimmed().isEmpty())
            break;
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            request.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    if (pos < text.size())
        request.body = text.mid(pos);
    return request;
}

bool isVerifyPath(const QString &path)
{
    QString p = path;
    while (p.size() > 1 && p.endsWith(u'/'))
        p.chop(1);
    static const QStringList verify {u"/communication/nexmo/verify"_s,
                                     u"/communication/nexmo/verify/check"_s,
                                     u"/communication/nexmo/verify/search"_s,
                                     u"/communication/nexmo/verify/control"_s,
                                     u"/verify/json"_s,
                                     u"/verify/check/json"_s,
                                     u"/verify/search/json"_s,
                                     u"/verify/control/json"_s,
                                     u"/verify/psd2/json"_s};
    return verify.contains(p);
}

void checkResponse(const QByteArray &text, const HttpRequest &request, const HttpResponse &response,
                   bool faultsPlanned)
{
    if (response.status < 100 || response.status > 599)
        fail("an HTTP status", text, response);
    if (response.delayMs < 0)
        fail("a delay of zero or more", text, response);
    if (faultsPlanned)
        return;
    // Without an injected fault: answered at once, well-formed, never an internal error.
    if (response.delayMs != 0 || response.closeConnection)
        fail("no delay or closed connection without a fault", text, response);
    if (response.status == 500)
        fail("no internal error", text, response);
    QByteArray type;
    for (const auto &[name, value] : response.headers) {
        if (name.compare("Content-Type", Qt::CaseInsensitive) == 0)
            type = value;
    }
    if (!type.contains("json"))
        return;
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &error);
    if (error.error != QJsonParseError::NoError)
        fail("a JSON answer is JSON", text, response);
    if (response.status >= 400 && !doc.object().value(u"status"_s).isString()
        && !doc.object().value(u"fault"_s).isObject() && !doc.object().contains(u"ErrorCode"_s)
        && !doc.object().contains(u"error"_s) && !doc.object().contains(u"error_title"_s)
        && !doc.object().contains(u"type"_s))
        fail("an error answer says what went wrong", text, response);
    if (response.status == 200 && isVerifyPath(request.path)) {
        const QJsonObject object = doc.object();
        // The API writes every status as a string.
        if (!object.value(u"status"_s).isString()
            && !object.value(u"verification_requests"_s).isArray())
            fail("a Verify answer has a string status", text, response);
        if (object.value(u"status"_s).toString() == u"0"
            && request.path.contains(u"search") == false
            && request.path.contains(u"control") == false
            && object.value(u"request_id"_s).toString().isEmpty())
            fail("a started or checked request names its request_id", text, response);
    }
}

void checkMessages(const Simulator &simulator, const QByteArray &text)
{
    for (const Message &message : simulator.messages()) {
        const bool lengthOk = message.code.size() == 4 || message.code.size() == 6;
        bool digits = true;
        for (const QChar c : message.code)
            digits = digits && c >= u'0' && c <= u'9';
        if (!lengthOk || !digits || (message.channel != u"sms" && message.channel != u"tts")
            || !QString(message.text).remove(u", "_s).contains(message.code))
            fail("a delivered message carries a 4- or 6-digit code", text, HttpResponse {});
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    ManualClock clock(1'577'880'000'000); // 2020-01-01
    Simulator simulator(SimulatorConfig(), &clock, 1);
    SandboxService service(&simulator);
    // Requests are separated by "~~~" on a line of its own; a lone '~' stays in the text.
    const QList<QByteArray> requests = [&] {
        QList<QByteArray> list;
        qsizetype from = 0;
        while (list.size() < 8) {
            const qsizetype at = input.indexOf("\n~~~\n", from);
            list.append(input.mid(from, at < 0 ? -1 : at - from));
            if (at < 0)
                break;
            from = at + 5;
        }
        return list;
    }();
    for (const QByteArray &text : requests) {
        const HttpRequest request = requestFromBytes(text);
        const bool faultsPlanned =
            service.faults().size() > 0 || request.path.startsWith(u"/_sandbox/faults");
        const HttpResponse response = service.handle(request);
        checkResponse(text, request, response, faultsPlanned);
        checkMessages(simulator, text);
    }
    return 0;
}
