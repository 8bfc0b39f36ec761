#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QUrl>

// Drives a running sandbox through its /_sandbox control routes, waiting for each answer.
class SandboxControl
{
public:
    explicit SandboxControl(const QUrl &baseUrl);

    bool advance(qint64 seconds);
    bool addFaults(const QByteArray &json);
    bool clearFaults();
    bool reset();
    // Messages delivered to `number`, oldest first.
    QJsonArray messages(const QString &number);
    // The code of the last message delivered to `number`.
    QString lastCode(const QString &number);
    // Any route of the sandbox, waiting for its answer's body.
    QByteArray call(const QByteArray &method, const QString &pathAndQuery,
                    const QByteArray &body = {}, bool *ok = nullptr);

private:
    QUrl m_baseUrl;
    QNetworkAccessManager m_nam;
};
