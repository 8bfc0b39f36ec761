#pragma once

#include "SearchResult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// One status code of the Verify API ("0", "16", "101" …) with the vendor's text, a translated
// explanation for a support agent and the next step; plus the search and check statuses.
class VerifyStatus
{
    Q_DECLARE_TR_FUNCTIONS(VerifyStatus)

public:
    // The documented codes; the value is the code on the wire.
    enum class Code {
        Unknown = -1, // a code this table does not know (or none at all); rawCode() has it
        Success = 0,
        Throttled = 1,
        MissingParameter = 2,
        InvalidParameter = 3,
        InvalidCredentials = 4,
        InternalError = 5,
        Unprocessable = 6, // not routable, or request not found / already verified
        NumberBlacklisted = 7,
        AccountBarred = 8,
        PartnerQuotaExceeded = 9,
        ConcurrentVerification = 10,
        UnsupportedNetwork = 15,
        WrongCode = 16,
        TooManyWrongCodes = 17,
        TooManyRequestIds = 18,
        CannotCancelOrAdvance = 19, // cancel too early or too late, or no events left to trigger
        PinCodeNotSupported = 20,
        NonPermittedDestination = 29,
        NoResponseFound = 101,
    };

    // Whose problem a status is, which decides how the app presents it.
    enum class Category {
        Success,
        Business, // about this number, code or request: the agent can act on it
        Request, // the call itself was malformed: a bug, or a wrong setting such as the base URL
        Account, // credentials or the account's configuration, credit or permissions
        Transient, // a passing condition at the service
        Unknown,
    };

    // The outcome of one check as listed in a search result's checks[].
    enum class CheckStatus { Valid, Invalid, Unknown };

    // Unknown, with no raw code.
    VerifyStatus() = default;
    explicit VerifyStatus(Code code);

    // From the "status" of an answer ("0", " 16 "). Anything not in the table is Unknown but
    // keeps its raw text, so that messages can still name it.
    static VerifyStatus fromString(const QString &status);
    static VerifyStatus fromInt(int status);
    // Every documented code, in ascending order.
    static QList<Code> allCodes();

    Code code() const { return m_code; }
    QString rawCode() const { return m_raw; }
    bool isKnown() const { return m_code != Code::Unknown; }
    // Whether the raw code is a number, as Verify's statuses are (a search's states are words).
    bool isNumeric() const;
    bool isSuccess() const { return m_code == Code::Success; }

    // The vendor's text for the code (English, as documented); empty for an unknown code.
    QString vendorText() const;
    // A short translated name ("Wrong code").
    QString title() const;
    // A translated plain-language explanation for a support agent.
    QString explanation() const;
    // A translated sentence on what to do now.
    QString nextStep() const;

    Category category() const;
    bool isBusinessError() const { return category() == Category::Business; }
    // Credentials or account configuration: nothing the customer or the number can change.
    bool isConfigurationProblem() const { return category() == Category::Account; }
    // Whether the same call, sent again unchanged after a pause, may succeed. It does not make
    // it right to resend a call that sends an SMS without the user asking.
    bool isRetryable() const;

    // A search status (SearchResult::statusFromText() reads it from the wire) in words.
    static QString searchStatusLabel(SearchResult::Status status); // translated, "In progress"
    static QString searchStatusDescription(SearchResult::Status status); // translated sentence

    static CheckStatus parseCheckStatus(const QString &status);
    static QString checkStatusName(CheckStatus status); // "VALID", as on the wire
    static QString checkStatusLabel(CheckStatus status); // translated, "Correct code"

    friend bool operator==(const VerifyStatus &a, const VerifyStatus &b)
    {
        return a.m_code == b.m_code && (a.m_code != Code::Unknown || a.m_raw == b.m_raw);
    }
    friend bool operator!=(const VerifyStatus &a, const VerifyStatus &b) { return !(a == b); }

private:
    Code m_code = Code::Unknown;
    QString m_raw;
};
