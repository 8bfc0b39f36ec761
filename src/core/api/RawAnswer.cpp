#include "RawAnswer.h"

#include "AnswerText.h"
#include "HttpResponse.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

RawAnswer RawAnswer::fromResponse(const HttpResponse &response)
{
    RawAnswer answer;
    answer.httpStatus = response.httpStatus;
    answer.headers = response.headers;
    answer.body = response.maskedBody.isNull() ? response.body : response.maskedBody;
    answer.durationMs = response.durationMs;
    answer.exchangeId = response.exchangeId;
    // Errors are made from the masked body only.
    HttpResponse masked = response;
    masked.body = answer.body;
    masked.maskedBody = answer.body;
    if (response.httpStatus >= 400 || response.networkError != QNetworkReply::NoError)
        answer.error = ApiError::fromResponse(masked);
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(answer.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (!answer.error) {
            answer.error =
                ApiError::malformed(parseError.error != QJsonParseError::NoError
                                        ? parseError.errorString()
                                        : QCoreApplication::translate(
                                            "VerifyClient", "the answer is not a JSON object"),
                                    masked);
        }
        return answer;
    }
    const QJsonObject object = doc.object();
    answer.requestId = answerText(object, u"request_id"_s);
    answer.errorText = answerText(object, u"error_text"_s);
    const QJsonArray many = object.value(u"verification_requests"_s).toArray();
    if (answer.requestId.isEmpty() && !many.isEmpty())
        answer.requestId = answerText(many.first().toObject(), u"request_id"_s);
    if (object.contains(u"status"_s))
        answer.status = VerifyStatus::fromString(answerText(object, u"status"_s));
    else if (!many.isEmpty())
        answer.status = VerifyStatus::fromString(answerText(many.first().toObject(), u"status"_s));
    return answer;
}

QString RawAnswer::prettyBody() const
{
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || doc.isNull())
        return QString::fromUtf8(body);
    return QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
}
