#include "CurlCommand.h"

#include "ExchangeFormatter.h"
#include "api/Redactor.h"

#include <QRegularExpression>
#include <QUrl>

#include <utility>

using namespace Qt::StringLiterals;

namespace {

// One shell word made of literal text and variable references.
class Word
{
public:
    Word &text(const QString &literal)
    {
        m_parts.append({false, literal});
        return *this;
    }
    Word &variable(const QString &name)
    {
        m_parts.append({true, name});
        return *this;
    }

    QString render() const
    {
        bool hasVariable = false;
        bool plainLiterals = true;
        for (const auto &[isVariable, value] : m_parts) {
            hasVariable = hasVariable || isVariable;
            if (!isVariable && value.contains(QRegularExpression(u"[\"$`\\\\!]"_s)))
                plainLiterals = false;
        }
        QString result;
        if (!hasVariable) {
            for (const auto &part : m_parts)
                result += part.second;
            return CurlCommand::quote(result);
        }
        if (plainLiterals) {
            // "Authorization: Bearer $KPN_TOKEN": readable, as people write it by hand.
            for (const auto &[isVariable, value] : m_parts)
                result += isVariable ? u"${"_s + value + u'}' : value;
            result.replace(QRegularExpression(u"\\$\\{(\\w+)\\}(?!\\w)"_s), u"$\\1"_s);
            return u'"' + result + u'"';
        }
        for (const auto &[isVariable, value] : m_parts)
            result += isVariable ? u"\"${"_s + value + u"}\""_s : CurlCommand::quote(value);
        return result;
    }

private:
    QList<std::pair<bool, QString>> m_parts;
};

bool isSecretKey(const QString &key)
{
    return key == u"client_secret" || key == u"api_secret";
}

// The vendor's name for its secret: a Vonage profile's, not KPN's.
bool isApiSecretKey(const QString &key)
{
    return key == u"api_secret";
}

bool isTokenKey(const QString &key)
{
    return key == u"access_token";
}

bool isPinKey(const QString &key)
{
    return key == u"code" || key == u"pin_code";
}

// The value of a masked field as it goes into the command.
void appendValue(Word &word, const QString &key, const QString &value, const QString &pin,
                 bool *pinMasked)
{
    if (value != Redactor::mask()) {
        word.text(value);
    } else if (isSecretKey(key)) {
        word.variable(isApiSecretKey(key) ? CurlCommand::apiSecretVariable()
                                          : CurlCommand::clientSecretVariable());
    } else if (isTokenKey(key)) {
        word.variable(CurlCommand::tokenVariable());
    } else if (isPinKey(key) && !pin.isEmpty()) {
        word.text(pin);
    } else {
        if (isPinKey(key))
            *pinMasked = true;
        word.text(value);
    }
}

Word urlWord(const QString &url, const QString &pin, bool *pinMasked)
{
    Word word;
    const qsizetype question = url.indexOf(u'?');
    if (question < 0 || !url.contains(Redactor::mask())) {
        word.text(url);
        return word;
    }
    word.text(url.left(question + 1));
    const qsizetype hash = url.indexOf(u'#', question);
    const QStringList items =
        url.mid(question + 1, hash < 0 ? -1 : hash - question - 1).split(u'&');
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0)
            word.text(u"&"_s);
        const QString &item = items.at(i);
        const qsizetype equals = item.indexOf(u'=');
        if (equals < 0) {
            word.text(item);
            continue;
        }
        const QString key = QUrl::fromPercentEncoding(item.left(equals).toUtf8());
        word.text(item.left(equals + 1));
        appendValue(word, key, item.mid(equals + 1),
                    QString::fromUtf8(QUrl::toPercentEncoding(pin)), pinMasked);
    }
    if (hash >= 0)
        word.text(url.mid(hash));
    return word;
}

QString tokenUrlOf(const QString &url)
{
    QUrl origin(url);
    origin.setPath(u"/oauth/client_credential/accesstoken"_s);
    origin.setQuery(u"grant_type=client_credentials"_s);
    origin.setFragment({});
    return origin.toString(QUrl::FullyEncoded);
}

QString authorizationOption(const QString &headerName, const QByteArray &value,
                            CurlCommand::Needs *needs)
{
    // Only the vendor's API takes Basic credentials on a call: its API key and secret.
    if (value.toLower().startsWith("basic")) {
        needs->apiSecret = true;
        return u"-u "_s
            + Word()
                  .variable(CurlCommand::apiKeyVariable())
                  .text(u":"_s)
                  .variable(CurlCommand::apiSecretVariable())
                  .render();
    }
    needs->token = true;
    const qsizetype space = value.indexOf(' ');
    const QString scheme = space < 0 ? u"Bearer"_s : QString::fromLatin1(value.left(space));
    return u"-H "_s
        + Word()
              .text(headerName + u": "_s + scheme + u' ')
              .variable(CurlCommand::tokenVariable())
              .render();
}

QStringList headerOptions(const ExchangeLog::Headers &headers, CurlCommand::Needs *needs)
{
    static const QList<QByteArray> skipped = {"content-length",  "host",   "connection",
                                              "accept-encoding", "cookie", "user-agent"};
    QStringList options;
    for (const auto &[name, value] : headers) {
        const QByteArray lower = name.toLower();
        if (skipped.contains(lower))
            continue;
        const QString headerName = QString::fromLatin1(name);
        if (lower == "authorization" && value.contains(Redactor::mask().toUtf8()))
            options.append(authorizationOption(headerName, value, needs));
        else
            options.append(u"-H "_s
                           + CurlCommand::quote(headerName + u": "_s + QString::fromUtf8(value)));
    }
    return options;
}

QStringList bodyOptions(const ExchangeLog::Entry &entry, const QString &pin,
                        CurlCommand::Needs *needs)
{
    if (entry.requestBody.isEmpty())
        return {};
    const QByteArray contentType = ExchangeFormatter::header(entry.requestHeaders, "Content-Type");
    if (!ExchangeFormatter::isForm(entry.requestBody, contentType))
        return {u"--data-raw "_s + CurlCommand::quote(QString::fromUtf8(entry.requestBody))};
    QStringList options;
    for (const auto &[key, value] : ExchangeFormatter::formFields(entry.requestBody)) {
        Word word;
        word.text(key + u'=');
        appendValue(word, key, value, pin, &needs->pinMasked);
        const bool masked = value == Redactor::mask();
        needs->secret = needs->secret || (isSecretKey(key) && !isApiSecretKey(key) && masked);
        needs->apiSecret = needs->apiSecret || (isApiSecretKey(key) && masked);
        needs->token = needs->token || (isTokenKey(key) && value == Redactor::mask());
        options.append(u"--data-urlencode "_s + word.render());
    }
    return options;
}

} // namespace

QString CurlCommand::quote(const QString &text)
{
    QString escaped = text;
    escaped.replace(u"'"_s, u"'\\''"_s);
    return u'\'' + escaped + u'\'';
}

QString CurlCommand::fromEntry(const ExchangeLog::Entry &entry, const QString &revealedPin)
{
    Needs needs;
    const QString method = entry.method.isEmpty() ? u"GET"_s : QString::fromLatin1(entry.method);
    QStringList options {u"-X "_s + quote(method),
                         urlWord(entry.url, revealedPin, &needs.pinMasked).render()};
    options += headerOptions(entry.requestHeaders, &needs);
    options += bodyOptions(entry, revealedPin, &needs);
    if (entry.url.contains(u"client_secret=[redacted]"))
        needs.secret = true;
    if (entry.url.contains(u"api_secret=[redacted]"))
        needs.apiSecret = true;

    const QStringList comments = setupComments(entry.url, needs);
    QString command = u"curl "_s + options.join(u" \\\n  "_s);
    if (comments.isEmpty())
        return command + u'\n';
    return comments.join(u'\n') + u'\n' + command + u'\n';
}

QStringList CurlCommand::setupComments(const QString &url, const Needs &needs)
{
    QStringList comments;
    if (needs.token) {
        comments.append(tr("# Set %1 to an access token first. Get one with the token request "
                           "(copy it as cURL too), for example:")
                            .arg(tokenVariable()));
        comments.append(u"# export %1=$(curl -s -X POST %2 --data-urlencode \"client_id=$%3\" "
                        "--data-urlencode \"client_secret=$%4\" | sed -n "
                        "'s/.*\"access_token\" *: *\"\\([^\"]*\\)\".*/\\1/p')"_s.arg(
                            tokenVariable(), quote(tokenUrlOf(url)), clientIdVariable(),
                            clientSecretVariable()));
    }
    if (needs.secret)
        comments.append(tr("# Set %1 to the application's client secret first (it is never "
                           "copied), for example: read -rs %1 && export %1")
                            .arg(clientSecretVariable()));
    if (needs.apiSecret)
        comments.append(tr("# Set %1 and %2 to the account's API key and secret first (the "
                           "secret is never copied), for example: read -rs %2 && export %2")
                            .arg(apiKeyVariable(), apiSecretVariable()));
    if (needs.pinMasked)
        comments.append(
            tr("# The PIN is masked: replace %1 with the code to check.").arg(Redactor::mask()));
    return comments;
}
