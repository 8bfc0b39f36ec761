#pragma once

#include "HttpHeaders.h"

#include <QByteArray>
#include <QString>

namespace sandbox {

using HeaderList = HttpHeaders::List;

// One HTTP request as the sandbox sees it, independent of the server library that received it.
struct HttpRequest
{
    QByteArray method; // upper case: GET, POST, ...
    QString path; // decoded path, no query
    QByteArray query; // raw query string, without '?'
    HeaderList headers;
    QByteArray body;

    // The first header named `name` (case-insensitive), or an empty array.
    QByteArray header(const QByteArray &name) const { return HttpHeaders::value(headers, name); }
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
