#include "HarExport.h"

#include "ExchangeFormatter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

const QString kHttpVersion = u"HTTP/1.1"_s;

QJsonObject nameValue(const QString &name, const QString &value)
{
    return QJsonObject {{u"name"_s, name}, {u"value"_s, value}};
}

QJsonArray headersArray(const ExchangeLog::Headers &headers)
{
    QJsonArray array;
    for (const auto &[name, value] : headers)
        array.append(nameValue(QString::fromLatin1(name), QString::fromUtf8(value)));
    return array;
}

QJsonArray queryArray(const QString &url)
{
    QJsonArray array;
    const QUrlQuery query(QUrl(url).query(QUrl::FullyEncoded));
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded))
        array.append(nameValue(name, value));
    return array;
}

QString mimeTypeOf(const ExchangeLog::Headers &headers, const QByteArray &body)
{
    const QByteArray type = ExchangeFormatter::header(headers, "Content-Type");
    if (!type.isEmpty())
        return QString::fromLatin1(type);
    if (body.trimmed().startsWith('{') || body.trimmed().startsWith('['))
        return u"application/json"_s;
    return body.isEmpty() ? QString() : u"application/octet-stream"_s;
}

QJsonObject requestObject(const ExchangeLog::Entry &entry)
{
    QJsonObject request {
        {u"method"_s, entry.method.isEmpty() ? u"GET"_s : QString::fromLatin1(entry.method)},
        {u"url"_s, entry.url},
        {u"httpVersion"_s, kHttpVersion},
        {u"cookies"_s, QJsonArray()},
        {u"headers"_s, headersArray(entry.requestHeaders)},
        {u"queryString"_s, queryArray(entry.url)},
        {u"headersSize"_s, -1},
        {u"bodySize"_s, entry.requestBody.size()},
    };
    if (!entry.requestBody.isEmpty()) {
        const QByteArray type = ExchangeFormatter::header(entry.requestHeaders, "Content-Type");
        QJsonObject postData {
            {u"mimeType"_s, mimeTypeOf(entry.requestHeaders, entry.requestBody)},
            {u"text"_s, QString::fromUtf8(entry.requestBody)},
        };
        QJsonArray params;
        if (ExchangeFormatter::isForm(entry.requestBody, type)) {
            for (const auto &[name, value] : ExchangeFormatter::formFields(entry.requestBody))
                params.append(nameValue(name, value));
        }
        postData.insert(u"params"_s, params);
        request.insert(u"postData"_s, postData);
    }
    return request;
}

QJsonObject responseObject(const ExchangeLog::Entry &entry)
{
    const bool answered = entry.status != 0;
    QJsonObject content {
        {u"size"_s, entry.responseBody.size()},
        {u"mimeType"_s, mimeTypeOf(entry.responseHeaders, entry.responseBody)},
    };
    if (!entry.responseBody.isEmpty())
        content.insert(u"text"_s, QString::fromUtf8(entry.responseBody));
    QJsonObject response {
        {u"status"_s, entry.status},
        {u"statusText"_s, HarExport::statusText(entry.status)},
        {u"httpVersion"_s, answered ? kHttpVersion : QString()},
        {u"cookies"_s, QJsonArray()},
        {u"headers"_s, headersArray(entry.responseHeaders)},
        {u"content"_s, content},
        {u"redirectURL"_s,
         QString::fromUtf8(ExchangeFormatter::header(entry.responseHeaders, "Location"))},
        {u"headersSize"_s, -1},
        {u"bodySize"_s, answered ? entry.responseBody.size() : -1},
    };
    if (!entry.error.isEmpty())
        response.insert(u"_error"_s, entry.error); // custom fields start with "_"
    return response;
}

} // namespace

QJsonObject HarExport::toHar(const QList<ExchangeLog::Entry> &entries, const Creator &creator)
{
    QJsonArray harEntries;
    for (const ExchangeLog::Entry &entry : entries) {
        const qint64 time = std::max<qint64>(0, entry.durationMs);
        QJsonObject harEntry {
            {u"startedDateTime"_s, entry.startedAt.toUTC().toString(Qt::ISODateWithMs)},
            {u"time"_s, time},
            {u"request"_s, requestObject(entry)},
            {u"response"_s, responseObject(entry)},
            {u"cache"_s, QJsonObject()},
            {u"timings"_s,
             QJsonObject {{u"blocked"_s, -1},
                          {u"dns"_s, -1},
                          {u"connect"_s, -1},
                          {u"ssl"_s, -1},
                          {u"send"_s, 0},
                          {u"wait"_s, time},
                          {u"receive"_s, 0}}},
            {u"comment"_s, entry.profile},
        };
        harEntries.append(harEntry);
    }
    const QJsonObject log {
        {u"version"_s, u"1.2"_s},
        {u"creator"_s, QJsonObject {{u"name"_s, creator.name}, {u"version"_s, creator.version}}},
        {u"entries"_s, harEntries},
    };
    return QJsonObject {{u"log"_s, log}};
}

QByteArray HarExport::toJson(const QList<ExchangeLog::Entry> &entries, const Creator &creator)
{
    return QJsonDocument(toHar(entries, creator)).toJson(QJsonDocument::Indented);
}

bool HarExport::save(const QString &fileName, const QList<ExchangeLog::Entry> &entries,
                     const Creator &creator, QString *errorMessage)
{
    QSaveFile file(fileName);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(toJson(entries, creator));
        if (file.commit())
            return true;
    }
    if (errorMessage)
        *errorMessage = tr("The file %1 could not be written (%2). Choose another place and try "
                           "again.")
                            .arg(fileName, file.errorString());
    return false;
}

QString HarExport::statusText(int status)
{
    switch (status) {
    case 200:
        return u"OK"_s;
    case 201:
        return u"Created"_s;
    case 204:
        return u"No Content"_s;
    case 301:
        return u"Moved Permanently"_s;
    case 302:
        return u"Found"_s;
    case 304:
        return u"Not Modified"_s;
    case 400:
        return u"Bad Request"_s;
    case 401:
        return u"Unauthorized"_s;
    case 403:
        return u"Forbidden"_s;
    case 404:
        return u"Not Found"_s;
    case 405:
        return u"Method Not Allowed"_s;
    case 408:
        return u"Request Timeout"_s;
    case 429:
        return u"Too Many Requests"_s;
    case 500:
        return u"Internal Server Error"_s;
    case 502:
        return u"Bad Gateway"_s;
    case 503:
        return u"Service Unavailable"_s;
    case 504:
        return u"Gateway Timeout"_s;
    default:
        return {};
    }
}
