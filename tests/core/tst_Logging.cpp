#include "Logging.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_Logging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void categoriesShowInfoNotDebug_data();
    void categoriesShowInfoNotDebug();
    void maskedNumber_data();
    void maskedNumber();
};

void tst_Logging::categoriesShowInfoNotDebug_data()
{
    QTest::addColumn<const QLoggingCategory *>("category");
    QTest::addColumn<QString>("name");
    QTest::newRow("api") << &lcApi() << u"verifydesk.api"_s;
    QTest::newRow("phone") << &lcPhone() << u"verifydesk.phone"_s;
    QTest::newRow("settings") << &lcSettings() << u"verifydesk.settings"_s;
    QTest::newRow("connection") << &lcConnection() << u"verifydesk.connection"_s;
    QTest::newRow("verification") << &lcVerification() << u"verifydesk.verification"_s;
    QTest::newRow("history") << &lcHistory() << u"verifydesk.history"_s;
    QTest::newRow("inspector") << &lcInspector() << u"verifydesk.inspector"_s;
    QTest::newRow("app") << &lcApp() << u"verifydesk.app"_s;
}

void tst_Logging::categoriesShowInfoNotDebug()
{
    QFETCH(const QLoggingCategory *, category);
    QFETCH(QString, name);
    QCOMPARE(QString::fromLatin1(category->categoryName()), name);
    QVERIFY(category->isInfoEnabled());
    QVERIFY(category->isWarningEnabled());
    QVERIFY(!category->isDebugEnabled());
}

void tst_Logging::maskedNumber_data()
{
    QTest::addColumn<QString>("digits");
    QTest::addColumn<QString>("masked");
    QTest::newRow("mobile NL") << u"31612345678"_s << u"31•••••••78"_s;
    QTest::newRow("five digits") << u"12345"_s << u"12•45"_s;
    QTest::newRow("four digits: nothing shown") << u"1234"_s << u"••••"_s;
    QTest::newRow("empty") << QString() << QString();
}

void tst_Logging::maskedNumber()
{
    QFETCH(QString, digits);
    QFETCH(QString, masked);
    QCOMPARE(Logging::maskedNumber(digits), masked);
}

QTEST_GUILESS_MAIN(tst_Logging)
#include "tst_Logging.moc"
