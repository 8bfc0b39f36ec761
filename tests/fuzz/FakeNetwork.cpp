#include "FakeNetwork.h"

FakeNetwork::FakeNetwork(Answerer answerFor, QObject *parent)
    : QNetworkAccessManager(parent)
    , m_answerFor(std::move(answerFor))
{ }

FakeNetwork::~FakeNetwork() = default;

int FakeNetwork::countSentTo(const QString &suffix) const
{
    int count = 0;
    for (const Sent &sent : m_sent) {
        if (sent.url.path().endsWith(suffix))
            ++count;
    }
    return count;
}

QNetworkReply *FakeNetwork::createRequest(Operation operation, const QNetworkRequest &request,
                                          QIODevice *outgoingData)
{
    Sent sent;
    sent.url = request.url();
    sent.authorization = request.rawHeader(QByteArrayLiteral("Authorization"));
    if (outgoingData)
        sent.body = outgoingData->readAll();
    m_sent.append(sent);
    return new FakeReply(request, operation, m_answerFor(sent), this);
}
