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

    Type type() const { return m_type; }
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
    QString e164() const { return m_e164; } // "+31612345678"
    QString e164Digits() const; // "31612345678", the form the Verify API takes
    QString nationalFormat() const { return m_national; } // "06 12345678"
    QString internationalFormat() const { return m_international; } // "+31 6 12345678"
    QString regionCode() const { return m_regionCode; } // "NL"
    int countryCallingCode() const { return m_countryCallingCode; } // 31; 0 when unknown

    friend bool operator==(const PhoneNumber &a, const PhoneNumber &b)
    {
        return a.m_error == b.m_error && a.m_e164 == b.m_e164
            && (a.m_error == Error::None || a.m_input == b.m_input);
    }
    friend bool operator!=(const PhoneNumber &a, const PhoneNumber &b) { return !(a == b); }

private:
    QString m_input;
    Error m_error = Error::Empty;
    Type m_type = Type::Unknown;
    QString m_e164;
    QString m_national;
    QString m_international;
    QString m_regionCode;
    int m_countryCallingCode = 0;
    QString m_errorRegion; // the region an invalid number was read in, for errorText()
};
