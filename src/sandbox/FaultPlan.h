#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace sandbox {

// One fault the sandbox injects into its next matching response (see README: "Faults").
struct Fault
{
    QString path; // applies to requests whose path contains this; empty = any API call
    // applies to this endpoint in either flavour: token, request, check, search, control or
    // psd2; empty = any
    QString endpoint;
    int count = 1; // how many responses it affects
    int httpStatus = 0; // 0 = keep the status
    QString verifyStatus; // a forced Verify business status, e.g. "7"
    QString body; // "html", "truncated", "malformed", "empty" or a literal body
    QString contentType; // replaces the Content-Type
    int retryAfter = -1; // Retry-After header in seconds; -1 = none
    int delayMs = 0; // answer after this many milliseconds of real time
    bool close = false; // close the connection without an answer
    bool expireTokens = false; // every token issued so far expires before the call is handled
    bool processed = true; // whether the simulator handles the call before the fault shapes it

    QJsonObject toJson() const;
    // Parses one fault object; sets `error` and returns nothing when it is not a valid fault.
    static std::optional<Fault> fromJson(const QJsonObject &object, QString *error);
};

// The queue of faults waiting for their responses.
class FaultPlan
{
public:
    // Accepts `[fault, ...]` or `{"faults": [fault, ...]}` or a single fault object.
    bool add(const QByteArray &json, QString *error);
    // The fault for the next response to `path` (a call to `endpoint`), consumed once per call.
    std::optional<Fault> take(const QString &path, const QString &endpoint = {});
    QJsonArray toJson() const;
    void clear() { m_faults.clear(); }
    int size() const { return static_cast<int>(m_faults.size()); }

private:
    QList<Fault> m_faults;
};

} // namespace sandbox
