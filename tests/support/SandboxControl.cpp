#include "SandboxControl.h"

#include <QJsonObject>
#include <QNetworkReply>
#include <QSignalSpy>

using namespace Qt::StringLiterals;

SandboxControl::SandboxControl(const QUrl &baseUrl)
    : m_baseUrl(baseUrl)
{ }

QByteArray SandboxControl::call(const QByteArray &method, const QString &pathAndQuery,
                                const QByteArray &body, bool *ok)
{
    QNetworkRequest request(m_baseUrl.resolved(QUrl(pathAndQuery)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10'000);
    const QByteArray answer = reply->readAll();
    if (ok)
        *ok = reply->isFinished() && reply->error() == QNetworkReply::NoError;
    reply->deleteLater();
    return answer;
}

bool SandboxControl::advance(qint64 seconds)
{
    bool ok = false;
    call("POST", u"/_sandbox/clock/advance?seconds=%1"_s.arg(seconds), {}, &ok);
    return ok;
}

bool SandboxControl::addFaults(const QByteArray &json)
{
    bool ok = false;
    call("POST", u"/_sandbox/faults"_s, json, &ok);
    return ok;
}

bool SandboxControl::clearFaults()
{
    bool ok = false;
    call("DELETE", u"/_sandbox/faults"_s, {}, &ok);
    return ok;
}

bool SandboxControl::reset()
{
    bool ok = false;
    call("POST", u"/_sandbox/reset"_s, {}, &ok);
    return ok;
}

QJsonArray SandboxControl::messages(const QString &number)
{
    return QJsonDocument::fromJson(call("GET", u"/_sandbox/messages?number=%1"_s.arg(number)))
        .array();
}

QString SandboxControl::lastCode(const QString &number)
{
    const QJsonArray list = messages(number);
    return list.isEmpty() ? QString() : list.last().toObject().value(u"code"_s).toString();
}
