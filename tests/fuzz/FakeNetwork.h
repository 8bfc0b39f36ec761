#pragma once

#include "FakeReply.h"

#include <QNetworkAccessManager>

#include <functional>

// A QNetworkAccessManager that never touches the network: each request is recorded and answered
// with what `answerFor` gives for it, through a FakeReply.
class FakeNetwork : public QNetworkAccessManager
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeNetwork)

public:
    struct Sent
    {
        QUrl url;
        QByteArray body;
        QByteArray authorization;
    };
    using Answerer = std::function<FakeAnswer(const Sent &)>;

    explicit FakeNetwork(Answerer answerFor, QObject *parent = nullptr);
    ~FakeNetwork() override;

    const QList<Sent> &sent() const { return m_sent; }
    // How many requests went to a URL whose path ends with `suffix`.
    int countSentTo(const QString &suffix) const;

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    Answerer m_answerFor;
    QList<Sent> m_sent;
};
