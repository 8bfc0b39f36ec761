// The app's rules for the wheel and the Enter key, on plain widgets and in the real window: a
// field the user did not choose lets the wheel scroll the page around it, scroll bars still
// follow the wheel, and Enter presses the focused button outside dialogs without taking Enter
// from line edits or from dialogs.

#include "AppHarness.h"
#include "Dialogs.h"
#include "InputGuard.h"
#include "MainWindow.h"
#include "settings/SettingsPanel.h"
#include "verify/VerifyWizard.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// One notch of a mouse wheel, down, over the middle of `widget`, as the window system delivers
// it: spontaneous, so that QApplication gives the focus by the focus policy and hands an ignored
// event on to the parents. Whether it was taken.
bool turnWheel(QWidget *widget)
{
    const QPointF at(widget->width() / 2.0, widget->height() / 2.0);
    QWheelEvent wheel(at, widget->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QSpontaneKeyEvent::setSpontaneous(&wheel);
    qApp->notify(widget, &wheel);
    return wheel.isAccepted();
}

// The value a field shows, whatever its kind.
int valueOf(QWidget *field)
{
    if (auto *spin = qobject_cast<QSpinBox *>(field))
        return spin->value();
    if (auto *combo = qobject_cast<QComboBox *>(field))
        return combo->currentIndex();
    if (auto *slider = qobject_cast<QSlider *>(field))
        return slider->value();
    qFatal("not a field");
}

} // namespace

class tst_InputGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theHarnessInstallsItAsMainDoes();
    void init();
    void cleanup();
    void wheelScrollsThePageUntilTheFieldIsChosen_data();
    void wheelScrollsThePageUntilTheFieldIsChosen();
    void installingTwiceGuardsOnce();
    void enterPressesTheFocusedButton_data();
    void enterPressesTheFocusedButton();
    void enterInALineEditStaysWithIt();
    void dialogsKeepTheirDefaultButton();
    void settingsScrollsOverItsFields_data();
    void settingsScrollsOverItsFields();
    void enterStartsANewVerification();

private:
    void makeWindow();

    std::unique_ptr<AppHarness> m_harness;
    std::unique_ptr<MainWindow> m_window;
};

// First: every test after it runs with the guard installed.
void tst_InputGuard::theHarnessInstallsItAsMainDoes()
{
    QVERIFY(!qApp->findChild<InputGuard *>());
    AppHarness harness;
    QVERIFY(qApp->findChild<InputGuard *>());
}

void tst_InputGuard::init()
{
    if (qstrcmp(QTest::currentTestFunction(), "theHarnessInstallsItAsMainDoes") != 0)
        InputGuard::install();
}

void tst_InputGuard::cleanup()
{
    m_window.reset();
    m_harness.reset();
}

void tst_InputGuard::makeWindow()
{
    Dialogs::resetTestState();
    m_harness = std::make_unique<AppHarness>();
    m_window = std::make_unique<MainWindow>(m_harness->services());
    // Short: the Settings page scrolls.
    m_window->resize(900, 420);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_InputGuard::wheelScrollsThePageUntilTheFieldIsChosen_data()
{
    QTest::addColumn<std::function<QWidget *()>>("make");
    QTest::newRow("spin box") << std::function<QWidget *()>([] {
        auto *spin = new QSpinBox;
        spin->setRange(0, 100);
        spin->setValue(50);
        return spin;
    });
    QTest::newRow("combo box") << std::function<QWidget *()>([] {
        auto *combo = new QComboBox;
        combo->addItems({u"one"_s, u"two"_s, u"three"_s});
        combo->setCurrentIndex(1);
        return combo;
    });
    QTest::newRow("slider") << std::function<QWidget *()>([] {
        auto *slider = new QSlider(Qt::Horizontal);
        slider->setRange(0, 100);
        slider->setValue(50);
        return slider;
    });
}

void tst_InputGuard::wheelScrollsThePageUntilTheFieldIsChosen()
{
    QFETCH(std::function<QWidget *()>, make);
    QScrollArea area;
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    auto *other = new QLineEdit(page);
    layout->addWidget(other);
    QWidget *field = make();
    layout->addWidget(field);
    layout->addSpacing(2000);
    area.setWidget(page);
    area.setWidgetResizable(true);
    area.resize(300, 200);
    area.show();
    QVERIFY(QTest::qWaitForWindowExposed(&area));
    // A click or Tab chooses it; the wheel does not.
    QCOMPARE(field->focusPolicy(), Qt::StrongFocus);
    other->setFocus();
    QTRY_VERIFY(other->hasFocus());
    QScrollBar *scroll = area.verticalScrollBar();
    QCOMPARE(scroll->value(), 0);
    const int before = valueOf(field);

    QVERIFY(turnWheel(field)); // taken by the page
    QCOMPARE(valueOf(field), before);
    QVERIFY(scroll->value() > 0);

    // A scroll bar, which never has the focus, still follows the wheel.
    const int scrolled = scroll->value();
    turnWheel(scroll);
    QVERIFY(scroll->value() > scrolled);

    // Once chosen, the field takes the wheel and the page stays.
    scroll->setValue(0);
    field->setFocus();
    QTRY_VERIFY(field->hasFocus());
    QVERIFY(turnWheel(field));
    QVERIFY(valueOf(field) != before);
    QCOMPARE(scroll->value(), 0);
}

void tst_InputGuard::installingTwiceGuardsOnce()
{
    InputGuard::install();
    InputGuard::install();
    QCOMPARE(qApp->findChildren<InputGuard *>(QString(), Qt::FindDirectChildrenOnly).size(), 1);
}

void tst_InputGuard::enterPressesTheFocusedButton_data()
{
    QTest::addColumn<bool>("toolButton");
    QTest::addColumn<int>("key");
    QTest::newRow("push button, Return") << false << int(Qt::Key_Return);
    QTest::newRow("push button, Enter") << false << int(Qt::Key_Enter);
    QTest::newRow("tool button, Return") << true << int(Qt::Key_Return);
}

void tst_InputGuard::enterPressesTheFocusedButton()
{
    QFETCH(bool, toolButton);
    QFETCH(int, key);
    QMainWindow window;
    auto *central = new QWidget(&window);
    auto *layout = new QVBoxLayout(central);
    auto *edit = new QLineEdit(central);
    layout->addWidget(edit);
    QAbstractButton *button = nullptr;
    if (toolButton)
        button = new QToolButton(central);
    else
        button = new QPushButton(central);
    button->setText(u"&Go"_s);
    button->setFocusPolicy(Qt::StrongFocus);
    layout->addWidget(button);
    window.setCentralWidget(central);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QSignalSpy clicked(button, &QAbstractButton::clicked);
    button->setFocus();
    QTRY_VERIFY(button->hasFocus());

    QTest::keyClick(button, Qt::Key(key),
                    key == Qt::Key_Enter ? Qt::KeypadModifier : Qt::NoModifier);
    QTRY_COMPARE(clicked.size(), 1);
    QTest::qWait(150); // the click shows as pressed for a moment, once
    QCOMPARE(clicked.size(), 1);
}

void tst_InputGuard::enterInALineEditStaysWithIt()
{
    QMainWindow window;
    auto *central = new QWidget(&window);
    auto *layout = new QVBoxLayout(central);
    auto *edit = new QLineEdit(central);
    auto *button = new QPushButton(u"&Go"_s, central);
    layout->addWidget(edit);
    layout->addWidget(button);
    window.setCentralWidget(central);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QSignalSpy returned(edit, &QLineEdit::returnPressed);
    QSignalSpy clicked(button, &QAbstractButton::clicked);
    edit->setFocus();
    QTRY_VERIFY(edit->hasFocus());
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(returned.size(), 1);
    QTest::qWait(150);
    QCOMPARE(clicked.size(), 0);
}

void tst_InputGuard::dialogsKeepTheirDefaultButton()
{
    QDialog dialog;
    auto *layout = new QVBoxLayout(&dialog);
    auto *ok = new QPushButton(u"&OK"_s, &dialog);
    auto *other = new QPushButton(u"O&ther"_s, &dialog);
    auto *tool = new QToolButton(&dialog);
    tool->setText(u"&Tool"_s);
    tool->setFocusPolicy(Qt::StrongFocus);
    layout->addWidget(ok);
    layout->addWidget(other);
    layout->addWidget(tool);
    ok->setDefault(true);
    dialog.show();
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QSignalSpy okClicked(ok, &QAbstractButton::clicked);
    QSignalSpy otherClicked(other, &QAbstractButton::clicked);
    QSignalSpy toolClicked(tool, &QAbstractButton::clicked);

    // A focused push button of a dialog is its default for the moment: Enter presses it, once.
    other->setFocus();
    QTRY_VERIFY(other->hasFocus());
    QTest::keyClick(other, Qt::Key_Return);
    QTest::qWait(150);
    QCOMPARE(otherClicked.size(), 1);
    QCOMPARE(okClicked.size(), 0);

    // On a tool button, Enter is the dialog's: its default button.
    tool->setFocus();
    QTRY_VERIFY(tool->hasFocus());
    QTest::keyClick(tool, Qt::Key_Return);
    QTest::qWait(150);
    QCOMPARE(toolClicked.size(), 0);
    QCOMPARE(okClicked.size(), 1);
}

void tst_InputGuard::settingsScrollsOverItsFields_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("timeout") << u"timeoutSpin"_s;
    QTest::newRow("proxy") << u"proxyModeCombo"_s;
    QTest::newRow("colour") << u"colourCombo"_s;
    QTest::newRow("PIN expiry") << u"pinExpirySpin"_s;
}

void tst_InputGuard::settingsScrollsOverItsFields()
{
    QFETCH(QString, name);
    makeWindow();
    m_window->showArea(MainWindow::Area::Settings);
    SettingsPanel *settings = m_window->settingsPanel();
    auto *area = settings->findChild<QScrollArea *>(u"scrollArea"_s);
    auto *field = settings->findChild<QWidget *>(name);
    QVERIFY(area && field);
    QVERIFY(field->isEnabled());
    QVERIFY(!field->hasFocus());
    QCOMPARE(field->focusPolicy(), Qt::StrongFocus);
    QScrollBar *scroll = area->verticalScrollBar();
    QVERIFY2(scroll->maximum() > 0, "the Settings page does not scroll at this size");
    scroll->setValue(0);
    const int before = valueOf(field);

    turnWheel(field);
    QCOMPARE(valueOf(field), before);
    QVERIFY(scroll->value() > 0);
}

void tst_InputGuard::enterStartsANewVerification()
{
    makeWindow();
    VerifyWizard *wizard = m_window->verifyWizard();
    auto *number = wizard->findChild<QLineEdit *>(u"numberEdit"_s);
    QTest::keyClicks(number, u"06 12345678"_s);
    QTest::keyClick(number, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!m_harness->sandbox().simulator().messages().isEmpty());
    const QString pin = m_harness->sandbox().simulator().messages().constLast().code;
    // The PIN step is made when the answer arrives, which may be after the message.
    QTRY_COMPARE(wizard->currentStep(), VerifyWizard::Step::Pin);
    auto *pinEdit = wizard->findChild<QLineEdit *>(u"pinEdit"_s);
    QVERIFY(pinEdit);
    QTRY_VERIFY(pinEdit->isVisible() && pinEdit->isEnabled());
    QTest::keyClicks(pinEdit, pin);
    QTest::keyClick(pinEdit, Qt::Key_Return); // Enter in the PIN field checks it
    QTRY_COMPARE(wizard->currentStep(), VerifyWizard::Step::Result);

    QPushButton *newButton = nullptr;
    for (auto *button : wizard->findChildren<QPushButton *>(u"newButton"_s)) {
        if (button->isVisible())
            newButton = button;
    }
    QVERIFY(newButton);
    newButton->setFocus();
    QTRY_VERIFY(newButton->hasFocus());
    QTest::keyClick(newButton, Qt::Key_Return);
    QTRY_COMPARE(wizard->currentStep(), VerifyWizard::Step::Number);
}

QTEST_MAIN(tst_InputGuard)
#include "tst_InputGuard.moc"
