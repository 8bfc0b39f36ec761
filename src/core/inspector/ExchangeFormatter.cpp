#include "ExchangeFormatter.h"

#include "EnumKeys.h"
#include "api/ApiError.h"
#include "api/HttpResponse.h"
#include "api/Redactor.h"
#include "api/VerifyStatus.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

QString decodeFormPart(QByteArray part)
{
    part.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(part));
}

QJsonObject jsonObject(const QByteArray &body)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    return error.error == QJsonParseError::NoError ? doc.object() : QJsonObject();
}

bool isPinKey(const QString &key)
{
    return key == u"code" || key == u"pin_code";
}

using Endpoint = ExchangeFormatter::Endpoint;
using OutcomeKind = ExchangeFormatter::OutcomeKind;

constexpr EnumName<OutcomeKind> kOutcomeNames[] = {
    {OutcomeKind::Ok, QT_TRANSLATE_NOOP("ExchangeFormatter", "OK")},
    {OutcomeKind::BusinessError, QT_TRANSLATE_NOOP("ExchangeFormatter", "Business error")},
    {OutcomeKind::HttpError, QT_TRANSLATE_NOOP("ExchangeFormatter", "HTTP error")},
    {OutcomeKind::NetworkError, QT_TRANSLATE_NOOP("ExchangeFormatter", "Network error")},
};

} // namespace

ExchangeFormatter::Endpoint ExchangeFormatter::endpoint(const ExchangeLog::Entry &entry)
{
    QString path = QUrl(entry.url).path();
    while (path.endsWith(u'/'))
        path.chop(1);
    if (path.endsWith(u"/json"))
        path.chop(5);
    if (path.contains(u"/oauth/") || path.endsWith(u"/accesstoken") || path.endsWith(u"/token"))
        return Endpoint::Token;
    if (path.endsWith(u"/check"))
        return Endpoint::Check;
    if (path.endsWith(u"/search"))
        return Endpoint::Search;
    if (path.endsWith(u"/control"))
        return Endpoint::Control;
    if (path.endsWith(u"/verify"))
        return Endpoint::Request;
    return Endpoint::Other;
}

ExchangeFormatter::OutcomeKind ExchangeFormatter::outcome(const ExchangeLog::Entry &entry)
{
    if (entry.status == 0)
        return OutcomeKind::NetworkError;
    if (entry.status < 200 || entry.status >= 300)
        return OutcomeKind::HttpError;
    // Verify's numeric status; a search answers with the request's state ("IN PROGRESS" ...),
    // which is not an error.
    const VerifyStatus status = VerifyStatus::fromString(verifyStatus(entry));
    return status.isNumeric() && !status.isSuccess() ? OutcomeKind::BusinessError : OutcomeKind::Ok;
}

QString ExchangeFormatter::endpointName(Endpoint endpoint)
{
    return endpoint == Endpoint::Other ? tr("Other") : apiCallName(ApiCall(int(endpoint)));
}

QString ExchangeFormatter::outcomeName(OutcomeKind outcome)
{
    return nameOf("ExchangeFormatter", kOutcomeNames, outcome);
}

QString ExchangeFormatter::path(const ExchangeLog::Entry &entry)
{
    const QUrl url(entry.url);
    if (!url.isValid() || url.host().isEmpty())
        return entry.url;
    QString result = url.path(QUrl::FullyEncoded);
    if (url.hasQuery())
        result += u'?' + url.query(QUrl::FullyEncoded);
    return result.isEmpty() ? u"/"_s : result;
}

QString ExchangeFormatter::verifyStatus(const ExchangeLog::Entry &entry)
{
    // A gateway error's envelope has a "status" too, but it is the HTTP status again.
    if (endpoint(entry) == Endpoint::Token || entry.status < 200 || entry.status >= 300)
        return {};
    const QJsonValue status = jsonObject(entry.responseBody).value(u"status"_s);
    if (status.isString())
        return status.toString();
    if (status.isDouble())
        return QString::number(status.toInt());
    return {};
}

QByteArray ExchangeFormatter::header(const ExchangeLog::Headers &headers, const QByteArray &name)
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

ExchangeFormatter::Fields ExchangeFormatter::formFields(const QByteArray &body)
{
    Fields fields;
    if (body.isEmpty())
        return fields;
    const QList<QByteArray> parts = body.split('&');
    for (const QByteArray &part : parts) {
        if (part.isEmpty())
            continue;
        const qsizetype equals = part.indexOf('=');
        if (equals < 0)
            fields.append({decodeFormPart(part), QString()});
        else
            fields.append(
                {decodeFormPart(part.left(equals)), decodeFormPart(part.mid(equals + 1))});
    }
    return fields;
}

bool ExchangeFormatter::isForm(const QByteArray &body, const QByteArray &contentType)
{
    if (contentType.toLower().contains("x-www-form-urlencoded"))
        return true;
    const QByteArray trimmed = body.trimmed();
    return !trimmed.isEmpty() && !trimmed.startsWith('{') && !trimmed.startsWith('[')
        && !trimmed.contains('<') && !trimmed.contains(' ') && trimmed.contains('=');
}

QString ExchangeFormatter::bodyText(const QByteArray &body, const QByteArray &contentType,
                                    const QString &revealedPin)
{
    if (body.isEmpty())
        return {};
    if (isForm(body, contentType)) {
        QStringList lines;
        for (const auto &[key, value] : formFields(body)) {
            const bool reveal =
                !revealedPin.isEmpty() && isPinKey(key) && value == Redactor::mask();
            lines.append(u"%1 = %2"_s.arg(key, reveal ? revealedPin : value));
        }
        return lines.join(u'\n');
    }
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && !doc.isNull())
        return QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
    return QString::fromUtf8(body);
}

QString ExchangeFormatter::headersText(const ExchangeLog::Headers &headers)
{
    QStringList lines;
    for (const auto &[name, value] : headers)
        lines.append(u"%1: %2"_s.arg(QString::fromLatin1(name), QString::fromUtf8(value)));
    return lines.join(u'\n');
}

QString ExchangeFormatter::errorSentence(const ExchangeLog::Entry &entry)
{
    switch (outcome(entry)) {
    case OutcomeKind::Ok:
        return {};
    case OutcomeKind::BusinessError:
        return ApiError::businessMessage(verifyStatus(entry));
    case OutcomeKind::HttpError:
    case OutcomeKind::NetworkError:
        break;
    }
    // Rebuild what the client saw, so that the inspector says what the client said.
    HttpResponse response;
    response.httpStatus = entry.status;
    response.headers = entry.responseHeaders;
    response.body = entry.responseBody;
    response.durationMs = entry.durationMs;
    response.errorString = entry.error;
    if (entry.error == u"aborted")
        response.aborted = true;
    else if (entry.error == u"timed out")
        response.timedOut = true;
    if (entry.status == 0)
        response.networkError = QNetworkReply::UnknownNetworkError;
    else if (!entry.error.isEmpty())
        response.networkError = QNetworkReply::UnknownServerError;
    return ApiError::fromResponse(response).message();
}

QString ExchangeFormatter::summaryText(const ExchangeLog::Entry &entry)
{
    const QLocale locale;
    QStringList lines;
    lines.append(tr("%1 %2").arg(QString::fromLatin1(entry.method), entry.url));
    lines.append(
        tr("Started: %1").arg(locale.toString(entry.startedAt.toLocalTime(), QLocale::LongFormat)));
    const QString status = verifyStatus(entry);
    if (entry.status == 0)
        lines.append(tr("HTTP status: none (%1)").arg(entry.error));
    else if (status.isEmpty())
        lines.append(tr("HTTP status: %1").arg(entry.status));
    else
        lines.append(tr("HTTP status: %1, Verify status: %2").arg(entry.status).arg(status));
    lines.append(tr("Duration: %1 ms").arg(locale.toString(entry.durationMs)));
    if (!entry.profile.isEmpty())
        lines.append(tr("Profile: %1").arg(entry.profile));
    return lines.join(u'\n');
}

QString ExchangeFormatter::requestText(const ExchangeLog::Entry &entry, const QString &revealedPin)
{
    QString text = headersText(entry.requestHeaders);
    const QString body =
        bodyText(entry.requestBody, header(entry.requestHeaders, "Content-Type"), revealedPin);
    if (!body.isEmpty())
        text += u"\n\n"_s + body;
    return text;
}

QString ExchangeFormatter::responseText(const ExchangeLog::Entry &entry)
{
    QString text = headersText(entry.responseHeaders);
    const QString body =
        bodyText(entry.responseBody, header(entry.responseHeaders, "Content-Type"));
    if (!body.isEmpty())
        text += u"\n\n"_s + body;
    return text;
}
