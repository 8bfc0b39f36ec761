#include "TimeText.h"

#include <QTest>
#include <QTimeZone>

#include <ctime>

using namespace Qt::StringLiterals;

// The one way the GUI writes a time: the locale's formats with seconds, in local time, never a
// time zone. Runs in Amsterdam's time zone, so that "local" is not UTC.
class tst_TimeText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void inTheLocalesFormat_data();
    void inTheLocalesFormat();
    void everyLocaleHasSecondsAndNoZone();
    void invalidIsEmpty();
};

namespace {

// Whether `format` uses the pattern letter `letter` outside its quoted literals.
bool usesLetter(const QString &format, QChar letter)
{
    bool quoted = false;
    for (const QChar c : format) {
        if (c == u'\'')
            quoted = !quoted;
        else if (!quoted && c == letter)
            return true;
    }
    return false;
}

} // namespace

void tst_TimeText::initTestCase()
{
    qputenv("TZ", "Europe/Amsterdam");
    tzset();
}

void tst_TimeText::inTheLocalesFormat_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("timeOfDay");
    QTest::addColumn<QString>("dateTime");
    // 17:05:09 UTC is 18:05:09 in Amsterdam in December.
    QTest::newRow("en_US") << u"en_US"_s << u"6:05:09 PM"_s << u"12/2/26 6:05:09 PM"_s;
    QTest::newRow("en_GB") << u"en_GB"_s << u"18:05:09"_s << u"02/12/2026 18:05:09"_s;
    QTest::newRow("nl_NL") << u"nl_NL"_s << u"18:05:09"_s << u"02-12-2026 18:05:09"_s;
}

void tst_TimeText::inTheLocalesFormat()
{
    QFETCH(QString, locale);
    QFETCH(QString, timeOfDay);
    QFETCH(QString, dateTime);
    const QLocale l(locale);
    const QDateTime utc(QDate(2026, 12, 2), QTime(17, 5, 9, 480), QTimeZone::utc());

    QCOMPARE(TimeText::timeOfDay(utc, l), timeOfDay);
    QCOMPARE(TimeText::timeOfDay(utc.toLocalTime(), l), timeOfDay);
    QCOMPARE(TimeText::timeOfDay(utc.toMSecsSinceEpoch(), l), timeOfDay);
    QCOMPARE(TimeText::dateTime(utc, l), dateTime);
    QCOMPARE(TimeText::dateTime(utc.toLocalTime(), l), dateTime);

    // The default locale when none is given.
    const QLocale previous;
    QLocale::setDefault(l);
    const QString byDefault = TimeText::timeOfDay(utc);
    QLocale::setDefault(previous);
    QCOMPARE(byDefault, timeOfDay);
}

void tst_TimeText::everyLocaleHasSecondsAndNoZone()
{
    const QList<QLocale> all =
        QLocale::matchingLocales(QLocale::AnyLanguage, QLocale::AnyScript, QLocale::AnyTerritory);
    QVERIFY(all.size() > 100);
    for (const QLocale &locale : all) {
        for (const QString &format :
             {TimeText::timeFormat(locale), TimeText::dateTimeFormat(locale)}) {
            const QString what = u"%1: \"%2\""_s.arg(locale.name(), format);
            QVERIFY2(usesLetter(format, u's'), qPrintable(what));
            QVERIFY2(!usesLetter(format, u't'), qPrintable(what));
            QVERIFY2(format == format.trimmed(), qPrintable(what));
            QVERIFY2(!format.endsWith(u','), qPrintable(what));
            for (const QString &empty : {u"()"_s, u"[]"_s})
                QVERIFY2(!format.contains(empty), qPrintable(what));
        }
        QVERIFY2(TimeText::dateTimeFormat(locale).contains(TimeText::timeFormat(locale)),
                 qPrintable(locale.name()));
    }
}

void tst_TimeText::invalidIsEmpty()
{
    QVERIFY(TimeText::timeOfDay(QDateTime()).isEmpty());
    QVERIFY(TimeText::dateTime(QDateTime()).isEmpty());
}

QTEST_GUILESS_MAIN(tst_TimeText)
#include "tst_TimeText.moc"
