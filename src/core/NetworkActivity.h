#pragma once

#include <QNetworkAccessManager>

// A QNetworkAccessManager that counts the replies in flight, for the status bar's activity light.
class NetworkActivity : public QNetworkAccessManager
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkActivity)

public:
    explicit NetworkActivity(QObject *parent = nullptr);
    int inFlight() const { return m_inFlight; }

Q_SIGNALS:
    void inFlightChanged(int count);

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    int m_inFlight = 0;
};
