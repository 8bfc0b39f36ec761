// The price of a request in the user's locale, with the digits of the server's exact decimal.

#include "verification/PriceText.h"

#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;

class tst_PriceText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void format_data();
    void format();
    void decimals_data();
    void decimals();

private:
    QLocale m_locale; // the default before the tests, put back after each
};

void tst_PriceText::initTestCase()
{
    m_locale = QLocale();
}

void tst_PriceText::cleanup()
{
    QLocale::setDefault(m_locale);
}

void tst_PriceText::format_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("price");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en, eight decimals")
        << u"en_US"_s << u"0.10000000"_s << u"EUR"_s << u"0.10 EUR"_s;
    QTest::newRow("nl, eight decimals")
        << u"nl_NL"_s << u"0.10000000"_s << u"EUR"_s << u"0,10 EUR"_s;
    QTest::newRow("en, four significant")
        << u"en_US"_s << u"0.0525"_s << u"EUR"_s << u"0.0525 EUR"_s;
    QTest::newRow("nl, four significant")
        << u"nl_NL"_s << u"0.05250000"_s << u"EUR"_s << u"0,0525 EUR"_s;
    QTest::newRow("no dot") << u"en_US"_s << u"3"_s << u"USD"_s << u"3.00 USD"_s;
    QTest::newRow("one decimal") << u"en_US"_s << u"1.5"_s << u"GBP"_s << u"1.50 GBP"_s;
    QTest::newRow("all zeros") << u"nl_NL"_s << u"0.00000000"_s << u"EUR"_s << u"0,00 EUR"_s;
    QTest::newRow("thousands, nl") << u"nl_NL"_s << u"1234.5"_s << u"EUR"_s << u"1.234,50 EUR"_s;
    QTest::newRow("spaces around") << u"en_US"_s << u" 0.20 "_s << u" EUR "_s << u"0.20 EUR"_s;
    QTest::newRow("no currency") << u"en_US"_s << u"0.10000000"_s << QString() << u"0.10"_s;
    QTest::newRow("empty price") << u"en_US"_s << QString() << u"EUR"_s << QString();
    QTest::newRow("not a number, as it came") << u"nl_NL"_s << u"n/a"_s << u"EUR"_s << u"n/a EUR"_s;
}

void tst_PriceText::format()
{
    QFETCH(QString, locale);
    QFETCH(QString, price);
    QFETCH(QString, currency);
    QFETCH(QString, expected);
    QLocale::setDefault(QLocale(locale));
    QCOMPARE(PriceText::format(price, currency), expected);
}

void tst_PriceText::decimals_data()
{
    QTest::addColumn<QString>("price");
    QTest::addColumn<int>("decimals");
    QTest::newRow("trailing zeros") << u"0.10000000"_s << 2;
    QTest::newRow("significant") << u"0.0525"_s << 4;
    QTest::newRow("integer") << u"12"_s << 2;
    QTest::newRow("negative") << u"-0.125"_s << 3;
    QTest::newRow("capped") << u"0.00000000000001"_s << PriceText::kMaxDecimals;
    QTest::newRow("exponent") << u"1e-3"_s << -1;
    QTest::newRow("comma") << u"0,10"_s << -1;
    QTest::newRow("dot only") << u"."_s << -1;
    QTest::newRow("empty") << QString() << -1;
}

void tst_PriceText::decimals()
{
    QFETCH(QString, price);
    QFETCH(int, decimals);
    QCOMPARE(PriceText::decimals(price), decimals);
}

QTEST_GUILESS_MAIN(tst_PriceText)
#include "tst_PriceText.moc"
