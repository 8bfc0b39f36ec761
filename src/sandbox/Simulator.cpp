#include "Simulator.h"

#include "Clock.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {

constexpr qint64 kCancelAfterMs = 30'000;
constexpr int kWrongCodesPerPin = 3;
constexpr int kMaxSearchIds = 10;
constexpr qsizetype kMaxMessages = 10'000;
// Prices in units of 10^-8 EUR, the precision the vendor writes them with.
constexpr qint64 kVerificationPrice = 10'000'000;
constexpr qint64 kSmsPrice = 3'330'000;
constexpr qint64 kCallPrice = 5'000'000;

const QString kSms = u"sms"_s;
const QString kTts = u"tts"_s;

struct Workflow
{
    QStringList steps;
    QList<int> waits; // default seconds after each step
};

// The vendor's seven workflows with their default waits, from its guide "Workflows and Events"
// (developer.nexmo.com/verify/guides/workflows-and-events): each wait follows the event before it,
// and the request expires after the last one unless its PIN is still valid then.
Workflow workflow(int id)
{
    switch (id) {
    case 1:
        return {{kSms, kTts, kTts}, {125, 180, 300}};
    case 2:
        return {{kSms, kSms, kTts}, {125, 180, 300}};
    case 3:
        return {{kTts, kTts}, {150, 150}};
    case 4:
        return {{kSms, kSms}, {120, 180}};
    case 5:
        return {{kSms, kTts}, {125, 300}};
    case 6:
        return {{kSms}, {300}};
    default:
        return {{kTts}, {300}};
    }
}

// The `lg` values the vendor's spec lists for a Verify request.
const QStringList &supportedLanguages()
{
    static const QStringList languages = {
        u"ar-xa"_s, u"cs-cz"_s,  u"cy-cy"_s, u"cy-gb"_s, u"da-dk"_s, u"de-de"_s, u"el-gr"_s,
        u"en-au"_s, u"en-gb"_s,  u"en-in"_s, u"en-us"_s, u"es-es"_s, u"es-mx"_s, u"es-us"_s,
        u"fi-fi"_s, u"fil-ph"_s, u"fr-ca"_s, u"fr-fr"_s, u"hi-in"_s, u"hu-hu"_s, u"id-id"_s,
        u"is-is"_s, u"it-it"_s,  u"ja-jp"_s, u"ko-kr"_s, u"nb-no"_s, u"nl-nl"_s, u"pl-pl"_s,
        u"pt-br"_s, u"pt-pt"_s,  u"ro-ro"_s, u"ru-ru"_s, u"sv-se"_s, u"th-th"_s, u"tr-tr"_s,
        u"vi-vn"_s, u"yue-cn"_s, u"zh-cn"_s, u"zh-tw"_s};
    return languages;
}

// The `lg` values the vendor's spec lists for a PSD2 request (its own, shorter list).
const QStringList &psd2Languages()
{
    static const QStringList languages = {
        u"en-gb"_s, u"bg-bg"_s, u"cs-cz"_s, u"da-dk"_s, u"de-de"_s, u"ee-et"_s, u"el-gr"_s,
        u"es-es"_s, u"fi-fi"_s, u"fr-fr"_s, u"ga-ie"_s, u"hu-hu"_s, u"it-it"_s, u"lv-lv"_s,
        u"lt-lt"_s, u"mt-mt"_s, u"nl-nl"_s, u"pl-pl"_s, u"sk-sk"_s, u"sl-si"_s, u"sv-se"_s};
    return languages;
}

// Country calling codes for the `country` parameter (ISO 3166 alpha-2).
const QHash<QString, QString> &callingCodes()
{
    static const QHash<QString, QString> codes = {
        {u"AE"_s, u"971"_s}, {u"AR"_s, u"54"_s},  {u"AT"_s, u"43"_s},  {u"AU"_s, u"61"_s},
        {u"BE"_s, u"32"_s},  {u"BG"_s, u"359"_s}, {u"BR"_s, u"55"_s},  {u"CA"_s, u"1"_s},
        {u"CH"_s, u"41"_s},  {u"CN"_s, u"86"_s},  {u"CW"_s, u"599"_s}, {u"CY"_s, u"357"_s},
        {u"CZ"_s, u"420"_s}, {u"DE"_s, u"49"_s},  {u"DK"_s, u"45"_s},  {u"EE"_s, u"372"_s},
        {u"EG"_s, u"20"_s},  {u"ES"_s, u"34"_s},  {u"FI"_s, u"358"_s}, {u"FR"_s, u"33"_s},
        {u"GB"_s, u"44"_s},  {u"GR"_s, u"30"_s},  {u"HK"_s, u"852"_s}, {u"HR"_s, u"385"_s},
        {u"HU"_s, u"36"_s},  {u"ID"_s, u"62"_s},  {u"IE"_s, u"353"_s}, {u"IL"_s, u"972"_s},
        {u"IN"_s, u"91"_s},  {u"IS"_s, u"354"_s}, {u"IT"_s, u"39"_s},  {u"JP"_s, u"81"_s},
        {u"KR"_s, u"82"_s},  {u"LT"_s, u"370"_s}, {u"LU"_s, u"352"_s}, {u"LV"_s, u"371"_s},
        {u"MA"_s, u"212"_s}, {u"MT"_s, u"356"_s}, {u"MX"_s, u"52"_s},  {u"MY"_s, u"60"_s},
        {u"NG"_s, u"234"_s}, {u"NL"_s, u"31"_s},  {u"NO"_s, u"47"_s},  {u"NZ"_s, u"64"_s},
        {u"PH"_s, u"63"_s},  {u"PL"_s, u"48"_s},  {u"PT"_s, u"351"_s}, {u"RO"_s, u"40"_s},
        {u"RS"_s, u"381"_s}, {u"RU"_s, u"7"_s},   {u"SA"_s, u"966"_s}, {u"SE"_s, u"46"_s},
        {u"SG"_s, u"65"_s},  {u"SI"_s, u"386"_s}, {u"SK"_s, u"421"_s}, {u"SR"_s, u"597"_s},
        {u"TH"_s, u"66"_s},  {u"TR"_s, u"90"_s},  {u"TW"_s, u"886"_s}, {u"UA"_s, u"380"_s},
        {u"US"_s, u"1"_s},   {u"VN"_s, u"84"_s},  {u"ZA"_s, u"27"_s}};
    return codes;
}

// Numbers that answer with a business error, so that demos and tests can show every outcome of a
// Verify request: in the range the UK keeps for drama (447700900000-999), which phone-number
// checkers (libphonenumber among them) reject as not in use, and the same endings on Dutch
// mobile numbers 31 6 199999NN, which they accept, for clients that check numbers first.
const QHash<QString, QString> &demoNumbers()
{
    static const QHash<QString, QString> numbers = [] {
        QHash<QString, QString> map;
        for (const int status : {1, 5, 6, 7, 8, 9, 15, 29}) {
            const QString ending = u"%1"_s.arg(status, 2, 10, QLatin1Char('0'));
            map.insert(u"4477009000"_s + ending, QString::number(status));
            map.insert(u"316199999"_s + ending, QString::number(status));
        }
        return map;
    }();
    return numbers;
}

QString missingParameter(const QString &name)
{
    return u"Your request is incomplete and missing the mandatory parameter `%1`"_s.arg(name);
}

QString invalidParameter(const QString &name)
{
    return u"Invalid value for param: %1"_s.arg(name);
}

Reply statusReply(const QString &status, const QString &errorText)
{
    return {200, QJsonObject {{u"status"_s, status}, {u"error_text"_s, errorText}}};
}

Reply requestError(const QString &status, const QString &errorText)
{
    Reply reply = statusReply(status, errorText);
    reply.body.insert(u"request_id"_s, QString());
    return reply;
}

QString formatMoney(qint64 units)
{
    return u"%1.%2"_s.arg(units / 100'000'000).arg(units % 100'000'000, 8, 10, QLatin1Char('0'));
}

std::optional<int> parseInt(const QString &text)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

// The PIN message in the customer's language, as far as the sandbox speaks it.
QString messageText(const QString &channel, const QString &language, const QString &brand,
                    const QString &pin)
{
    const QString lang = language.left(2);
    if (channel == kSms) {
        if (lang == u"nl")
            return u"Uw %1 code is: %2"_s.arg(brand, pin);
        if (lang == u"de")
            return u"Ihr %1 Code lautet: %2"_s.arg(brand, pin);
        if (lang == u"fr")
            return u"Votre code %1 est : %2"_s.arg(brand, pin);
        if (lang == u"es")
            return u"Su código %1 es: %2"_s.arg(brand, pin);
        return u"Your %1 PIN is: %2"_s.arg(brand, pin);
    }
    const QString spoken = pin.split(QString(), Qt::SkipEmptyParts).join(u", "_s);
    if (lang == u"nl")
        return u"Dit is %1. Uw code is %2. Nogmaals, uw code is %2."_s.arg(brand, spoken);
    return u"This is %1. Your PIN is %2. Once again, your PIN is %2."_s.arg(brand, spoken);
}

// A PSD2 message names the payee and the amount, so the customer knows what the code confirms.
// The vendor does not publish its wording: this one is the sandbox's own.
QString paymentText(const QString &channel, const QString &language, const QString &payee,
                    const QString &amount, const QString &pin)
{
    const QString lang = language.left(2);
    if (channel == kSms) {
        if (lang == u"nl")
            return u"Uw code om de betaling van EUR %1 aan %2 te bevestigen is: %3"_s.arg(
                amount, payee, pin);
        if (lang == u"de")
            return u"Ihr Code zur Bestätigung der Zahlung von EUR %1 an %2 lautet: %3"_s.arg(
                amount, payee, pin);
        if (lang == u"fr")
            return u"Votre code pour confirmer le paiement de %1 EUR à %2 est : %3"_s.arg(
                amount, payee, pin);
        if (lang == u"es")
            return u"Su código para confirmar el pago de %1 EUR a %2 es: %3"_s.arg(amount, payee,
                                                                                   pin);
        return u"Your code to confirm the payment of EUR %1 to %2 is: %3"_s.arg(amount, payee, pin);
    }
    const QString spoken = pin.split(QString(), Qt::SkipEmptyParts).join(u", "_s);
    if (lang == u"nl")
        return u"Uw code voor de betaling van %1 euro aan %2 is %3. Nogmaals, uw code is %3."_s.arg(
            amount, payee, spoken);
    return u"Your code for the payment of %1 euros to %2 is %3. Once again, your code is %3."_s.arg(
        amount, payee, spoken);
}

// The language a number gets when the request names none: the vendor picks the locale that
// matches the number.
QString defaultLanguage(const QString &number)
{
    if (number.startsWith(u"31"))
        return u"nl-nl"_s;
    if (number.startsWith(u"49"))
        return u"de-de"_s;
    if (number.startsWith(u"33"))
        return u"fr-fr"_s;
    if (number.startsWith(u"34"))
        return u"es-es"_s;
    if (number.startsWith(u"44"))
        return u"en-gb"_s;
    return u"en-us"_s;
}

} // namespace

Simulator::Simulator(SimulatorConfig config, Clock *clock, quint32 seed)
    : m_config(std::move(config))
    , m_clock(clock)
    , m_random(seed != 0 ? QRandomGenerator(seed)
                         : QRandomGenerator(QRandomGenerator::global()->generate()))
{ }

QString Simulator::formatDate(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

QString Simulator::statusText(const QString &status)
{
    static const QHash<QString, QString> texts = {
        {u"0"_s, u"Success"_s},
        {u"1"_s, u"Throttled"_s},
        {u"2"_s, missingParameter(u"number"_s)},
        {u"3"_s, invalidParameter(u"number"_s)},
        {u"4"_s, u"Bad credentials"_s}, // check, search, control; a request says otherwise
        {u"5"_s, u"Internal Error"_s},
        {u"6"_s,
         u"The Vonage platform was unable to process this message for the following "
         u"reason: The request could not be routed."_s},
        {u"7"_s, u"The number you are trying to verify is blacklisted for verification."_s},
        {u"8"_s,
         u"The api_key you supplied is for an account that has been barred from "
         u"submitting messages."_s},
        {u"9"_s, u"Partner quota exceeded"_s},
        {u"10"_s, u"Concurrent verifications to the same number are not allowed"_s},
        {u"15"_s, u"The destination number is not in a supported network"_s},
        {u"16"_s, u"The code inserted does not match the expected value"_s},
        {u"17"_s, u"The wrong code was provided too many times. Request terminated"_s},
        {u"18"_s, u"Too many request_ids provided"_s},
        {u"19"_s, u"No more events are left to execute for the request"_s},
        {u"20"_s, u"This account does not support the parameter: pin_code."_s},
        {u"29"_s,
         u"Your Vonage account is still in demo mode. While in demo mode you must add "
         u"target numbers to the approved list for your account. Add funds to your "
         u"account to remove this limitation."_s},
        {u"101"_s, u"No response found"_s}};
    return texts.value(status, u"Internal Error"_s);
}

// Each endpoint words a status as the vendor's spec shows for that endpoint: 4 on a request is
// "Invalid credentials were provided", 6 on a check names the request that was not found, 6 on a
// control says it is no longer active, and 10 on a request carries the id of the verification
// in progress (a new one when the number has none here).
Reply Simulator::businessError(const QString &status, const QString &endpoint, const Params &params)
{
    const QString requestId = params.value(u"request_id"_s).trimmed();
    QString text = statusText(status);
    QString replyId;
    if (endpoint == u"request" && status == u"4") {
        text = u"Invalid credentials were provided"_s;
    } else if (endpoint == u"check" && status == u"6") {
        text =
            u"The Vonage platform was unable to process this message for the following "
            u"reason: Request '%1' was not found or it has been verified already."_s.arg(requestId);
    } else if (endpoint == u"control" && status == u"6") {
        text = u"The requestId '%1' does not exist or its no longer active."_s.arg(requestId);
    } else if (endpoint == u"request" && status == u"10") {
        QString number = params.value(u"number"_s).trimmed();
        if (number.startsWith(u'+'))
            number.remove(0, 1);
        replyId = m_liveByNumber.value(number);
        if (replyId.isEmpty())
            replyId = randomHex(32);
    } else if (endpoint == u"check" || endpoint == u"search") {
        replyId = requestId;
    }
    Reply reply = statusReply(status, text);
    if (endpoint == u"request" || endpoint == u"check" || endpoint == u"search")
        reply.body.insert(u"request_id"_s, replyId);
    return reply;
}

// The vendor's spec, status 1: "You are trying to send more than the maximum of 30 requests per
// second", counted per account as the vendor counts per api_key. A refused call does not count.
std::optional<Reply> Simulator::throttle(const QString &account, const QString &endpoint)
{
    if (m_config.callsPerSecond <= 0)
        return std::nullopt;
    const qint64 now = m_clock->nowMs();
    std::deque<qint64> &calls = m_calls[account];
    while (!calls.empty() && calls.front() <= now - 1000)
        calls.pop_front();
    if (qsizetype(calls.size()) >= m_config.callsPerSecond)
        return businessError(u"1"_s, endpoint);
    calls.push_back(now);
    return std::nullopt;
}

// --- tokens -----------------------------------------------------------------------------------

Reply Simulator::issueToken(const QString &grantType, const QString &clientId,
                            const QString &clientSecret)
{
    // Apigee's words (its "OAuth HTTP error response reference").
    if (grantType.isEmpty()) {
        return {400,
                QJsonObject {{u"ErrorCode"_s, u"invalid_request"_s},
                             {u"Error"_s, u"Required param : grant_type"_s}}};
    }
    if (grantType != u"client_credentials") {
        return {400,
                QJsonObject {{u"ErrorCode"_s, u"invalid_request"_s},
                             {u"Error"_s, u"Unsupported grant type : %1"_s.arg(grantType)}}};
    }
    if (clientId != m_config.clientId || clientSecret != m_config.clientSecret) {
        return {401,
                QJsonObject {{u"ErrorCode"_s, u"invalid_client"_s},
                             {u"Error"_s, u"ClientId is Invalid"_s}}};
    }
    const qint64 now = m_clock->nowMs();
    QString token;
    do {
        token = randomToken();
    } while (m_tokens.contains(token));
    m_tokens.insert(token, now + qint64(m_config.tokenTtlSeconds) * 1000);
    m_tokenOrder.push_back(token);
    forgetOld();
    // KPN's gateway writes every value as a string, lists included.
    return {200,
            QJsonObject {
                {u"refresh_token_expires_in"_s, u"0"_s},
                {u"api_product_list"_s, u"[Nexmo Verify]"_s},
                {u"api_product_list_json"_s, QJsonArray {u"Nexmo Verify"_s}},
                {u"organization_name"_s, u"kpn"_s},
                {u"developer_email"_s, u"sandbox@verifydesk.invalid"_s},
                {u"token_type"_s, u"Bearer"_s},
                {u"issued_at"_s, QString::number(now)},
                {u"client_id"_s, clientId},
                {u"access_token"_s, token},
                {u"application_name"_s, u"verify-desk-sandbox"_s},
                {u"scope"_s, QString()},
                {u"expires_in"_s, QString::number(m_config.tokenTtlSeconds)},
                {u"refresh_count"_s, u"0"_s},
                {u"status"_s, u"approved"_s},
            }};
}

Simulator::TokenState Simulator::tokenState(const QString &accessToken)
{
    forgetOld();
    const auto it = m_tokens.constFind(accessToken);
    if (it == m_tokens.cend())
        return TokenState::Unknown;
    return m_clock->nowMs() < it.value() ? TokenState::Valid : TokenState::Expired;
}

void Simulator::expireAllTokens()
{
    const qint64 now = m_clock->nowMs();
    for (auto it = m_tokens.begin(); it != m_tokens.end(); ++it)
        it.value() = std::min(it.value(), now);
}

// --- request ----------------------------------------------------------------------------------

// A Verify request's parameters once they have been checked.
struct NewRequest
{
    QString number;
    QString brand;
    QString senderId = u"verify"_s;
    QString language;
    QString payee; // PSD2 only
    QString amount;
    bool psd2 = false;
    int codeLength = 4;
    int workflowId = 1;
    std::optional<int> pinExpiry;
    std::optional<int> nextEventWait;
};

namespace {

using Refusal = std::optional<Reply>;

Refusal invalid(const QString &name)
{
    return requestError(u"3"_s, invalidParameter(name));
}

// An optional whole-number parameter: left as it is when absent, false when given but not a
// number from `min` to `max`.
bool readInt(const Params &params, const QString &name, int min, int max, std::optional<int> &value)
{
    if (!params.contains(name))
        return true;
    value = parseInt(params.value(name));
    return value && *value >= min && *value <= max;
}

Refusal readBrand(const Params &params, QString &brand)
{
    brand = params.value(u"brand"_s);
    if (brand.trimmed().isEmpty())
        return requestError(u"2"_s, missingParameter(u"brand"_s));
    if (brand.size() > 18)
        return invalid(u"brand"_s);
    return std::nullopt;
}

// PSD2's payee (at most 18 characters) and amount (a decimal number of euros), both required.
Refusal readPayment(const Params &params, NewRequest &request)
{
    request.payee = params.value(u"payee"_s);
    if (request.payee.trimmed().isEmpty())
        return requestError(u"2"_s, missingParameter(u"payee"_s));
    if (request.payee.size() > 18)
        return invalid(u"payee"_s);
    const QString amountText = params.value(u"amount"_s).trimmed();
    if (amountText.isEmpty())
        return requestError(u"2"_s, missingParameter(u"amount"_s));
    bool ok = false;
    const double amount = amountText.toDouble(&ok);
    if (!ok || !std::isfinite(amount) || amount <= 0 || amount >= 1e12)
        return invalid(u"amount"_s);
    request.amount = QString::number(amount, 'f', 2);
    return std::nullopt;
}

// Number: E.164 digits (a leading + is tolerated), or national digits with `country`.
Refusal normalizeNumber(const Params &params, QString &number)
{
    if (number.startsWith(u'+'))
        number.remove(0, 1);
    static const QRegularExpression digitsOnly(u"^[0-9]+$"_s);
    if (!digitsOnly.match(number).hasMatch())
        return invalid(u"number"_s);
    if (params.contains(u"country"_s)) {
        const QString country = params.value(u"country"_s).trimmed().toUpper();
        const QString code = callingCodes().value(country);
        if (code.isEmpty())
            return invalid(u"country"_s);
        if (number.startsWith(u'0'))
            number = code + number.mid(1);
        else if (!number.startsWith(code))
            number = code + number;
    }
    if (number.startsWith(u'0') || number.size() < 8 || number.size() > 15)
        return invalid(u"number"_s);
    return std::nullopt;
}

// sender_id, code_length and lg: how the PIN reaches the customer.
Refusal readMessageOptions(const Params &params, NewRequest &request)
{
    // A PSD2 request has no sender_id in the spec: it is not read there.
    if (!request.psd2 && params.contains(u"sender_id"_s)) {
        request.senderId = params.value(u"sender_id"_s);
        if (request.senderId.isEmpty() || request.senderId.size() > 11)
            return invalid(u"sender_id"_s);
    }
    std::optional<int> codeLength;
    if (!readInt(params, u"code_length"_s, 4, 6, codeLength)
        || (codeLength && *codeLength != 4 && *codeLength != 6))
        return invalid(u"code_length"_s);
    request.codeLength = codeLength.value_or(4);
    const QStringList &languages = request.psd2 ? psd2Languages() : supportedLanguages();
    request.language = defaultLanguage(request.number);
    if (!languages.contains(request.language))
        request.language = u"en-gb"_s; // PSD2's default
    if (params.contains(u"lg"_s)) {
        request.language = params.value(u"lg"_s).trimmed().toLower();
        if (!languages.contains(request.language))
            return invalid(u"lg"_s);
    }
    return std::nullopt;
}

// workflow_id, pin_expiry and next_event_wait, with the vendor's rule between the two timers.
Refusal readTimings(const Params &params, NewRequest &request)
{
    std::optional<int> workflowId;
    if (!readInt(params, u"workflow_id"_s, 1, 7, workflowId))
        return invalid(u"workflow_id"_s);
    request.workflowId = workflowId.value_or(1);
    if (!readInt(params, u"pin_expiry"_s, 60, 3600, request.pinExpiry))
        return invalid(u"pin_expiry"_s);
    if (!readInt(params, u"next_event_wait"_s, 60, 900, request.nextEventWait))
        return invalid(u"next_event_wait"_s);
    // Both given and pin_expiry no multiple of next_event_wait: pin_expiry becomes next_event_wait.
    if (request.pinExpiry && request.nextEventWait
        && *request.pinExpiry % *request.nextEventWait != 0)
        request.pinExpiry = request.nextEventWait;
    return std::nullopt;
}

} // namespace

Reply Simulator::request(const Params &params)
{
    return start(params, false);
}

Reply Simulator::psd2Request(const Params &params)
{
    return start(params, true);
}

Reply Simulator::start(const Params &params, bool psd2)
{
    processDueEvents();

    NewRequest request;
    request.psd2 = psd2;
    request.number = params.value(u"number"_s).trimmed();
    if (request.number.isEmpty())
        return requestError(u"2"_s, missingParameter(u"number"_s));
    Refusal refusal = psd2 ? readPayment(params, request) : readBrand(params, request.brand);
    if (!refusal)
        refusal = normalizeNumber(params, request.number);
    if (!refusal)
        refusal = readMessageOptions(params, request);
    if (!refusal)
        refusal = readTimings(params, request);
    if (!refusal)
        refusal = refuseByRules(params, request.number);
    if (refusal)
        return *refusal;

    const Verification &stored = startVerification(request);
    return {200, QJsonObject {{u"request_id"_s, stored.id}, {u"status"_s, u"0"_s}}};
}

// What the account and the numbers in progress allow: no fixed PIN, the demo numbers' errors,
// one live request per number.
std::optional<Reply> Simulator::refuseByRules(const Params &params, const QString &number) const
{
    if (params.contains(u"pin_code"_s))
        return requestError(u"20"_s, statusText(u"20"_s));

    const QString demoStatus = demoNumbers().value(number);
    if (!demoStatus.isEmpty())
        return requestError(demoStatus, statusText(demoStatus));

    if (const auto live = m_liveByNumber.constFind(number); live != m_liveByNumber.cend()) {
        return Reply {200,
                      QJsonObject {{u"request_id"_s, live.value()},
                                   {u"status"_s, u"10"_s},
                                   {u"error_text"_s, statusText(u"10"_s)}}};
    }
    return std::nullopt;
}

Simulator::Verification &Simulator::startVerification(const NewRequest &request)
{
    const Workflow flow = workflow(request.workflowId);
    Verification v;
    do {
        v.id = randomHex(32);
    } while (m_verifications.count(v.id) != 0);
    v.number = request.number;
    v.brand = request.brand;
    v.payee = request.payee;
    v.amount = request.amount;
    v.senderId = request.senderId;
    v.language = request.language;
    v.codeLength = request.codeLength;
    v.workflowId = request.workflowId;
    v.steps = flow.steps;
    v.waits = flow.waits;
    if (request.nextEventWait)
        std::fill(v.waits.begin(), v.waits.end(), *request.nextEventWait);
    v.pinExpirySeconds = request.pinExpiry.value_or(300);
    v.submittedMs = m_clock->nowMs();

    auto [it, inserted] = m_verifications.emplace(v.id, std::move(v));
    Q_ASSERT(inserted);
    Verification &stored = it->second;
    m_liveByNumber.insert(stored.number, stored.id);
    fireNext(stored, stored.submittedMs);
    return stored;
}

// --- workflow ---------------------------------------------------------------------------------

void Simulator::fireNext(Verification &v, qint64 atMs)
{
    unschedule(v);
    if (v.nextStep >= v.steps.size()) {
        // The guide: a request stays active "until either the PIN has expired or three incorrect
        // codes have been sent", so past its last wait it lives on while its PIN is valid.
        const qint64 pinEndsMs = v.pinIssuedMs + qint64(v.pinExpirySeconds) * 1000;
        if (atMs < pinEndsMs)
            schedule(v, pinEndsMs);
        else
            finalize(v, State::Expired, atMs);
        return;
    }
    // A new PIN when there is none yet or the current one has expired.
    if (v.pin.isEmpty() || atMs >= v.pinIssuedMs + qint64(v.pinExpirySeconds) * 1000) {
        v.pin = randomDigits(v.codeLength);
        v.pinIssuedMs = atMs;
        v.wrongForPin = 0;
    }
    const QString channel = v.steps.at(v.nextStep);
    const QString eventId = u"0A%1"_s.arg(++m_eventCounter, 14, 16, QLatin1Char('0')).toUpper();
    v.events.append({eventId, channel, atMs});

    const Message message {v.id,
                           v.number,
                           channel,
                           v.payee.isEmpty()
                               ? messageText(channel, v.language, v.brand, v.pin)
                               : paymentText(channel, v.language, v.payee, v.amount, v.pin),
                           v.pin,
                           atMs,
                           channel == kSms ? v.senderId : QString()};
    m_messages.append(message);
    if (m_messages.size() > kMaxMessages)
        m_messages.remove(0, m_messages.size() - kMaxMessages);

    const int wait = v.waits.at(v.nextStep);
    ++v.nextStep;
    schedule(v, atMs + qint64(wait) * 1000);
    if (m_observer)
        m_observer(message);
}

void Simulator::finalize(Verification &v, State state, qint64 atMs)
{
    unschedule(v);
    v.state = state;
    v.finalizedMs = atMs;
    m_liveByNumber.remove(v.number);
    m_finished.emplace_back(atMs, v.id);
}

// Forgets what the retention rules let go (Simulator.h): tokens long expired or beyond the
// newest kMaxTokens, finished verifications older than a day or beyond the last kMaxFinished.
void Simulator::forgetOld()
{
    const qint64 now = m_clock->nowMs();
    while (!m_tokenOrder.empty()) {
        const auto it = m_tokens.constFind(m_tokenOrder.front());
        const bool gone = it == m_tokens.cend();
        if (!gone && qsizetype(m_tokenOrder.size()) <= kMaxTokens
            && it.value() + kExpiredTokenMemorySeconds * 1000 > now)
            break;
        if (!gone)
            m_tokens.erase(it);
        m_tokenOrder.pop_front();
    }
    while (!m_finished.empty()
           && (qsizetype(m_finished.size()) > kMaxFinished
               || m_finished.front().first + kFinishedMemorySeconds * 1000 <= now)) {
        const auto it = m_verifications.find(m_finished.front().second);
        if (it != m_verifications.end() && it->second.state != State::InProgress)
            m_verifications.erase(it);
        m_finished.pop_front();
    }
}

// The vendor's search has nothing on a verification for a minute after it completes.
bool Simulator::searchable(const Verification &v) const
{
    return m_config.instantSearch || v.state == State::InProgress
        || m_clock->nowMs() >= v.finalizedMs + kSearchDelaySeconds * 1000;
}

void Simulator::schedule(Verification &v, qint64 dueMs)
{
    unschedule(v);
    v.nextDueMs = dueMs;
    m_due.insert({dueMs, v.id});
}

void Simulator::unschedule(const Verification &v)
{
    m_due.erase({v.nextDueMs, v.id});
}

int Simulator::processDueEvents()
{
    const qint64 now = m_clock->nowMs();
    int fired = 0;
    // One due item at a time, in time order across all requests, so messages stay in order.
    while (!m_due.empty() && m_due.begin()->first <= now) {
        const auto [dueMs, id] = *m_due.begin();
        m_due.erase(m_due.begin());
        auto it = m_verifications.find(id);
        if (it == m_verifications.end() || it->second.state != State::InProgress)
            continue;
        fireNext(it->second, dueMs);
        ++fired;
    }
    forgetOld();
    return fired;
}

int Simulator::advance(qint64 seconds)
{
    m_clock->advance(seconds * 1000);
    return processDueEvents();
}

qint64 Simulator::secondsToNextEvent() const
{
    if (m_due.empty())
        return -1;
    const qint64 ms = m_due.begin()->first - m_clock->nowMs();
    return ms <= 0 ? 0 : (ms + 999) / 1000;
}

void Simulator::reset()
{
    m_tokens.clear();
    m_tokenOrder.clear();
    m_verifications.clear();
    m_finished.clear();
    m_calls.clear();
    m_liveByNumber.clear();
    m_due.clear();
    m_messages.clear();
}

void Simulator::setMessageObserver(std::function<void(const Message &)> observer)
{
    m_observer = std::move(observer);
}

QList<Message> Simulator::messages(const QString &number) const
{
    if (number.isEmpty())
        return m_messages;
    QString wanted = number;
    if (wanted.startsWith(u'+'))
        wanted.remove(0, 1);
    QList<Message> result;
    for (const Message &message : m_messages) {
        if (message.number == wanted)
            result.append(message);
    }
    return result;
}

QString Simulator::accountId() const
{
    // Eight hex digits like the vendor's account ids, stable for a client id.
    return QString::fromLatin1(
        QCryptographicHash::hash(m_config.clientId.toUtf8(), QCryptographicHash::Sha1)
            .toHex()
            .left(8));
}

// --- check ------------------------------------------------------------------------------------

Reply Simulator::check(const Params &params)
{
    processDueEvents();
    const QString requestId = params.value(u"request_id"_s).trimmed();
    if (requestId.isEmpty())
        return requestError(u"2"_s, missingParameter(u"request_id"_s));
    if (!params.contains(u"code"_s) || params.value(u"code"_s).isEmpty())
        return requestError(u"2"_s, missingParameter(u"code"_s));
    const QString code = params.value(u"code"_s).trimmed();
    static const QRegularExpression codeFormat(u"^[0-9]{4,6}$"_s);
    if (!codeFormat.match(code).hasMatch())
        return requestError(u"3"_s, invalidParameter(u"code"_s));

    auto it = m_verifications.find(requestId);
    if (it == m_verifications.end() || it->second.state == State::Success
        || it->second.state == State::Expired || it->second.state == State::Cancelled) {
        Reply reply = statusReply(
            u"6"_s,
            u"The Vonage platform was unable to process this message for the following "
            u"reason: Request '%1' was not found or it has been verified already."_s.arg(
                requestId));
        reply.body.insert(u"request_id"_s, requestId);
        return reply;
    }
    Verification &v = it->second;
    if (v.state == State::Failed) {
        Reply reply = statusReply(u"17"_s, statusText(u"17"_s));
        reply.body.insert(u"request_id"_s, requestId);
        return reply;
    }

    const qint64 now = m_clock->nowMs();
    const bool pinValid = now < v.pinIssuedMs + qint64(v.pinExpirySeconds) * 1000;
    const bool match = pinValid && code == v.pin;
    v.checks.append({now, code, match});
    if (match) {
        finalize(v, State::Success, now);
        qint64 sent = 0;
        for (const Event &event : std::as_const(v.events))
            sent += event.channel == kSms ? kSmsPrice : kCallPrice;
        return {200,
                QJsonObject {{u"request_id"_s, v.id},
                             {u"event_id"_s, v.events.isEmpty() ? QString() : v.events.last().id},
                             {u"status"_s, u"0"_s},
                             {u"price"_s, formatMoney(kVerificationPrice)},
                             {u"currency"_s, u"EUR"_s},
                             {u"estimated_price_messages_sent"_s, formatMoney(sent)}}};
    }
    ++v.wrongForPin;
    if (v.wrongForPin >= kWrongCodesPerPin)
        finalize(v, State::Failed, now);
    Reply reply = statusReply(u"16"_s, statusText(u"16"_s));
    reply.body.insert(u"request_id"_s, requestId);
    return reply;
}

// --- search -----------------------------------------------------------------------------------

QJsonObject Simulator::searchEntry(const Verification &v) const
{
    static const QHash<State, QString> names = {{State::InProgress, u"IN PROGRESS"_s},
                                                {State::Success, u"SUCCESS"_s},
                                                {State::Failed, u"FAILED"_s},
                                                {State::Expired, u"EXPIRED"_s},
                                                {State::Cancelled, u"CANCELLED"_s}};
    QJsonArray checks;
    for (const Check &check : v.checks) {
        checks.append(QJsonObject {{u"date_received"_s, formatDate(check.atMs)},
                                   {u"code"_s, check.code},
                                   {u"status"_s, check.valid ? u"VALID"_s : u"INVALID"_s},
                                   {u"ip_address"_s, QString()}});
    }
    QJsonArray events;
    qint64 sent = 0;
    for (const Event &event : v.events) {
        events.append(QJsonObject {{u"id"_s, event.id}, {u"type"_s, event.channel}});
        sent += event.channel == kSms ? kSmsPrice : kCallPrice;
    }
    QJsonObject entry {
        {u"request_id"_s, v.id},
        {u"account_id"_s, accountId()},
        {u"number"_s, v.number},
        {u"sender_id"_s, v.senderId},
        {u"date_submitted"_s, formatDate(v.submittedMs)},
        {u"checks"_s, checks},
        {u"price"_s, formatMoney(v.state == State::Success ? kVerificationPrice : 0)},
        {u"currency"_s, u"EUR"_s},
        {u"status"_s, names.value(v.state)},
        {u"estimated_price_messages_sent"_s, formatMoney(sent)},
        {u"events"_s, events}};
    if (v.finalizedMs >= 0)
        entry.insert(u"date_finalized"_s, formatDate(v.finalizedMs));
    if (!v.events.isEmpty()) {
        entry.insert(u"first_event_date"_s, formatDate(v.events.first().atMs));
        entry.insert(u"last_event_date"_s, formatDate(v.events.last().atMs));
    }
    return entry;
}

Reply Simulator::search(const Params &params)
{
    processDueEvents();
    QStringList ids;
    for (const QString &id : params.values(u"request_id"_s) + params.values(u"request_ids"_s)) {
        const QString trimmed = id.trimmed();
        if (!trimmed.isEmpty() && !ids.contains(trimmed))
            ids.append(trimmed);
    }
    if (ids.isEmpty())
        return requestError(u"2"_s, missingParameter(u"request_id"_s));
    if (ids.size() > kMaxSearchIds)
        return requestError(u"18"_s, statusText(u"18"_s));

    const auto known = [this](const QString &id) {
        const auto it = m_verifications.find(id);
        return it != m_verifications.end() && searchable(it->second);
    };
    const auto entryFor = [this, &known](const QString &id) {
        if (!known(id)) {
            return QJsonObject {{u"request_id"_s, id},
                                {u"status"_s, u"101"_s},
                                {u"error_text"_s, statusText(u"101"_s)}};
        }
        return searchEntry(m_verifications.at(id));
    };
    if (ids.size() == 1)
        return {200, entryFor(ids.first())};

    QJsonArray entries;
    bool anyKnown = false;
    for (const QString &id : std::as_const(ids)) {
        anyKnown = anyKnown || known(id);
        entries.append(entryFor(id));
    }
    if (!anyKnown)
        return requestError(u"101"_s, statusText(u"101"_s));
    return {200, QJsonObject {{u"verification_requests"_s, entries}}};
}

// --- control ----------------------------------------------------------------------------------

Reply Simulator::control(const Params &params)
{
    processDueEvents();
    const QString requestId = params.value(u"request_id"_s).trimmed();
    if (requestId.isEmpty())
        return statusReply(u"2"_s, missingParameter(u"request_id"_s));
    const QString command = params.value(u"cmd"_s).trimmed();
    if (command.isEmpty())
        return statusReply(u"2"_s, missingParameter(u"cmd"_s));
    if (command != u"cancel" && command != u"trigger_next_event")
        return statusReply(u"3"_s, invalidParameter(u"cmd"_s));

    auto it = m_verifications.find(requestId);
    if (it == m_verifications.end() || it->second.state != State::InProgress) {
        return statusReply(
            u"6"_s, u"The requestId '%1' does not exist or its no longer active."_s.arg(requestId));
    }
    Verification &v = it->second;
    const qint64 now = m_clock->nowMs();

    if (command == u"cancel") {
        if (now - v.submittedMs < kCancelAfterMs) {
            return statusReply(u"19"_s,
                               u"Verification request ['%1'] can't be cancelled within the first "
                               u"30 seconds."_s.arg(requestId));
        }
        if (v.events.size() >= 2) {
            return statusReply(u"19"_s,
                               u"Verification request  ['%1'] can't be cancelled now. Too many "
                               u"attempts to re-deliver have already been made."_s.arg(requestId));
        }
        finalize(v, State::Cancelled, now);
        return {200, QJsonObject {{u"status"_s, u"0"_s}, {u"command"_s, command}}};
    }

    if (v.nextStep >= v.steps.size()) {
        return statusReply(
            u"19"_s, u"No more events are left to execute for the request ['%1']"_s.arg(requestId));
    }
    fireNext(v, now);
    return {200, QJsonObject {{u"status"_s, u"0"_s}, {u"command"_s, command}}};
}

// --- randomness -------------------------------------------------------------------------------

QString Simulator::randomDigits(int count)
{
    QString digits;
    digits.reserve(count);
    for (int i = 0; i < count; ++i)
        digits.append(QChar(u'0' + static_cast<char16_t>(m_random.bounded(10))));
    return digits;
}

QString Simulator::randomHex(int count)
{
    static constexpr char16_t hex[] = u"0123456789abcdef";
    QString text;
    text.reserve(count);
    for (int i = 0; i < count; ++i)
        text.append(QChar(hex[m_random.bounded(16)]));
    return text;
}

QString Simulator::randomToken()
{
    static constexpr char16_t alphabet[] =
        u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString token;
    for (int i = 0; i < 28; ++i)
        token.append(QChar(alphabet[m_random.bounded(62)]));
    return token;
}

} // namespace sandbox
