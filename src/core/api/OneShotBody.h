#pragma once

#include <QIODevice>

// A request body that can be read once and never rewound (internal to api/). Qt's HTTP layer
// re-sends a request on its own when a kept-alive connection closes before the answer; it can do
// so only by rewinding the body, so a call sent with this body reaches the server at most once.
class OneShotBody : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OneShotBody)

public:
    OneShotBody(QByteArray data, QObject *parent);

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool reset() override { return false; }
    bool seek(qint64) override { return false; }
    bool atEnd() const override;
    qint64 size() const override { return m_data.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_read = 0;
};
