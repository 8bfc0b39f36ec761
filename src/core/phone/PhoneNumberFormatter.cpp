#include "PhoneNumberFormatter.h"

#include "PhoneEngine.h"

PhoneNumberFormatter::PhoneNumberFormatter(const QString &regionCode)
{
    setRegionCode(regionCode);
}

PhoneNumberFormatter::~PhoneNumberFormatter() = default;
PhoneNumberFormatter::PhoneNumberFormatter(PhoneNumberFormatter &&other) noexcept = default;
PhoneNumberFormatter &
PhoneNumberFormatter::operator=(PhoneNumberFormatter &&other) noexcept = default;

void PhoneNumberFormatter::setRegionCode(const QString &regionCode)
{
    m_regionCode = regionCode.trimmed().toUpper();
    // Made on the first format(): loading libphonenumber's metadata is a large part of an app's
    // start, and a formatter is usually created long before anything is typed.
    m_formatter.reset();
}

QString PhoneNumberFormatter::format(const QString &typed, int *cursorPosition)
{
    if (!m_formatter)
        m_formatter = phone::engine().asYouType(m_regionCode);

    // The last digit before the cursor is the one whose position the formatter remembers.
    int lastDigitBeforeCursor = -1;
    bool seenDigit = false;
    QString significant;
    for (qsizetype i = 0; i < typed.size(); ++i) {
        const QChar c = typed.at(i);
        const int value = c.digitValue();
        if (value >= 0) {
            significant.append(QChar(u'0' + value));
            seenDigit = true;
        } else if (c == u'+' && !seenDigit && significant.isEmpty()) {
            significant.append(c);
        } else {
            continue;
        }
        if (cursorPosition && i < *cursorPosition)
            lastDigitBeforeCursor = int(significant.size()) - 1;
    }

    int rememberedBytes = 0;
    QString formatted = m_formatter->format(significant, lastDigitBeforeCursor, &rememberedBytes);
    if (cursorPosition) {
        if (lastDigitBeforeCursor < 0) {
            // Nothing significant before the cursor: keep it in front of the first digit.
            *cursorPosition = significant.isEmpty() ? int(formatted.size()) : 0;
        } else {
            // GetRememberedPosition counts UTF-8 bytes; the formatted text is ASCII apart from
            // rare separators, so convert through the bytes to stay exact.
            const QByteArray result = formatted.toUtf8();
            *cursorPosition = int(QString::fromUtf8(result.constData(), rememberedBytes).size());
        }
    }
    return formatted;
}
