#include "VerifyStatus.h"

#include "EnumKeys.h"

#include <algorithm>
#include <iterator>

using namespace Qt::StringLiterals;

namespace {

struct Entry
{
    VerifyStatus::Code code;
    VerifyStatus::Category category;
    bool retryable;
    const char *vendorText; // as the vendor documents it; not translated
    const char *title;
    const char *explanation;
    const char *nextStep;
};

using C = VerifyStatus::Code;
using K = VerifyStatus::Category;

// The vendor texts follow vonage-verify-v1.openapi.yml; 18 and 101 the KPN Swagger, which has
// them where the vendor spec is silent. $parameter and $reason are filled in by the service.
constexpr Entry kEntries[] = {
    {C::Success, K::Success, false, "Success", QT_TRANSLATE_NOOP("VerifyStatus", "Success"),
     QT_TRANSLATE_NOOP("VerifyStatus", "The service accepted the call."),
     QT_TRANSLATE_NOOP("VerifyStatus", "Continue with the next step of the verification.")},
    {C::Throttled, K::Transient, true, "Throttled", QT_TRANSLATE_NOOP("VerifyStatus", "Throttled"),
     QT_TRANSLATE_NOOP("VerifyStatus",
                       "Too many calls were sent in a short time (the service accepts about 30 "
                       "per second), so this one was refused."),
     QT_TRANSLATE_NOOP("VerifyStatus", "Wait a few seconds and try again.")},
    {C::MissingParameter, K::Request, false,
     "Your request is incomplete and missing the mandatory parameter $parameter",
     QT_TRANSLATE_NOOP("VerifyStatus", "Missing parameter"),
     QT_TRANSLATE_NOOP("VerifyStatus",
                       "The call lacked information the service requires. This points to a "
                       "problem in Verify Desk or its settings, not to the customer."),
     QT_TRANSLATE_NOOP("VerifyStatus",
                       "Check that all required fields are filled in. If they are, report the "
                       "problem together with the raw answer from the inspector.")},
    {C::InvalidParameter, K::Request, false, "Invalid value for parameter $parameter",
     QT_TRANSLATE_NOOP("VerifyStatus", "Invalid value"),
     QT_TRANSLATE_NOOP("VerifyStatus",
                       "The service rejected one of the values sent, such as the phone number or "
                       "the request ID. If the raw text says \"Facility not allowed\", the API "
                       "base URL of the profile is wrong."),
     QT_TRANSLATE_NOOP("VerifyStatus",
                       "Check the phone number, the other values you entered and the profile's "
                       "API base URL, then try again.")},
    {C::InvalidCredentials, K::Account, false, "Invalid credentials were provided",
     QT_TRANSLATE_NOOP("VerifyStatus", "Invalid credentials"),
     QT_TRANSLATE_NOOP("VerifyStatus",
                       "The service did not accept the profile's key or secret (the client ID "
                       "or the API key): they are wrong, expired or disabled."),
     QT_TRANSLATE_NOOP("VerifyStatus",
                       "Check the key and secret in the profile's credentials, or ask the "
                       "account owner for valid ones.")},
    {C::InternalError, K::Transient, true, "Internal Error",
     QT_TRANSLATE_NOOP("VerifyStatus", "Internal error"),
     QT_TRANSLATE_NOOP("VerifyStatus",
                       "Something went wrong inside the service. It was not caused by what you "
                       "entered."),
     QT_TRANSLATE_NOOP("VerifyStatus",
                       "Wait a minute and try again. Before repeating a verification request, "
                       "search first whether it was created, so that the customer does not get "
                       "two codes.")},
    {C::Unprocessable, K::Business, false,
     "The Vonage platform was unable to process this message for the following reason: $reason",
     QT_TRANSLATE_NOOP("VerifyStatus", "Could not be processed"),
     QT_TRANSLATE_NOOP("VerifyStatus",
                       "The service could not process the call: the number could not be "
                       "reached, or the request was not found or has already been verified."),
     QT_TRANSLATE_NOOP("VerifyStatus",
                       "Search for the request to see its state. If the number cannot be "
                       "reached, ask the customer for another number.")},
    {C::NumberBlacklisted, K::Business, false,
     "The number you are trying to verify is blacklisted for verification.",
     QT_TRANSLATE_NOOP("VerifyStatus", "Number blocked"),
     QT_TRANSLATE_NOOP("VerifyStatus", "The provider has blocked this number for verification."),
     QT_TRANSLATE_NOOP("VerifyStatus",
                       "This number cannot be verified here. Ask for another number or verify "
                       "the customer another way.")},
    {C::AccountBarred, K::Account, false,
     "The api_key you supplied is for an account that has been barred from submitting messages.",
     QT_TRANSLATE_NOOP("VerifyStatus", "Account barred"),
     QT_TRANSLATE_NOOP("VerifyStatus",
                       "The account behind these credentials has been barred from sending "
                       "messages."),
     QT_TRANSLATE_NOOP("VerifyStatus",
                       "Contact the account owner or the provider's support. Nothing can be sent "
                       "until the account is unblocked.")},
    {C::PartnerQuotaExceeded, K::Account, false, "Partner quota exceeded",
     QT_TRANSLATE_NOOP("VerifyStatus", "Out of credit"),
     QT_TRANSLATE_NOOP("VerifyStatus",
                       "The account does not have enough credit left for this call."),
     QT_TRANSLATE_NOOP("VerifyStatus", "Ask the account owner to add credit, then try again.")},
    {C::ConcurrentVerification, K::Business, false,
     "Concurrent verifications to the same number are not allowed",
     QT_TRANSLATE_NOOP("VerifyStatus", "Verification already running"),
     QT_TRANSLATE_NOOP("VerifyStatus",
                       "A verification for this number is still running, and only one can run "
                       "per number at a time."),
     QT_TRANSLATE_NOOP("VerifyStatus",
                       "Continue with the running request (the answer gives its ID), or cancel "
                       "it or let it expire before starting a new one.")},
    {C::UnsupportedNetwork, K::Business, false,
     "The destination number is not in a supported network",
     QT_TRANSLATE_NOOP("VerifyStatus", "Network not supported"),
     QT_TRANSLATE_NOOP("VerifyStatus",
                       "The customer's phone network is not supported, or its destination is "
                       "refused as high-risk."),
     QT_TRANSLATE_NOOP("VerifyStatus",
                       "Ask the customer for a number on another network, or verify them "
                       "another way.")},
    {C::WrongCode, K::Business, false, "The code inserted does not match the expected value",
     QT_TRANSLATE_NOOP("VerifyStatus", "Wrong code"),
     QT_TRANSLATE_NOOP("VerifyStatus", "The code entered is not the code that was sent."),
     QT_TRANSLATE_NOOP("VerifyStatus",
                       "Ask the customer to read the code out again carefully. After three wrong "
                       "codes the request fails.")},
    {C::TooManyWrongCodes, K::Business, false, "The wrong code was provided too many times",
     QT_TRANSLATE_NOOP("VerifyStatus", "Too many wrong codes"),
     QT_TRANSLATE_NOOP("VerifyStatus",
                       "A wrong code was entered too many times, so the request has been "
                       "stopped."),
     QT_TRANSLATE_NOOP("VerifyStatus", "Start a new verification to send a new code.")},
    {C::TooManyRequestIds, K::Request, false, "Too many request_ids provided",
     QT_TRANSLATE_NOOP("VerifyStatus", "Too many request IDs"),
     QT_TRANSLATE_NOOP("VerifyStatus", "The search asked for more than 10 request IDs at once."),
     QT_TRANSLATE_NOOP("VerifyStatus", "Search for at most 10 request IDs at a time.")},
    {C::CannotCancelOrAdvance, K::Business, false,
     "Verification request can't be cancelled now, or no more events are left to execute for "
     "the request",
     QT_TRANSLATE_NOOP("VerifyStatus", "Not possible now"),
     QT_TRANSLATE_NOOP("VerifyStatus",
                       "This action is not possible at the moment. A request can be cancelled "
                       "only from 30 seconds after it was made until the second message or call "
                       "starts, and there is no next message or call to move on to once all "
                       "have been made."),
     QT_TRANSLATE_NOOP("VerifyStatus",
                       "In the first 30 seconds, wait and try again. Otherwise let the request "
                       "run until the customer enters the code or it expires.")},
    {C::PinCodeNotSupported, K::Account, false,
     "This account does not support the parameter: pin_code.",
     QT_TRANSLATE_NOOP("VerifyStatus", "Own PIN not allowed"),
     QT_TRANSLATE_NOOP("VerifyStatus", "This account may not choose its own PIN code."),
     QT_TRANSLATE_NOOP("VerifyStatus",
                       "Send the request without a PIN code of your own, or ask the account "
                       "manager to enable it.")},
    {C::NonPermittedDestination, K::Account, false, "Non-Permitted Destination",
     QT_TRANSLATE_NOOP("VerifyStatus", "Destination not permitted"),
     QT_TRANSLATE_NOOP("VerifyStatus",
                       "The account is still in demo mode and may only send to the numbers on "
                       "its approved list."),
     QT_TRANSLATE_NOOP("VerifyStatus",
                       "Add the number to the account's approved list, or add funds to the "
                       "account to lift the limitation.")},
    {C::NoResponseFound, K::Business, false, "No response found",
     QT_TRANSLATE_NOOP("VerifyStatus", "Request not found"),
     QT_TRANSLATE_NOOP("VerifyStatus",
                       "No request matches this ID. The ID may be wrong, or the request ended "
                       "less than a minute ago and cannot be found yet."),
     QT_TRANSLATE_NOOP("VerifyStatus",
                       "Check the request ID. For a request that has just ended, wait a minute "
                       "and search again.")},
};

const Entry *entryFor(VerifyStatus::Code code)
{
    for (const Entry &entry : kEntries) {
        if (entry.code == code)
            return &entry;
    }
    return nullptr;
}

QString translated(const char *text)
{
    return QCoreApplication::translate("VerifyStatus", text);
}

// The table's text for a documented code; otherwise `noStatus`, or `unknown` with the raw code.
QString textOf(VerifyStatus::Code code, const QString &raw, const char *const Entry::*field,
               const QString &noStatus, const QString &unknown)
{
    if (const Entry *entry = entryFor(code))
        return translated(entry->*field);
    return raw.isEmpty() ? noStatus : unknown.arg(raw);
}

struct SearchStatusWords
{
    SearchResult::Status status;
    const char *label;
    const char *description;
};

using S = SearchResult::Status;

constexpr SearchStatusWords kSearchStatusWords[] = {
    {S::InProgress, QT_TRANSLATE_NOOP("VerifyStatus", "In progress"),
     QT_TRANSLATE_NOOP("VerifyStatus",
                       "The code has been sent; the customer has not entered the right code yet.")},
    {S::Success, QT_TRANSLATE_NOOP("VerifyStatus", "Verified"),
     QT_TRANSLATE_NOOP("VerifyStatus", "The customer entered the right code.")},
    {S::Failed, QT_TRANSLATE_NOOP("VerifyStatus", "Failed"),
     QT_TRANSLATE_NOOP("VerifyStatus", "A wrong code was entered too many times.")},
    {S::Expired, QT_TRANSLATE_NOOP("VerifyStatus", "Expired"),
     QT_TRANSLATE_NOOP("VerifyStatus", "No right code was entered before the code expired.")},
    {S::Cancelled, QT_TRANSLATE_NOOP("VerifyStatus", "Cancelled"),
     QT_TRANSLATE_NOOP("VerifyStatus", "The verification was cancelled.")},
};

const SearchStatusWords *wordsFor(SearchResult::Status status)
{
    for (const SearchStatusWords &words : kSearchStatusWords) {
        if (words.status == status)
            return &words;
    }
    return nullptr;
}

constexpr EnumKey<VerifyStatus::CheckStatus> kCheckStatusKeys[] = {
    {VerifyStatus::CheckStatus::Valid, "VALID", QT_TRANSLATE_NOOP("VerifyStatus", "Correct code")},
    {VerifyStatus::CheckStatus::Invalid, "INVALID",
     QT_TRANSLATE_NOOP("VerifyStatus", "Wrong code")},
};

} // namespace

VerifyStatus::VerifyStatus(Code code)
    : m_code(entryFor(code) ? code : Code::Unknown)
    , m_raw(code == Code::Unknown ? QString() : QString::number(int(code)))
{ }

VerifyStatus VerifyStatus::fromString(const QString &status)
{
    const QString raw = status.trimmed();
    VerifyStatus result;
    result.m_raw = raw;
    bool ok = false;
    // The API writes its codes without leading zeros; "0000" or "016" is no documented code
    // (read leniently, a damaged check answer would pass for a verified code).
    const bool canonical = raw.size() == 1 || !raw.startsWith(u'0');
    const int value = result.isNumeric() && canonical ? raw.toInt(&ok) : -1;
    if (ok && entryFor(Code(value)))
        result.m_code = Code(value);
    return result;
}

bool VerifyStatus::isNumeric() const
{
    return !m_raw.isEmpty() && std::all_of(m_raw.cbegin(), m_raw.cend(), [](QChar c) {
        return c >= u'0' && c <= u'9';
    });
}

VerifyStatus VerifyStatus::fromInt(int status)
{
    return fromString(QString::number(status));
}

QList<VerifyStatus::Code> VerifyStatus::allCodes()
{
    QList<Code> codes;
    codes.reserve(qsizetype(std::size(kEntries)));
    for (const Entry &entry : kEntries)
        codes.append(entry.code);
    return codes;
}

QString VerifyStatus::vendorText() const
{
    const Entry *entry = entryFor(m_code);
    return entry ? QString::fromLatin1(entry->vendorText) : QString();
}

QString VerifyStatus::title() const
{
    return textOf(m_code, m_raw, &Entry::title, tr("No status"), tr("Unknown status %1"));
}

QString VerifyStatus::explanation() const
{
    return textOf(m_code, m_raw, &Entry::explanation, tr("The service answered without a status."),
                  tr("The service answered with status %1, which Verify Desk does not know."));
}

QString VerifyStatus::nextStep() const
{
    if (const Entry *entry = entryFor(m_code))
        return translated(entry->nextStep);
    return tr("Look at the raw answer in the inspector for details, and search for the request "
              "to see its state.");
}

VerifyStatus::Category VerifyStatus::category() const
{
    const Entry *entry = entryFor(m_code);
    return entry ? entry->category : Category::Unknown;
}

bool VerifyStatus::isRetryable() const
{
    const Entry *entry = entryFor(m_code);
    return entry && entry->retryable;
}

QString VerifyStatus::searchStatusLabel(SearchResult::Status status)
{
    if (const SearchStatusWords *words = wordsFor(status))
        return translated(words->label);
    return tr("Unknown");
}

QString VerifyStatus::searchStatusDescription(SearchResult::Status status)
{
    if (const SearchStatusWords *words = wordsFor(status))
        return translated(words->description);
    return tr("The service reported a state Verify Desk does not know.");
}

VerifyStatus::CheckStatus VerifyStatus::parseCheckStatus(const QString &status)
{
    return enumOf(kCheckStatusKeys, QStringView(status).trimmed(), Qt::CaseInsensitive)
        .value_or(CheckStatus::Unknown);
}

QString VerifyStatus::checkStatusName(CheckStatus status)
{
    return keyOf(kCheckStatusKeys, status);
}

QString VerifyStatus::checkStatusLabel(CheckStatus status)
{
    const QString label = nameOf("VerifyStatus", kCheckStatusKeys, status);
    return label.isEmpty() ? tr("Unknown") : label;
}
