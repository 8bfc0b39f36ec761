#pragma once

#include <QString>

#include <memory>

namespace phone {
class AsYouType;
} // namespace phone

// Formats a phone number while it is being typed, the way it is written in a region
// ("0612" → "06 12"), over libphonenumber's AsYouTypeFormatter (in the
// phone-number module, see PhoneEngine.h).
class PhoneNumberFormatter
{
public:
    explicit PhoneNumberFormatter(const QString &regionCode = QStringLiteral("NL"));
    ~PhoneNumberFormatter();
    PhoneNumberFormatter(PhoneNumberFormatter &&other) noexcept;
    PhoneNumberFormatter &operator=(PhoneNumberFormatter &&other) noexcept;
    PhoneNumberFormatter(const PhoneNumberFormatter &) = delete;
    PhoneNumberFormatter &operator=(const PhoneNumberFormatter &) = delete;

    QString regionCode() const { return m_regionCode; }
    void setRegionCode(const QString &regionCode);

    // Formats the whole text typed so far, from scratch on every call: only digits and a leading
    // '+' count, whatever separators the text already has. If cursorPosition is given, it is read
    // as a position in typed and set to the matching position in the result.
    QString format(const QString &typed, int *cursorPosition = nullptr);

private:
    QString m_regionCode;
    std::unique_ptr<phone::AsYouType> m_formatter; // made on first use
};
