#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

// Masks secrets (client secret, access token, PIN) in what the client sends and receives, so
// that logs, the inspector and error details never hold them.
class Redactor
{
public:
    // The values of SensitiveKeys are always masked.
    static QString mask();

    // key=value&... with the values of sensitive keys masked.
    static QByteArray redactForm(const QByteArray &form);
    // "key": "value" (or a number) of sensitive keys masked, also in truncated or broken JSON.
    static QByteArray redactJson(const QByteArray &json);
    // A body of any type: form or JSON by its look, literal secrets removed. With `accessTokens`,
    // also the tokens the body issues (see accessTokens()), found in the same walk through it and
    // masked wherever they appear in it.
    static QByteArray redactBody(const QByteArray &body, const QList<QByteArray> &secrets = {},
                                 QList<QByteArray> *accessTokens = nullptr);
    // The values of every "access_token" key in a JSON text (a token answer), as a JSON reader
    // gives them: also nested, spelled with escapes or in any case, and in broken JSON where the
    // value itself is whole, without parsing the text.
    static QList<QByteArray> accessTokens(const QByteArray &json);
    // A URL with the password of its user info and the values of sensitive query items masked.
    static QString redactUrl(const QString &url, const QList<QByteArray> &secrets = {});
    // Any text (a URL, an error message quoting one) with the password of every
    // "scheme://user:password@" masked, encoded or not.
    static QString redactUserInfo(const QString &text);
    // Authorization or Proxy-Authorization, in any case: the value is a credential.
    static bool isCredentialHeader(const QByteArray &name);
    // The value of a header; Authorization and cookies are masked.
    static QByteArray redactHeader(const QByteArray &name, const QByteArray &value,
                                   const QList<QByteArray> &secrets = {});
    // Every occurrence of each literal secret replaced by the mask, in every spelling a reader
    // decodes back to it: percent escapes in either case, '+' for a space, JSON escapes (\/,
    // \", \uXXXX...). Secrets shorter than six characters are left to the keys and headers they
    // sit under: as literals they would mask unrelated digits and words, and show where they are.
    static QByteArray scrub(QByteArray text, const QList<QByteArray> &secrets);
    // A short non-reversible fingerprint, so the inspector can tell two tokens apart.
    static QString fingerprint(const QByteArray &secret);
};
