#pragma once

#include "HttpHeaders.h"

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>

// One canned HTTP answer: status (0 for a connection closed before any answer), headers, body.
struct FakeAnswer
{
    int status = 200;
    HttpHeaders::List headers;
    QByteArray body;
};

// A QNetworkReply that delivers a FakeAnswer from the event loop the way Qt's HTTP backend does:
// status attribute, raw headers, body, the network error Qt maps the status to, then finished().
class FakeReply : public QNetworkReply
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeReply)

public:
    FakeReply(const QNetworkRequest &request, QNetworkAccessManager::Operation operation,
              FakeAnswer answer, QObject *parent);
    ~FakeReply() override;

    void abort() override;
    qint64 bytesAvailable() const override;
    bool isSequential() const override { return true; }

    static QNetworkReply::NetworkError errorForStatus(int status);

protected:
    qint64 readData(char *data, qint64 maxSize) override;

private:
    void deliver();

    FakeAnswer m_answer;
    qint64 m_offset = 0;
    bool m_delivered = false;
};
