// Redactor: masking secrets in bodies (JSON, also truncated, form, HTML), URLs and headers.
// Input: "<secret>\n<body>"; the secret is also passed as a literal to scrub.
#include "FuzzSupport.h"
#include "api/Redactor.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initQt();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const qsizetype newline = input.indexOf('\n');
    const QByteArray secret = newline < 0 ? QByteArray() : input.left(newline);
    const QByteArray body = newline < 0 ? input : input.mid(newline + 1);
    const QList<QByteArray> secrets {secret};
    const QString context =
        u"secret \"%1\"\nbody: %2"_s.arg(QString::fromUtf8(secret), QString::fromUtf8(body));

    const QByteArray redacted = Redactor::redactBody(body, secrets);
    if (fuzz::isSearchableSecret(secret)) {
        FUZZ_CHECK(!redacted.contains(secret), context);
        FUZZ_CHECK(!redacted.contains(secret.toPercentEncoding()), context);
    }

    // JSON: every sensitive value masked, and valid JSON stays valid JSON.
    const QByteArray json = Redactor::redactJson(body);
    QJsonParseError before {};
    QJsonDocument::fromJson(body, &before);
    // (Qt's parser takes invalid UTF-8 in strings; the redacted text is valid UTF-8 instead.)
    const bool utf8 = QString::fromUtf8(body).toUtf8() == body;
    if (before.error == QJsonParseError::NoError && utf8) {
        QJsonParseError after {};
        QJsonDocument::fromJson(json, &after);
        FUZZ_CHECK(after.error == QJsonParseError::NoError,
                   context + u"\nredacted: "_s + QString::fromUtf8(json));
        const QString leak = fuzz::unmaskedSensitiveValue(json);
        FUZZ_CHECK(leak.isEmpty(), context + u"\n"_s + leak);
    }

    // Forms: every sensitive parameter masked, the others untouched.
    const QByteArray form = Redactor::redactForm(body);
    const QString formLeak = fuzz::unmaskedFormValue(form);
    FUZZ_CHECK(formLeak.isEmpty(), context + u"\n"_s + formLeak);
    FUZZ_CHECK(form.count('&') == body.count('&'), context);
    FUZZ_CHECK(Redactor::redactForm(form) == form, context);

    // URLs: the query's sensitive values masked.
    const QString url =
        Redactor::redactUrl(u"https://api.example/path?"_s + QString::fromUtf8(body));
    if (!body.contains('#')) {
        const QByteArray query = url.mid(url.indexOf(u'?') + 1).toUtf8();
        const QString urlLeak = fuzz::unmaskedFormValue(query);
        FUZZ_CHECK(urlLeak.isEmpty(), context + u"\n"_s + urlLeak);
    }

    // Authorization headers never show the credential.
    const QByteArray header = Redactor::redactHeader("Authorization", "Bearer " + body, secrets);
    if (fuzz::isSearchableSecret(body.trimmed()) && !body.contains(' '))
        FUZZ_CHECK(!header.contains(body.trimmed()), context + QString::fromUtf8(header));
    return 0;
}
