#include "phone/PhoneNumber.h"
#include "phone/PhoneNumberFormatter.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_PhoneNumber : public QObject
{
    Q_OBJECT

private slots:
    void validNumbers_data();
    void validNumbers();
    void invalidNumbers_data();
    void invalidNumbers();
    void defaultIsEmpty();
    void errorTextsAreSentences();
    void regionIsCaseInsensitive();
    void equality();
    void typeNames();
    void formatterTypedDigitByDigit_data();
    void formatterTypedDigitByDigit();
    void formatterReformatsFromScratch();
    void formatterCursor();
    void formatterRegion();
};

void tst_PhoneNumber::validNumbers_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("region");
    QTest::addColumn<PhoneNumber::Type>("type");
    QTest::addColumn<QString>("e164");
    QTest::addColumn<QString>("national");
    QTest::addColumn<QString>("international");
    QTest::addColumn<QString>("regionCode");
    QTest::addColumn<int>("callingCode");

    using T = PhoneNumber::Type;
    const QString nlMobile = u"+31612345678"_s;
    const QString nlMobileNat = u"06 12345678"_s;
    const QString nlMobileInt = u"+31 6 12345678"_s;
    const struct
    {
        const char *tag;
        QString input;
    } dutchMobiles[] = {
        {"NL mobile 06 plain", u"0612345678"_s},
        {"NL mobile 06 space", u"06 12345678"_s},
        {"NL mobile 06 dash", u"06-12345678"_s},
        {"NL mobile 06 pairs", u"06 12 34 56 78"_s},
        {"NL mobile (06)", u"(06) 1234 5678"_s},
        {"NL mobile +31", u"+31612345678"_s},
        {"NL mobile +31 spaced", u"+31 6 12345678"_s},
        {"NL mobile +31 (0)6", u"+31 (0)6 12345678"_s},
        {"NL mobile +31 06", u"+31 0612345678"_s},
        {"NL mobile 0031", u"0031612345678"_s},
        {"NL mobile 0031 (0)6 pairs", u"0031 (0)6 12 34 56 78"_s},
        {"NL mobile dots", u"06.12.34.56.78"_s},
        {"NL mobile slash", u"06/12345678"_s},
        {"NL mobile padded", u"  06 12345678\t"_s},
        {"NL mobile no trunk prefix", u"612345678"_s},
    };
    for (const auto &row : dutchMobiles)
        QTest::newRow(row.tag) << row.input << u"NL"_s << T::Mobile << nlMobile << nlMobileNat
                               << nlMobileInt << u"NL"_s << 31;

    const struct
    {
        const char *tag;
        QString input;
    } dutchFixed[] = {
        {"NL Amsterdam spaced", u"020 555 1234"_s},
        {"NL Amsterdam dash", u"020-5551234"_s},
        {"NL Amsterdam (020)", u"(020) 555 12 34"_s},
        {"NL Amsterdam +31", u"+31 20 555 1234"_s},
        {"NL Amsterdam +31 (0)20", u"+31 (0)20 5551234"_s},
        {"NL Amsterdam 0031", u"0031 20 5551234"_s},
        {"NL Amsterdam plain", u"0205551234"_s},
    };
    for (const auto &row : dutchFixed)
        QTest::newRow(row.tag) << row.input << u"NL"_s << T::FixedLine << u"+31205551234"_s
                               << u"020 555 1234"_s << u"+31 20 555 1234"_s << u"NL"_s << 31;

    QTest::newRow("NL Rotterdam") << u"010-1234567"_s << u"NL"_s << T::FixedLine
                                  << u"+31101234567"_s << u"010 123 4567"_s << u"+31 10 123 4567"_s
                                  << u"NL"_s << 31;
    QTest::newRow("NL toll free 0800")
        << u"0800 0222"_s << u"NL"_s << T::TollFree << u"+318000222"_s << u"0800 0222"_s
        << u"+31 800 0222"_s << u"NL"_s << 31;
    QTest::newRow("NL premium 0900")
        << u"0900-1234567"_s << u"NL"_s << T::PremiumRate << u"+319001234567"_s << u"0900 1234567"_s
        << u"+31 900 1234567"_s << u"NL"_s << 31;
    QTest::newRow("NL VoIP 085") << u"085 123 4567"_s << u"NL"_s << T::Voip << u"+31851234567"_s
                                 << u"085 123 4567"_s << u"+31 85 123 4567"_s << u"NL"_s << 31;

    // Belgium
    QTest::newRow("BE mobile from NL +32")
        << u"+32 470 12 34 56"_s << u"NL"_s << T::Mobile << u"+32470123456"_s << u"0470 12 34 56"_s
        << u"+32 470 12 34 56"_s << u"BE"_s << 32;
    QTest::newRow("BE mobile from NL 0032")
        << u"0032 470 123456"_s << u"NL"_s << T::Mobile << u"+32470123456"_s << u"0470 12 34 56"_s
        << u"+32 470 12 34 56"_s << u"BE"_s << 32;
    QTest::newRow("BE mobile national")
        << u"0470/12.34.56"_s << u"BE"_s << T::Mobile << u"+32470123456"_s << u"0470 12 34 56"_s
        << u"+32 470 12 34 56"_s << u"BE"_s << 32;
    QTest::newRow("BE Brussels") << u"02 555 12 12"_s << u"BE"_s << T::FixedLine << u"+3225551212"_s
                                 << u"02 555 12 12"_s << u"+32 2 555 12 12"_s << u"BE"_s << 32;
    // Germany
    QTest::newRow("DE mobile from NL")
        << u"+49 1512 3456789"_s << u"NL"_s << T::Mobile << u"+4915123456789"_s
        << u"01512 3456789"_s << u"+49 1512 3456789"_s << u"DE"_s << 49;
    QTest::newRow("DE mobile national")
        << u"0151 23456789"_s << u"DE"_s << T::Mobile << u"+4915123456789"_s << u"01512 3456789"_s
        << u"+49 1512 3456789"_s << u"DE"_s << 49;
    QTest::newRow("DE Berlin") << u"030 12345678"_s << u"DE"_s << T::FixedLine << u"+493012345678"_s
                               << u"030 12345678"_s << u"+49 30 12345678"_s << u"DE"_s << 49;
    // United Kingdom
    QTest::newRow("GB mobile from NL")
        << u"+44 7400 123456"_s << u"NL"_s << T::Mobile << u"+447400123456"_s << u"07400 123456"_s
        << u"+44 7400 123456"_s << u"GB"_s << 44;
    QTest::newRow("GB mobile national")
        << u"07400 123456"_s << u"GB"_s << T::Mobile << u"+447400123456"_s << u"07400 123456"_s
        << u"+44 7400 123456"_s << u"GB"_s << 44;
    QTest::newRow("GB London") << u"020 7946 0958"_s << u"GB"_s << T::FixedLine
                               << u"+442079460958"_s << u"020 7946 0958"_s << u"+44 20 7946 0958"_s
                               << u"GB"_s << 44;
    // United States: mobile and fixed numbers cannot be told apart
    QTest::newRow("US from NL +1")
        << u"+1 650 253 0000"_s << u"NL"_s << T::FixedLineOrMobile << u"+16502530000"_s
        << u"(650) 253-0000"_s << u"+1 650-253-0000"_s << u"US"_s << 1;
    QTest::newRow("US from NL 001")
        << u"001 650 253 0000"_s << u"NL"_s << T::FixedLineOrMobile << u"+16502530000"_s
        << u"(650) 253-0000"_s << u"+1 650-253-0000"_s << u"US"_s << 1;
    QTest::newRow("US national") << u"(201) 555-0123"_s << u"US"_s << T::FixedLineOrMobile
                                 << u"+12015550123"_s << u"(201) 555-0123"_s << u"+1 201-555-0123"_s
                                 << u"US"_s << 1;
}

void tst_PhoneNumber::validNumbers()
{
    QFETCH(QString, input);
    QFETCH(QString, region);
    QFETCH(PhoneNumber::Type, type);
    QFETCH(QString, e164);
    QFETCH(QString, national);
    QFETCH(QString, international);
    QFETCH(QString, regionCode);
    QFETCH(int, callingCode);

    const PhoneNumber number = PhoneNumber::parse(input, region);
    QCOMPARE(number.error(), PhoneNumber::Error::None);
    QVERIFY(number.isValid());
    QVERIFY(number.errorText().isEmpty());
    QCOMPARE(number.input(), input);
    QCOMPARE(number.type(), type);
    QCOMPARE(number.e164(), e164);
    QCOMPARE(number.e164Digits(), e164.mid(1));
    QVERIFY(!number.e164Digits().startsWith(u'+'));
    QCOMPARE(number.nationalFormat(), national);
    QCOMPARE(number.internationalFormat(), international);
    QCOMPARE(number.regionCode(), regionCode);
    QCOMPARE(number.countryCallingCode(), callingCode);
    QCOMPARE(number.canReceiveSms(),
             type == PhoneNumber::Type::Mobile || type == PhoneNumber::Type::FixedLineOrMobile);
}

void tst_PhoneNumber::invalidNumbers_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("region");
    QTest::addColumn<PhoneNumber::Error>("error");

    using E = PhoneNumber::Error;
    QTest::newRow("empty") << QString() << u"NL"_s << E::Empty;
    QTest::newRow("blank") << u"   "_s << u"NL"_s << E::Empty;
    QTest::newRow("12345 parses but is too short") << u"12345"_s << u"NL"_s << E::TooShort;
    QTest::newRow("NL mobile one digit short") << u"06 1234567"_s << u"NL"_s << E::TooShort;
    QTest::newRow("NL mobile one digit long") << u"06 123456789"_s << u"NL"_s << E::TooLong;
    QTest::newRow("NL number too long") << u"+31 612345678999"_s << u"NL"_s << E::TooLong;
    QTest::newRow("far too long") << u"0612345678901234567890"_s << u"NL"_s << E::TooLong;
    QTest::newRow("NL right length, no such range")
        << u"+31 99 1234567"_s << u"NL"_s << E::NotValidForRegion;
    QTest::newRow("letters only") << u"hello"_s << u"NL"_s << E::NotANumber;
    QTest::newRow("digits then letters") << u"06abcdefgh"_s << u"NL"_s << E::NotANumber;
    QTest::newRow("trailing letter") << u"06 1234 5678a"_s << u"NL"_s << E::NotANumber;
    QTest::newRow("vanity number") << u"0800-FLOWERS"_s << u"US"_s << E::NotANumber;
    QTest::newRow("email") << u"jan@example.nl"_s << u"NL"_s << E::NotANumber;
    QTest::newRow("plus only") << u"+"_s << u"NL"_s << E::NotANumber;
    QTest::newRow("one digit") << u"1"_s << u"NL"_s << E::NotANumber;
    QTest::newRow("unknown country code") << u"+999 1234567"_s << u"NL"_s << E::InvalidCountryCode;
    QTest::newRow("national number, no region")
        << u"0612345678"_s << u"ZZ"_s << E::InvalidCountryCode;
    QTest::newRow("national number, empty region")
        << u"0612345678"_s << QString() << E::InvalidCountryCode;
}

void tst_PhoneNumber::invalidNumbers()
{
    QFETCH(QString, input);
    QFETCH(QString, region);
    QFETCH(PhoneNumber::Error, error);

    const PhoneNumber number = PhoneNumber::parse(input, region);
    QCOMPARE(number.error(), error);
    QVERIFY(!number.isValid());
    QVERIFY(!number.canReceiveSms());
    QCOMPARE(number.type(), PhoneNumber::Type::Unknown);
    QVERIFY(number.e164().isEmpty());
    QVERIFY(number.e164Digits().isEmpty());
    QVERIFY(number.nationalFormat().isEmpty());
    QVERIFY(number.internationalFormat().isEmpty());
    QCOMPARE(number.countryCallingCode(), 0);
    QCOMPARE(number.errorText(),
             PhoneNumber::errorText(error,
                                    number.regionCode().isEmpty() ? region : number.regionCode()));
    QVERIFY(!number.errorText().isEmpty());
}

void tst_PhoneNumber::defaultIsEmpty()
{
    const PhoneNumber number;
    QVERIFY(!number.isValid());
    QCOMPARE(number.error(), PhoneNumber::Error::Empty);
    QCOMPARE(number.errorText(), PhoneNumber::errorText(PhoneNumber::Error::Empty));
    QVERIFY(number.e164().isEmpty());
}

void tst_PhoneNumber::errorTextsAreSentences()
{
    QVERIFY(PhoneNumber::errorText(PhoneNumber::Error::None).isEmpty());
    const PhoneNumber::Error errors[] = {
        PhoneNumber::Error::Empty,
        PhoneNumber::Error::NotANumber,
        PhoneNumber::Error::InvalidCountryCode,
        PhoneNumber::Error::TooShort,
        PhoneNumber::Error::TooLong,
        PhoneNumber::Error::NotValidForRegion,
    };
    QStringList seen;
    for (const auto error : errors) {
        const QString text = PhoneNumber::errorText(error, u"NL"_s);
        QVERIFY2(text.endsWith(u'.'), qPrintable(text));
        QVERIFY2(!seen.contains(text), qPrintable(text));
        seen.append(text);
    }
    // The region an invalid number was read in names the country in the message.
    const PhoneNumber dutch = PhoneNumber::parse(u"+31 99 1234567"_s);
    QVERIFY2(dutch.errorText().contains(u"Netherlands"_s), qPrintable(dutch.errorText()));
    const PhoneNumber belgian = PhoneNumber::parse(u"+32 99 12 34 56"_s, u"NL"_s);
    // A Belgian number read from NL is judged, and named, as Belgian.
    QCOMPARE(belgian.error(), PhoneNumber::Error::NotValidForRegion);
    QVERIFY2(belgian.errorText().contains(u"Belgium"_s), qPrintable(belgian.errorText()));
    // In the interface's language (the sentence itself comes from the catalogue).
    const QLocale before;
    QLocale::setDefault(QLocale(u"nl_NL"_s));
    const QString dutchName = belgian.errorText();
    QLocale::setDefault(before);
    QVERIFY2(dutchName.contains(u"België"_s), qPrintable(dutchName));
    QVERIFY(
        PhoneNumber::errorText(PhoneNumber::Error::NotValidForRegion, QString()).endsWith(u'.'));
}

void tst_PhoneNumber::regionIsCaseInsensitive()
{
    const PhoneNumber number = PhoneNumber::parse(u"0470 12 34 56"_s, u" be "_s);
    QVERIFY(number.isValid());
    QCOMPARE(number.e164(), u"+32470123456"_s);
}

void tst_PhoneNumber::equality()
{
    QCOMPARE(PhoneNumber::parse(u"06 12345678"_s), PhoneNumber::parse(u"+31612345678"_s));
    QVERIFY(PhoneNumber::parse(u"06 12345678"_s) != PhoneNumber::parse(u"06 12345679"_s));
    QVERIFY(PhoneNumber::parse(u"12345"_s) != PhoneNumber::parse(u"123456"_s));
    QCOMPARE(PhoneNumber::parse(u"12345"_s), PhoneNumber::parse(u"12345"_s));
}

void tst_PhoneNumber::typeNames()
{
    QCOMPARE(PhoneNumber::typeName(PhoneNumber::Type::Mobile), u"mobile"_s);
    QCOMPARE(PhoneNumber::typeName(PhoneNumber::Type::FixedLine), u"landline"_s);
    QStringList names;
    for (int t = int(PhoneNumber::Type::Mobile); t <= int(PhoneNumber::Type::Unknown); ++t) {
        const QString name = PhoneNumber::typeName(PhoneNumber::Type(t));
        QVERIFY(!name.isEmpty());
        QVERIFY2(!names.contains(name), qPrintable(name));
        names.append(name);
    }
}

void tst_PhoneNumber::formatterTypedDigitByDigit_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("NL mobile national")
        << u"NL"_s << u"0612345678"_s
        << QStringList {u"0"_s,          u"06"_s,         u"061"_s,      u"06 12"_s,
                        u"06 123"_s,     u"06 1234"_s,    u"06 12345"_s, u"06 123456"_s,
                        u"06 1234567"_s, u"06 12345678"_s};
    QTest::newRow("NL mobile international")
        << u"NL"_s << u"+31612345678"_s
        << QStringList {
               u"+"_s,           u"+3"_s,           u"+31 "_s,          u"+31 6"_s,
               u"+31 61"_s,      u"+31 6 12"_s,     u"+31 6 123"_s,     u"+31 6 1234"_s,
               u"+31 6 12345"_s, u"+31 6 123456"_s, u"+31 6 1234567"_s, u"+31 6 12345678"_s};
    QTest::newRow("NL Amsterdam") << u"NL"_s << u"0205551234"_s
                                  << QStringList {u"0"_s,           u"02"_s,
                                                  u"020"_s,         u"020 5"_s,
                                                  u"020 55"_s,      u"020 555"_s,
                                                  u"020 555 1"_s,   u"020 555 12"_s,
                                                  u"020 555 123"_s, u"020 555 1234"_s};
}

void tst_PhoneNumber::formatterTypedDigitByDigit()
{
    QFETCH(QString, region);
    QFETCH(QString, typed);
    QFETCH(QStringList, expected);
    QCOMPARE(expected.size(), typed.size());

    PhoneNumberFormatter formatter(region);
    QCOMPARE(formatter.regionCode(), region);
    for (qsizetype i = 0; i < typed.size(); ++i) {
        // As in a line edit: the text so far, formatted, is what the next keystroke extends.
        const QString text = (i == 0 ? QString() : formatter.format(typed.left(i))) + typed.at(i);
        QCOMPARE(formatter.format(text), expected.at(i));
    }
}

void tst_PhoneNumber::formatterReformatsFromScratch()
{
    PhoneNumberFormatter formatter(u"NL"_s);
    QCOMPARE(formatter.format(u"0612345678"_s), u"06 12345678"_s);
    // A second input does not continue the first.
    QCOMPARE(formatter.format(u"020"_s), u"020"_s);
    QCOMPARE(formatter.format(u"06-12-34"_s), u"06 1234"_s);
    QCOMPARE(formatter.format(u"(06) 1234 5678"_s), u"06 12345678"_s);
    QCOMPARE(formatter.format(QString()), QString());
    QCOMPARE(formatter.format(u"abc"_s), QString());
    // A '+' counts only in front.
    QCOMPARE(formatter.format(u"06+12"_s), u"06 12"_s);
}

void tst_PhoneNumber::formatterCursor()
{
    PhoneNumberFormatter formatter(u"NL"_s);
    // Cursor right after "0612" in "0612|345678": stays right after the 2 in "06 12|345678".
    int cursor = 4;
    QCOMPARE(formatter.format(u"0612345678"_s, &cursor), u"06 12345678"_s);
    QCOMPARE(cursor, 5);
    // Cursor at the end stays at the end.
    cursor = 10;
    QCOMPARE(formatter.format(u"0612345678"_s, &cursor), u"06 12345678"_s);
    QCOMPARE(cursor, 11);
    // Cursor at the start stays at the start.
    cursor = 0;
    QCOMPARE(formatter.format(u"0612345678"_s, &cursor), u"06 12345678"_s);
    QCOMPARE(cursor, 0);
    // Separators the user typed before the cursor do not shift it.
    cursor = 6; // "06 - 1|2345678"
    QCOMPARE(formatter.format(u"06 - 12345678"_s, &cursor), u"06 12345678"_s);
    QCOMPARE(cursor, 4);
}

void tst_PhoneNumber::formatterRegion()
{
    PhoneNumberFormatter formatter(u"us"_s);
    QCOMPARE(formatter.regionCode(), u"US"_s);
    QCOMPARE(formatter.format(u"6502530000"_s), u"(650) 253-0000"_s);
    formatter.setRegionCode(u"NL"_s);
    QCOMPARE(formatter.format(u"0612345678"_s), u"06 12345678"_s);

    PhoneNumberFormatter moved(std::move(formatter));
    QCOMPARE(moved.format(u"0205551234"_s), u"020 555 1234"_s);
}

QTEST_GUILESS_MAIN(tst_PhoneNumber)
#include "tst_PhoneNumber.moc"
