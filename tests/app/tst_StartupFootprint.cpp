// What the main window loads and builds before its first paint: libphonenumber (behind its
// module) only once a number is read, and the wizard's later steps only when they are shown.
// bench/ measures the time; this test keeps the causes from coming back.
#include "AppHarness.h"
#include "MainWindow.h"

#include <QFile>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray mappedFiles()
{
    QFile maps(u"/proc/self/maps"_s);
    return maps.open(QIODevice::ReadOnly) ? maps.readAll() : QByteArray();
}

} // namespace

class tst_StartupFootprint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void phoneLibraryWaitsForTheFirstNumber();
};

void tst_StartupFootprint::phoneLibraryWaitsForTheFirstNumber()
{
    if (mappedFiles().isEmpty())
        QSKIP("no /proc/self/maps on this system");
    AppHarness harness;
    MainWindow window(harness.services());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.grab(); // a paint, as the first one
    QByteArray maps = mappedFiles();
    QVERIFY2(!maps.contains("libverifydesk_phonenumber"), "the phone-number module is loaded");
    QVERIFY2(!maps.contains("libphonenumber"), "libphonenumber is loaded");
    QVERIFY2(!maps.contains("libprotobuf"), "protobuf is loaded");

    auto *steps = window.findChild<QStackedWidget *>(u"steps"_s);
    QVERIFY(steps);
    QCOMPARE(steps->count(), 1); // the number step only

    auto *number = window.findChild<QLineEdit *>(u"numberEdit"_s);
    QVERIFY(number);
    QVERIFY(!number->isClearButtonEnabled()); // nothing to clear yet
    QTest::keyClicks(number, u"0612345678"_s);
    QVERIFY(number->isClearButtonEnabled());
    maps = mappedFiles();
    QVERIFY2(maps.contains("libverifydesk_phonenumber"), "typing did not load the module");
    QVERIFY2(maps.contains("libphonenumber"), "typing did not load libphonenumber");
}

QTEST_MAIN(tst_StartupFootprint)
#include "tst_StartupFootprint.moc"
