#include "FaultPlan.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {
constexpr int kMaxDelayMs = 600'000;
constexpr int kMaxFaults = 1000;
} // namespace

QJsonObject Fault::toJson() const
{
    QJsonObject object {{u"count"_s, count}, {u"processed"_s, processed}};
    if (!path.isEmpty())
        object.insert(u"path"_s, path);
    if (!endpoint.isEmpty())
        object.insert(u"endpoint"_s, endpoint);
    if (httpStatus != 0)
        object.insert(u"status"_s, httpStatus);
    if (!verifyStatus.isEmpty())
        object.insert(u"verify_status"_s, verifyStatus);
    if (!body.isEmpty())
        object.insert(u"body"_s, body);
    if (!contentType.isEmpty())
        object.insert(u"content_type"_s, contentType);
    if (retryAfter >= 0)
        object.insert(u"retry_after"_s, retryAfter);
    if (delayMs > 0)
        object.insert(u"delay_ms"_s, delayMs);
    if (close)
        object.insert(u"close"_s, true);
    if (expireTokens)
        object.insert(u"expire_tokens"_s, true);
    return object;
}

std::optional<Fault> Fault::fromJson(const QJsonObject &object, QString *error)
{
    static const QStringList known = {u"path"_s,          u"count"_s,     u"status"_s,
                                      u"verify_status"_s, u"body"_s,      u"content_type"_s,
                                      u"retry_after"_s,   u"delay_ms"_s,  u"close"_s,
                                      u"expire_tokens"_s, u"processed"_s, u"endpoint"_s};
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key())) {
            *error = u"Unknown fault field \"%1\"; known fields: %2."_s.arg(it.key(),
                                                                            known.join(u", "_s));
            return std::nullopt;
        }
    }
    const auto intField = [&](const QString &key, int min, int max,
                              int fallback) -> std::optional<int> {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return fallback;
        const double d = value.toDouble(-1e18);
        if (!value.isDouble() || d < min || d > max
            || d != static_cast<double>(static_cast<int>(d))) {
            *error = u"Fault field \"%1\" must be a whole number from %2 to %3."_s.arg(
                key, QString::number(min), QString::number(max));
            return std::nullopt;
        }
        return static_cast<int>(d);
    };

    Fault fault;
    fault.path = object.value(u"path"_s).toString();
    static const QStringList endpoints = {u"token"_s,  u"request"_s, u"check"_s,
                                          u"search"_s, u"control"_s, u"psd2"_s};
    fault.endpoint = object.value(u"endpoint"_s).toString();
    if (!fault.endpoint.isEmpty() && !endpoints.contains(fault.endpoint)) {
        *error = u"Fault field \"endpoint\" must be one of %1."_s.arg(endpoints.join(u", "_s));
        return std::nullopt;
    }
    const auto count = intField(u"count"_s, 1, 1000, 1);
    const auto status = intField(u"status"_s, 100, 599, 0);
    const auto retryAfter = intField(u"retry_after"_s, 0, 86400, -1);
    const auto delay = intField(u"delay_ms"_s, 0, kMaxDelayMs, 0);
    if (!count || !status || !retryAfter || !delay)
        return std::nullopt;
    fault.count = *count;
    fault.httpStatus = *status;
    fault.retryAfter = *retryAfter;
    fault.delayMs = *delay;

    const QJsonValue verifyStatus = object.value(u"verify_status"_s);
    if (verifyStatus.isDouble())
        fault.verifyStatus = QString::number(verifyStatus.toInt());
    else
        fault.verifyStatus = verifyStatus.toString();
    fault.body = object.value(u"body"_s).toString();
    fault.contentType = object.value(u"content_type"_s).toString();
    fault.close = object.value(u"close"_s).toBool();
    fault.expireTokens = object.value(u"expire_tokens"_s).toBool();
    // By default a fault that stands in for the answer (an HTTP error, a business error, a closed
    // connection) means the call never reached the API; delays and damaged bodies happen after.
    const bool replacesAnswer =
        fault.httpStatus != 0 || !fault.verifyStatus.isEmpty() || fault.close;
    fault.processed = object.value(u"processed"_s).toBool(!replacesAnswer);

    if (fault.httpStatus == 0 && fault.verifyStatus.isEmpty() && fault.body.isEmpty()
        && fault.contentType.isEmpty() && fault.retryAfter < 0 && fault.delayMs == 0 && !fault.close
        && !fault.expireTokens) {
        *error = u"A fault must change something: give status, verify_status, body, content_type, "
                 u"retry_after, delay_ms, close or expire_tokens."_s;
        return std::nullopt;
    }
    return fault;
}

bool FaultPlan::add(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = u"The faults could not be parsed: %1 at offset %2."_s.arg(
            parseError.errorString(), QString::number(parseError.offset));
        return false;
    }
    QJsonArray list;
    if (doc.isArray())
        list = doc.array();
    else if (doc.object().contains(u"faults"_s))
        list = doc.object().value(u"faults"_s).toArray();
    else
        list = QJsonArray {doc.object()};

    QList<Fault> parsed;
    for (const QJsonValue value : std::as_const(list)) {
        if (!value.isObject()) {
            *error = u"Each fault must be a JSON object."_s;
            return false;
        }
        const auto fault = Fault::fromJson(value.toObject(), error);
        if (!fault)
            return false;
        parsed.append(*fault);
    }
    if (m_faults.size() + parsed.size() > kMaxFaults) {
        *error = u"At most %1 faults can wait at once."_s.arg(kMaxFaults);
        return false;
    }
    m_faults.append(parsed);
    return true;
}

std::optional<Fault> FaultPlan::take(const QString &path, const QString &endpoint)
{
    for (auto it = m_faults.begin(); it != m_faults.end(); ++it) {
        if (!it->path.isEmpty() && !path.contains(it->path))
            continue;
        if (!it->endpoint.isEmpty() && it->endpoint != endpoint)
            continue;
        Fault fault = *it;
        if (--it->count <= 0)
            m_faults.erase(it);
        return fault;
    }
    return std::nullopt;
}

QJsonArray FaultPlan::toJson() const
{
    QJsonArray list;
    for (const Fault &fault : m_faults)
        list.append(fault.toJson());
    return list;
}

} // namespace sandbox
