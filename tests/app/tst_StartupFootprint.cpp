// What the main window loads and builds before its first paint: libphonenumber (behind its
// module) only once a number is read, the wizard's later steps only when they are shown, and the
// image-format plugins only when an image is first drawn.
// bench/ measures the time; this test keeps the causes from coming back.
#include "AppHarness.h"
#include "DeferredIconStyle.h"
#include "MainWindow.h"

#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStyleFactory>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

QByteArray mappedFiles()
{
    QFile maps(u"/proc/self/maps"_s);
    return maps.open(QIODevice::ReadOnly) ? maps.readAll() : QByteArray();
}

// A main window shown and painted once, as at start-up; null when it was never exposed.
std::unique_ptr<MainWindow> firstPaintedWindow(const AppHarness &harness)
{
    auto window = std::make_unique<MainWindow>(harness.services());
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return nullptr;
    window->grab(); // a paint, as the first one
    return window;
}

} // namespace

class tst_StartupFootprint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void imagePluginsWaitForTheFirstImage();
    void phoneLibraryWaitsForTheFirstNumber();
};

void tst_StartupFootprint::initTestCase()
{
    QApplication::setStyle(new DeferredIconStyle); // as main() does
}

void tst_StartupFootprint::imagePluginsWaitForTheFirstImage()
{
    if (mappedFiles().isEmpty())
        QSKIP("no /proc/self/maps on this system");
    AppHarness harness;
    const std::unique_ptr<MainWindow> window = firstPaintedWindow(harness);
    QVERIFY(window);
    QVERIFY2(!mappedFiles().contains("/imageformats/"), "an image-format plugin is loaded");

    // The menu bar's extension button has the style's own icon once it is drawn.
    auto *extension = window->menuBar()->findChild<QToolButton *>(u"qt_menubar_ext_button"_s);
    QVERIFY(extension);
    QVERIFY(!extension->icon().isNull());
    const std::unique_ptr<QStyle> plain(
        QStyleFactory::create(DeferredIconStyle::nameOf(QApplication::style())));
    QVERIFY(plain);
    const QIcon expected = plain->standardIcon(QStyle::SP_ToolBarHorizontalExtensionButton);
    QCOMPARE(extension->icon().pixmap(QSize(16, 16), 1.0).toImage(),
             expected.pixmap(QSize(16, 16), 1.0).toImage());
    QCOMPARE(extension->icon().actualSize(QSize(64, 64)), expected.actualSize(QSize(64, 64)));
}

void tst_StartupFootprint::phoneLibraryWaitsForTheFirstNumber()
{
    if (mappedFiles().isEmpty())
        QSKIP("no /proc/self/maps on this system");
    AppHarness harness;
    const std::unique_ptr<MainWindow> window = firstPaintedWindow(harness);
    QVERIFY(window);
    QByteArray maps = mappedFiles();
    QVERIFY2(!maps.contains("libverifydesk_phonenumber"), "the phone-number module is loaded");
    QVERIFY2(!maps.contains("libphonenumber"), "libphonenumber is loaded");
    QVERIFY2(!maps.contains("libprotobuf"), "protobuf is loaded");

    auto *steps = window->findChild<QStackedWidget *>(u"steps"_s);
    QVERIFY(steps);
    QCOMPARE(steps->count(), 1); // the number step only

    auto *number = window->findChild<QLineEdit *>(u"numberEdit"_s);
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
