#pragma once

#include "api/ExchangeLog.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

// Writes recorded exchanges as a HAR 1.2 log (HTTP Archive), which browser developer tools and
// API clients import. The entries are the exchange log's, so everything in it is already masked.
class HarExport
{
    Q_DECLARE_TR_FUNCTIONS(HarExport)

public:
    struct Creator
    {
        QString name = QStringLiteral("Verify Desk");
        QString version = QStringLiteral("0.1.0");
    };

    static QJsonObject toHar(const QList<ExchangeLog::Entry> &entries, const Creator &creator);
    static QByteArray toJson(const QList<ExchangeLog::Entry> &entries, const Creator &creator);
    // Writes the HAR file atomically; on failure returns false and a translated sentence.
    static bool save(const QString &fileName, const QList<ExchangeLog::Entry> &entries,
                     const Creator &creator, QString *errorMessage = nullptr);
    // The reason phrase of an HTTP status ("OK", "Unauthorized" ...), empty when unknown.
    static QString statusText(int status);
};
