#pragma once

#include "HttpHeaders.h"

#include <QByteArray>
#include <QNetworkReply>
#include <QString>
#include <QStringList>

// What came back from one HTTP exchange, whatever went wrong on the way (internal to api/).
struct HttpResponse
{
    int httpStatus = 0; // 0 when no HTTP answer arrived
    HttpHeaders::List headers;
    QByteArray body; // raw: never store or show it without Redactor
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString errorString; // Qt's error text
    bool aborted = false; // the caller aborted the call
    bool timedOut = false; // the transfer timeout fired
    qint64 durationMs = 0;
    QStringList sslErrors; // certificate problems reported during the TLS handshake
    QString proxy; // the proxy the call went through ("host:port"), for error texts
    quint64 exchangeId = 0; // its entry in the ExchangeLog, 0 when none was recorded
    // The body as the ExchangeLog masked it (every known secret and token); empty without a log.
    QByteArray maskedBody;

    QByteArray header(const QByteArray &name) const { return HttpHeaders::value(headers, name); }
};
