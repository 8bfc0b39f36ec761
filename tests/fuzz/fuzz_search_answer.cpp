// The answer to a search (POST /search), through VerifyClient::search: one entry, several wrapped
// in verification_requests, 101 for unknown ids, checks[] and events[], dates. One id is asked
// for, or three (the input's size picks). Input: see fuzz::answerFromBytes.
#include "ClientRig.h"
#include "FuzzSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

// Every string under a key named "code" (the codes the customer entered), and every string
// under any other key, anywhere in the answer.
void collect(const QJsonValue &value, QSet<QString> *codes, QSet<QString> *others)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.value().isString())
                (it.key() == u"code" ? codes : others)->insert(it.value().toString());
            else if (it.value().isDouble())
                others->insert(QString::number(it.value().toDouble(), 'g', 15));
            collect(it.value(), codes, others);
        }
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collect(item, codes, others);
    }
}

void checkDate(const QDateTime &date)
{
    if (date.isValid())
        FUZZ_CHECK(date.timeSpec() == Qt::UTC, date.toString(Qt::ISODate));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const FakeAnswer answer = fuzz::answerFromBytes(data, size);
    ClientRig rig(answer);
    QStringList ids {QString::fromLatin1(ClientRig::kRequestId)};
    if (size % 2 == 1)
        ids << u"bbbbbb0123456789abcdef0123456789"_s << u"cccccc0123456789abcdef0123456789"_s;
    int calls = 0;
    std::optional<Outcome<QList<SearchResult>>> outcome;
    rig.client().search(ids, &rig.log(), [&](const Outcome<QList<SearchResult>> &result) {
        ++calls;
        outcome = result;
    });
    rig.runUntil([&] { return calls > 0; });
    rig.settle();
    FUZZ_CHECK(calls == 1, u"%1 callbacks"_s.arg(calls));

    // Search changes nothing and may be retried, but within bounds: two retries, and one more
    // call after a refused token.
    const int sent = rig.verifyCallsSent();
    FUZZ_CHECK(sent >= 1 && sent <= 2 * (1 + VerifyClient::kMaxSearchRetries),
               QString::number(sent));

    if (outcome->ok()) {
        const QList<SearchResult> &results = outcome->value();
        FUZZ_CHECK(results.size() == ids.size(), QString::number(results.size()));
        QSet<QString> codes;
        QSet<QString> others;
        collect(QJsonDocument::fromJson(answer.body).object(), &codes, &others);
        codes.subtract(others);
        for (qsizetype i = 0; i < results.size(); ++i) {
            const SearchResult &result = results.at(i);
            // In the order asked, one per id.
            FUZZ_CHECK(result.requestId == ids.at(i), result.requestId);
            FUZZ_CHECK(result.isKnown() == (result.status != SearchResult::Status::Unknown),
                       result.statusText);
            if (result.isKnown())
                FUZZ_CHECK(!result.statusText.isEmpty(), result.requestId);
            FUZZ_CHECK(SearchResult::statusFromText(result.statusText) == result.status
                           || !result.isKnown(),
                       result.statusText);
            for (const QDateTime &date : {result.dateSubmitted, result.dateFinalized,
                                          result.firstEventDate, result.lastEventDate})
                checkDate(date);
            // The codes the customer entered are not kept in any field.
            QStringList fields {
                result.requestId, result.statusText, result.errorText,
                result.accountId, result.number,     result.senderId,
                result.price,     result.currency,   result.estimatedPriceMessagesSent};
            for (const SearchResult::Check &check : result.checks) {
                checkDate(check.date);
                fields << check.status;
            }
            for (const SearchResult::Event &event : result.events)
                fields << event.id << event.type;
            for (const QString &field : std::as_const(fields))
                FUZZ_CHECK(field.isEmpty() || !codes.contains(field), field);
        }
    } else {
        const ApiError &error = outcome->error();
        ClientRig::checkError(error);
    }
    rig.checkLog();
    return 0;
}
