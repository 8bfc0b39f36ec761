#include "NetworkActivity.h"

#include <QNetworkReply>

NetworkActivity::NetworkActivity(QObject *parent)
    : QNetworkAccessManager(parent)
{ }

QNetworkReply *NetworkActivity::createRequest(Operation op, const QNetworkRequest &request,
                                              QIODevice *outgoingData)
{
    QNetworkReply *reply = QNetworkAccessManager::createRequest(op, request, outgoingData);
    ++m_inFlight;
    Q_EMIT inFlightChanged(m_inFlight);
    // destroyed as well as finished: an aborted reply that is deleted early still counts down once.
    auto counted = std::make_shared<bool>(false);
    const auto done = [this, counted] {
        if (*counted)
            return;
        *counted = true;
        --m_inFlight;
        Q_EMIT inFlightChanged(m_inFlight);
    };
    connect(reply, &QNetworkReply::finished, this, done);
    connect(reply, &QObject::destroyed, this, done);
    return reply;
}
