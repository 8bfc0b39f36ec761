#include "Redactor.h"

#include "SensitiveKeys.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <cstring>
#include <string_view>

using namespace Qt::StringLiterals;

namespace {
// Shorter literals are not scrubbed blindly: they would clobber unrelated digits.
constexpr qsizetype kMinScrubLength = 6;
} // namespace

QString Redactor::mask()
{
    return u"[redacted]"_s;
}

namespace {

bool isAsciiSpace(char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

// Whether the form key `rawKey` (as sent: percent-encoded) names a sensitive parameter: decoded,
// trimmed and compared without case, as a QString would be.
bool isSensitiveFormKey(QByteArrayView rawKey)
{
    static const QList<QByteArray> keys = [] {
        QList<QByteArray> latin1;
        for (const QString &key : SensitiveKeys::all())
            latin1.append(key.toLatin1());
        return latin1;
    }();
    const bool plain = std::all_of(rawKey.begin(), rawKey.end(),
                                   [](char c) { return c != '%' && static_cast<uchar>(c) < 0x80; });
    if (!plain) {
        // Percent escapes or other than ASCII (which may fold to ASCII): the long way.
        const QString key =
            QString::fromUtf8(QByteArray::fromPercentEncoding(rawKey.toByteArray())).trimmed();
        return SensitiveKeys::contains(QStringView(key).left(key.indexOf(u'[')).trimmed());
    }
    // "code[]" or "code[0]": the list form many servers read as the key itself.
    if (const qsizetype bracket = rawKey.indexOf('['); bracket >= 0)
        rawKey.truncate(bracket);
    while (!rawKey.isEmpty() && isAsciiSpace(rawKey.front()))
        rawKey = rawKey.sliced(1);
    while (!rawKey.isEmpty() && isAsciiSpace(rawKey.back()))
        rawKey.chop(1);
    for (const QByteArray &key : keys) {
        if (key.size() == rawKey.size()
            && qstrnicmp(key.constData(), rawKey.data(), size_t(rawKey.size())) == 0)
            return true;
    }
    return false;
}

} // namespace

QByteArray Redactor::redactForm(const QByteArray &form)
{
    static const QByteArray masked = mask().toLatin1();
    QByteArray out;
    qsizetype copied = 0; // up to here, `form` is in `out` (when anything was masked)
    qsizetype begin = 0;
    while (begin <= form.size()) {
        qsizetype end = form.indexOf('&', begin);
        if (end < 0)
            end = form.size();
        const QByteArrayView part(form.constData() + begin, end - begin);
        const qsizetype equals = part.indexOf('=');
        const QByteArrayView rawKey = equals < 0 ? part : part.first(equals);
        if (isSensitiveFormKey(rawKey)) {
            out.append(form.constData() + copied, begin - copied);
            out.append(rawKey);
            out.append('=');
            out.append(masked);
            copied = end;
        }
        begin = end + 1;
    }
    if (copied == 0)
        return form;
    out.append(form.constData() + copied, form.size() - copied);
    return out;
}

namespace {

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// The end of the string literal that starts with the quote at `from`: one past its closing quote,
// or -1 when the text ends first. A backslash escapes whatever follows it, a line break too.
qsizetype stringEnd(const QByteArray &text, qsizetype from)
{
    for (qsizetype i = from + 1; i < text.size(); ++i) {
        if (text.at(i) == '\\')
            ++i;
        else if (text.at(i) == '"')
            return i + 1;
    }
    return -1;
}

// A key's text the way Qt's parser reads it: the standard escapes, \uXXXX, and any other escaped
// character standing for itself. A key spelled with escapes ("co\u0064e", "pin_c\ode") is the same
// key to every JSON reader, so it is masked like the plain spelling. Every sensitive key is
// printable ASCII: anything else (control characters, non-ASCII) becomes 0x7f, which none has.
QByteArray decodeKey(const char *begin, const char *end)
{
    QByteArray out;
    for (const char *p = begin; p < end; ++p) {
        if (*p != '\\' || p + 1 >= end) {
            out.append(*p & 0x80 ? '\x7f' : *p);
            continue;
        }
        const char e = *++p;
        switch (e) {
        case 'b': // control characters: in no sensitive key
        case 'f':
        case 'n':
        case 'r':
        case 't':
            out.append('\x7f');
            break;
        case 'u': {
            bool ok = false;
            const uint unit = end - p > 4 ? QByteArray(p + 1, 4).toUInt(&ok, 16) : 0;
            if (ok) {
                out.append(unit < 0x80 ? char(unit) : '\x7f');
                p += 4;
            } else {
                out.append(e);
            }
            break;
        }
        default:
            out.append(e & 0x80 ? '\x7f' : e);
            break;
        }
    }
    return out;
}

// Whether the key between `begin` and `end` (its text inside the quotes) is one of `keys`, compared
// without case and the way a JSON reader spells it (see decodeKey).
bool isKeyIn(const char *begin, const char *end, const QList<QByteArray> &keys)
{
    const qsizetype size = end - begin;
    // The longest sensitive key, even with every character escaped as \uXXXX.
    constexpr qsizetype kMaxKeyBytes = qsizetype(6) * 16;
    if (size > kMaxKeyBytes)
        return false;
    const QByteArray decoded =
        std::memchr(begin, '\\', size_t(size)) ? decodeKey(begin, end) : QByteArray();
    const QByteArrayView key = decoded.isNull() ? QByteArrayView(begin, size) : decoded;
    for (const QByteArray &wanted : keys) {
        if (wanted.size() == key.size()
            && qstrnicmp(wanted.constData(), key.data(), size_t(key.size())) == 0)
            return true;
    }
    return false;
}

bool isSensitiveKey(const char *begin, const char *end)
{
    static const QList<QByteArray> keys = [] {
        QList<QByteArray> latin1;
        for (const QString &key : SensitiveKeys::all())
            latin1.append(key.toLatin1());
        return latin1;
    }();
    return isKeyIn(begin, end, keys);
}

// The end of the array or object that starts at `from`: one past the bracket that closes it,
// strings stepped over whole; the end of the text when it is cut off first.
qsizetype structureEnd(const QByteArray &text, qsizetype from)
{
    qsizetype depth = 0;
    for (qsizetype i = from; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == '"') {
            const qsizetype end = stringEnd(text, i);
            if (end < 0)
                break;
            i = end - 1;
        } else if (c == '[' || c == '{') {
            ++depth;
        } else if ((c == ']' || c == '}') && --depth == 0) {
            return i + 1;
        }
    }
    return text.size();
}

// The end of the value that starts at `from`: a string (possibly cut off by a truncated body) or
// a bare number with its exponent, so that none of it is left behind and the JSON stays valid.
// `from` itself when it is neither.
qsizetype valueEnd(const QByteArray &text, qsizetype from)
{
    const qsizetype n = text.size();
    if (text.at(from) == '"') {
        const qsizetype end = stringEnd(text, from);
        if (end >= 0)
            return end;
        return text.endsWith('\\') ? n - 1 : n; // cut off; a dangling backslash stays
    }
    qsizetype i = from;
    if (text.at(i) == '-')
        ++i;
    const qsizetype digits = i;
    while (i < n && ((text.at(i) >= '0' && text.at(i) <= '9') || text.at(i) == '.'))
        ++i;
    if (i == digits)
        return from;
    if (i < n && (text.at(i) == 'e' || text.at(i) == 'E')) {
        qsizetype e = i + 1;
        if (e < n && (text.at(e) == '+' || text.at(e) == '-'))
            ++e;
        const qsizetype exponent = e;
        while (e < n && text.at(e) >= '0' && text.at(e) <= '9')
            ++e;
        if (e > exponent)
            i = e;
    }
    return i;
}

} // namespace

namespace {

const QList<QByteArray> &accessTokenKey()
{
    static const QList<QByteArray> key = {QByteArrayLiteral("access_token")};
    return key;
}

// The text of the JSON string literal at `literal` (quotes included) as a JSON reader gives it, in
// UTF-8; empty when it is not a valid literal.
QByteArray stringValue(QByteArrayView literal)
{
    const QByteArrayView inner = literal.sliced(1, literal.size() - 2);
    if (!inner.contains('\\'))
        return inner.toByteArray();
    const QJsonArray array = QJsonDocument::fromJson('[' + literal.toByteArray() + ']').array();
    return array.isEmpty() ? QByteArray() : array.at(0).toString().toUtf8();
}

void appendToken(QList<QByteArray> *tokens, QByteArrayView literal)
{
    const QByteArray token = stringValue(literal);
    if (!token.isEmpty() && !tokens->contains(token))
        tokens->append(token);
}

// redactJson(), also giving the values of access_token keys that are whole strings to `tokens`
// when it is not null: one walk through the text for both.
QByteArray redactJson(const QByteArray &json, QList<QByteArray> *tokens)
{
    // Every string literal is stepped over whole, so a key is only ever found outside a string: a
    // string followed by a colon.
    static const QByteArray masked = '"' + Redactor::mask().toUtf8() + '"';
    QByteArray out;
    qsizetype copied = 0;
    qsizetype i = json.indexOf('"');
    while (i >= 0) {
        const qsizetype keyEnd = stringEnd(json, i);
        if (keyEnd < 0)
            break; // an unterminated string runs to the end: nothing after it is a key
        qsizetype next = keyEnd;
        while (next < json.size() && isJsonSpace(json.at(next)))
            ++next;
        if (next < json.size() && json.at(next) == ':') {
            qsizetype value = next + 1;
            while (value < json.size() && isJsonSpace(json.at(value)))
                ++value;
            qsizetype end = value < json.size() ? valueEnd(json, value) : value;
            const char *key = json.constData() + i + 1;
            const char *keyStop = json.constData() + keyEnd - 1;
            const bool sensitive = isSensitiveKey(key, keyStop);
            // An array or object under a sensitive key is as secret as a string there; under
            // any other key, the walk goes on into it.
            if (sensitive && end == value && value < json.size()
                && (json.at(value) == '[' || json.at(value) == '{'))
                end = structureEnd(json, value);
            if (end > value && sensitive) {
                // Only a whole string: a value cut off is no token.
                if (tokens && json.at(value) == '"' && stringEnd(json, value) == end
                    && isKeyIn(key, keyStop, accessTokenKey()))
                    appendToken(tokens, QByteArrayView(json.constData() + value, end - value));
                out.append(json.constData() + copied, value - copied);
                out.append(masked);
                copied = end;
            }
            // A string value is stepped over like any other string.
            next = end > value ? end : value;
        }
        i = json.indexOf('"', next);
    }
    if (copied == 0)
        return json;
    out.append(json.constData() + copied, json.size() - copied);
    return out;
}

} // namespace

QByteArray Redactor::redactJson(const QByteArray &json)
{
    return ::redactJson(json, nullptr);
}

QList<QByteArray> Redactor::accessTokens(const QByteArray &json)
{
    QList<QByteArray> tokens;
    ::redactJson(json, &tokens);
    return tokens;
}

QByteArray Redactor::redactBody(const QByteArray &body, const QList<QByteArray> &secrets,
                                QList<QByteArray> *accessTokens)
{
    const QByteArray trimmed = body.trimmed();
    const bool looksLikeJson =
        trimmed.startsWith('{') || trimmed.startsWith('[') || trimmed.contains("\":");
    QByteArray result;
    if (!looksLikeJson && !trimmed.contains('<') && trimmed.contains('=')) {
        result = redactForm(body);
        // What a JSON reader would still take for a token answer (after a byte-order mark, say).
        if (accessTokens)
            *accessTokens = Redactor::accessTokens(body);
    } else {
        // JSON, or HTML or text: anything that looks like a key is masked either way, and a
        // token it issues is taken in the same walk.
        result = ::redactJson(body, accessTokens);
    }
    if (!accessTokens || accessTokens->isEmpty())
        return scrub(result, secrets);
    return scrub(result, secrets + *accessTokens);
}

QString Redactor::redactUserInfo(const QString &text)
{
    // The user name ends at the first ':' (a password follows), the password at the '@' that
    // ends the user info. Qt's error texts quote a URL decoded ("Error transferring
    // http://me:pa ss@host/..."), so both may hold spaces there; neither holds a '@', '/', '?'
    // or '#', which every spelling of a URL encodes in the user info.
    static const QRegularExpression userInfo(
        uR"(([A-Za-z][A-Za-z0-9+.\-]*://[^/?#@:\r\n]*):[^/?#@\r\n]*@)"_s);
    if (!text.contains(u'@'))
        return text;
    QString out = text;
    return out.replace(userInfo, u"\\1:"_s + mask() + u'@');
}

QString Redactor::redactUrl(const QString &rawUrl, const QList<QByteArray> &secrets)
{
    const QString url = redactUserInfo(rawUrl);
    const qsizetype question = url.indexOf(u'?');
    QByteArray text = url.toUtf8();
    if (question >= 0) {
        const qsizetype hash = url.indexOf(u'#', question);
        const QByteArray query =
            url.mid(question + 1, hash < 0 ? -1 : hash - question - 1).toUtf8();
        text = url.left(question + 1).toUtf8() + redactForm(query)
            + (hash < 0 ? QByteArray() : url.mid(hash).toUtf8());
    }
    return QString::fromUtf8(scrub(text, secrets));
}

bool Redactor::isCredentialHeader(const QByteArray &name)
{
    return name.compare("authorization", Qt::CaseInsensitive) == 0
        || name.compare("proxy-authorization", Qt::CaseInsensitive) == 0;
}

QByteArray Redactor::redactHeader(const QByteArray &name, const QByteArray &value,
                                  const QList<QByteArray> &secrets)
{
    if (isCredentialHeader(name)) {
        const qsizetype space = value.indexOf(' ');
        const QByteArray scheme = space < 0 ? QByteArray() : value.left(space);
        const QByteArray credential = space < 0 ? value : value.mid(space + 1).trimmed();
        const QByteArray masked = u"%1 #%2"_s.arg(mask(), fingerprint(credential)).toUtf8();
        return scheme.isEmpty() ? masked : scheme + ' ' + masked;
    }
    if (name.compare("cookie", Qt::CaseInsensitive) == 0
        || name.compare("set-cookie", Qt::CaseInsensitive) == 0)
        return mask().toUtf8();
    return scrub(value, secrets);
}

namespace {

bool contains(const QByteArray &text, const QByteArray &part)
{
    // std::string_view's search (memchr for the first byte, then a compare) is several times
    // cheaper than QByteArray::contains() on the short texts and secrets met here: Qt's
    // Boyer-Moore builds a 256-entry table on every call.
    return std::string_view(text.constData(), size_t(text.size()))
               .find(std::string_view(part.constData(), size_t(part.size())))
        != std::string_view::npos;
}

} // namespace

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// The value of the `digits` hex digits at `p`, or -1.
int hexAt(const char *p, const char *end, int digits)
{
    if (end - p < digits)
        return -1;
    int value = 0;
    for (int i = 0; i < digits; ++i) {
        const int digit = hexValue(p[i]);
        if (digit < 0)
            return -1;
        value = value * 16 + digit;
    }
    return value;
}

// The JSON escape letter of `c` ("\n" for a line break), or 0.
char jsonEscapeOf(char c)
{
    switch (c) {
    case '"':
    case '\\':
    case '/':
        return c;
    case '\b':
        return 'b';
    case '\f':
        return 'f';
    case '\n':
        return 'n';
    case '\r':
        return 'r';
    case '\t':
        return 't';
    default:
        return 0;
    }
}

// The lengths of the spellings of the byte `wanted` that start at `p` (none is 0): itself, a
// percent escape in either case, '+' for a space (forms), a JSON escape. At most two apply at
// once ('%' itself and "%25", '\\' itself and "\\\\").
std::array<qsizetype, 2> spellingsAt(const char *p, const char *end, char wanted)
{
    std::array<qsizetype, 2> lengths {0, 0};
    qsizetype *next = lengths.data();
    if (*p == wanted)
        *next++ = 1;
    if (*p == '%' && hexAt(p + 1, end, 2) == static_cast<uchar>(wanted))
        *next++ = 3;
    else if (*p == '+' && wanted == ' ')
        *next++ = 1;
    else if (*p == '\\' && end - p >= 2) {
        const char escape = jsonEscapeOf(wanted);
        if (escape != 0 && p[1] == escape)
            *next++ = 2;
        else if (p[1] == 'u' && hexAt(p + 2, end, 4) == static_cast<uchar>(wanted)
                 && static_cast<uchar>(wanted) < 0x80)
            *next++ = 6;
    }
    return lengths;
}

// The length of the longest spelling of `secret` that starts at `from` and ends by `end`, as a
// form or JSON reader decodes it; 0 when there is none. The positions each prefix of the secret
// can end at are followed together, so an ambiguous text ("\\\\\\\\" for backslashes) costs
// no more than twice a plain one.
qsizetype spelledAt(const char *from, const char *end, const QByteArray &secret)
{
    QVarLengthArray<const char *, 4> ends {from};
    QVarLengthArray<const char *, 4> nextEnds;
    for (const char wanted : secret) {
        nextEnds.clear();
        for (const char *p : std::as_const(ends)) {
            if (p >= end)
                continue;
            for (const qsizetype length : spellingsAt(p, end, wanted)) {
                if (length > 0 && !nextEnds.contains(p + length))
                    nextEnds.append(p + length);
            }
        }
        if (nextEnds.isEmpty())
            return 0;
        ends = nextEnds;
    }
    return *std::max_element(ends.cbegin(), ends.cend()) - from;
}

// Whether `text` holds any character that starts an encoded spelling: most texts hold none.
bool mayHoldEncodings(const QByteArray &text)
{
    const auto has = [&text](char c) {
        return std::memchr(text.constData(), c, size_t(text.size())) != nullptr;
    };
    return has('%') || has('+') || has('\\');
}

// `segment` (no mark in it) with every spelling of `secret` replaced by `masked`; `encoded`:
// whether the text may hold other spellings than the plain one (mayHoldEncodings()).
QByteArray scrubSegment(const QByteArray &segment, const QByteArray &secret,
                        const QByteArray &masked, bool encoded)
{
    if (!encoded) {
        // Only the plain spelling can be there: the quick search.
        if (!contains(segment, secret))
            return segment;
        QByteArray out = segment;
        return out.replace(secret, masked);
    }
    QByteArray out;
    const char *begin = segment.constData();
    const char *end = begin + segment.size();
    const char *copied = begin;
    const char first = secret.front();
    // The bytes a spelling of the first one can start with.
    std::array<bool, 256> starts {};
    starts[uchar('+')] = first == ' ';
    starts[uchar(first)] = starts[uchar('%')] = starts[uchar('\\')] = true;
    const char *last = end - secret.size(); // no spelling is shorter than the secret
    for (const char *p = begin; p <= last;) {
        if (!starts[uchar(*p)]) {
            ++p;
            continue;
        }
        // The first byte's spelling is checked before the whole secret's.
        const bool mayStart = *p == first || spellingsAt(p, end, first)[0] != 0;
        const qsizetype length = mayStart ? spelledAt(p, end, secret) : 0;
        if (length == 0) {
            ++p;
            continue;
        }
        out.append(copied, p - copied);
        out.append(masked);
        p += length;
        copied = p;
    }
    if (copied == begin)
        return segment;
    out.append(copied, end - copied);
    return out;
}

// `text` with every spelling of `secret` replaced by `masked`, except within the marks already
// there: a secret that is part of the mark ("[redacted", say) would otherwise turn a mark into
// something else, and one that starts in a mark and ends after it was never in the text.
QByteArray replaceOutsideMarks(const QByteArray &text, const QByteArray &secret,
                               const QByteArray &masked, bool encoded)
{
    if (!contains(text, masked))
        return scrubSegment(text, secret, masked, encoded);
    QByteArray out;
    qsizetype from = 0;
    while (true) {
        const qsizetype mark = text.indexOf(masked, from);
        out.append(scrubSegment(text.mid(from, (mark < 0 ? text.size() : mark) - from), secret,
                                masked, encoded));
        if (mark < 0)
            return out;
        out.append(masked);
        from = mark + masked.size();
    }
}

} // namespace

QByteArray Redactor::scrub(QByteArray text, const QList<QByteArray> &secrets)
{
    static const QByteArray masked = mask().toUtf8();
    // Masking removes characters and adds none of these: asked once for all the secrets.
    const bool encoded = mayHoldEncodings(text);
    for (const QByteArray &secret : secrets) {
        // Every spelling of a secret is at least as long as the secret.
        if (secret.size() < kMinScrubLength || text.size() < secret.size())
            continue;
        text = replaceOutsideMarks(text, secret, masked, encoded);
    }
    return text;
}

QString Redactor::fingerprint(const QByteArray &secret)
{
    if (secret.isEmpty())
        return u"empty"_s;
    return QString::fromLatin1(
        QCryptographicHash::hash(secret, QCryptographicHash::Sha256).toHex().left(8));
}
