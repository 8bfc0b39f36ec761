#pragma once

#include <QCoreApplication>
#include <QString>

// A phone number parsed and checked once with libphonenumber: its validity, type and the forms the
// API and the screen need. A plain value; libphonenumber stays out of this header.
class PhoneNumber
{
    Q_DECLARE_TR_FUNCTIONS(PhoneNumber)

public:
    // The kind of line, as libphonenumber's metadata knows it.
    enum class Type {
        Mobile,
        FixedLine,
        FixedLineOrMobile, // regions such as the US where the number does not tell
        TollFree,
        PremiumRate,
        SharedCost,
        Voip,
        Personal,
        Pager,
        Uan,
        Voicemail,
        Unknown,
    };

    // Why a number is not usable. None only for a valid number.
    enum class Error {
        None,
        Empty,
        NotANumber, // no digits, letters, or characters no phone number has
        InvalidCountryCode, // unknown country calling code, or no region to read a national number
                            // in
        TooShort,
        TooLong,
        NotValidForRegion, // the right length, but not a number that exists there
        ModuleMissing, // the phone-number module could not be loaded: no number can be read
    };

    // An empty number: not valid, error Empty.
    PhoneNumber() = default;

    // Parses what a person typed. National numbers ("06 12345678") are read in defaultRegion
    // (ISO 3166 code such as "NL"); international ones ("+32…", "0032…" from NL) in their own.
    // Letters are refused rather than read as a vanity number: the API needs digits.
    static PhoneNumber parse(const QString &input,
                             const QString &defaultRegion = QStringLiteral("NL"));

    QString input() const { return m_input; }

    // True only for a number libphonenumber deems valid (IsValidNumber), not merely parseable.
    bool isValid() const { return m_error == Error::None; }
    Error error() const { return m_error; }
    // A translated sentence on why the number is not usable; empty for a valid number.
    QString errorText() const;
    static QString errorText(Error error, const QString &regionCode = QString());

    Type type() const { return m_valid.type; }
    // A translated name of the type ("mobile", "landline" …).
    static QString typeName(Type type);
    // How numbers are dialled in a region: its country calling code and the prefix its national
    // numbers start with ("NL": 31 and "0"). 0 and empty for an unknown region.
    struct RegionDialling
    {
        int countryCallingCode = 0;
        QString nationalPrefix;
    };
    static RegionDialling regionDialling(const QString &regionCode);

    // Whether an SMS can reach the number: mobile, or a region where mobile and fixed look alike.
    bool canReceiveSms() const;

    // The forms below are empty unless isValid(), so that an invalid number never reaches the API.
    QString e164() const { return m_valid.e164; } // "+31612345678"
    QString e164Digits() const; // "31612345678", the form the Verify API takes
    QString nationalFormat() const { return m_valid.national; } // "06 12345678"
    QString internationalFormat() const { return m_valid.international; } // "+31 6 12345678"
    QString regionCode() const { return m_valid.regionCode; } // "NL"
    int countryCallingCode() const { return m_valid.countryCallingCode; } // 31; 0 when unknown

    // What the phone-number module reads of a valid number: its type and forms.
    struct Valid
    {
        Type type = Type::Unknown;
        QString e164;
        QString national;
        QString international;
        QString regionCode; // empty for non-geographic numbers
        int countryCallingCode = 0;
    };

    friend bool operator==(const PhoneNumber &a, const PhoneNumber &b)
    {
        return a.m_error == b.m_error && a.m_valid.e164 == b.m_valid.e164
            && (a.m_error == Error::None || a.m_input == b.m_input);
    }
    friend bool operator!=(const PhoneNumber &a, const PhoneNumber &b) { return !(a == b); }

private:
    QString m_input;
    Error m_error = Error::Empty;
    Valid m_valid; // empty unless m_error is None
    QString m_errorRegion; // the region an invalid number was read in, for errorText()
};
