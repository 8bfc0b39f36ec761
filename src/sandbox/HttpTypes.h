#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace sandbox {

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

// One HTTP request as the sandbox sees it, independent of the server library that received it.
struct HttpRequest
{
    QByteArray method; // upper case: GET, POST, ...
    QString path; // decoded path, no query
    QByteArray query; // raw query string, without '?'
    HeaderList headers;
    QByteArray body;

    // The first header named `name` (case-insensitive), or an empty array.
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
};

// The sandbox's answer, and how the transport must deliver it.
struct HttpResponse
{
    int status = 200;
    HeaderList headers;
    QByteArray body;
    int delayMs = 0; // wait this long (real time) before answering
    bool closeConnection = false; // close the connection instead of answering
};

} // namespace sandbox
