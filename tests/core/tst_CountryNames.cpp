// Country names in the user interface's language: Dutch where the interface is Dutch, English
// where it is English, and something readable for a region ICU does not name.

#include "phone/CountryNames.h"

#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_CountryNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void displayName_data();
    void displayName();
    void followsTheDefaultLocale();
};

void tst_CountryNames::displayName_data()
{
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("DE in Dutch") << u"DE"_s << u"nl_NL"_s << u"Duitsland"_s;
    QTest::newRow("DE in English") << u"DE"_s << u"en_US"_s << u"Germany"_s;
    QTest::newRow("NL in Dutch") << u"NL"_s << u"nl_NL"_s << u"Nederland"_s;
    QTest::newRow("BE in Dutch") << u"BE"_s << u"nl_NL"_s << u"België"_s;
    QTest::newRow("GB in Dutch") << u"GB"_s << u"nl_NL"_s << u"Verenigd Koninkrijk"_s;
    QTest::newRow("SR in Dutch") << u"SR"_s << u"nl_NL"_s << u"Suriname"_s;
    QTest::newRow("US in English") << u"US"_s << u"en_GB"_s << u"United States"_s;
    QTest::newRow("lower case") << u"de"_s << u"nl_NL"_s << u"Duitsland"_s;
    QTest::newRow("Dutch of Belgium") << u"FR"_s << u"nl_BE"_s << u"Frankrijk"_s;
    QTest::newRow("unknown region") << u"QQ"_s << u"nl_NL"_s << u"QQ"_s;
    QTest::newRow("empty") << QString() << u"nl_NL"_s << QString();
}

void tst_CountryNames::displayName()
{
    QFETCH(QString, region);
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    QCOMPARE(CountryNames::displayName(region, QLocale(locale)), expected);
}

void tst_CountryNames::followsTheDefaultLocale()
{
    const QLocale previous;
    QLocale::setDefault(QLocale(u"nl_NL"_s));
    const QString dutch = CountryNames::displayName(u"DE"_s);
    QLocale::setDefault(QLocale(u"en_GB"_s));
    const QString english = CountryNames::displayName(u"DE"_s);
    QLocale::setDefault(previous);
    QCOMPARE(dutch, u"Duitsland"_s);
    QCOMPARE(english, u"Germany"_s);
}

QTEST_GUILESS_MAIN(tst_CountryNames)
#include "tst_CountryNames.moc"
