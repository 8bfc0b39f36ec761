// The PIN step's and the result's timeline: every message of the workflow in order with its time
// and state, the next one's countdown in its row, the request's end, and what a screen reader
// hears for each row; against the in-process sandbox, whose clock and the session's DrivenClock
// are moved on together.

#include "AppHarness.h"
#include "Appearance.h"
#include "SandboxControl.h"
#include "TimeText.h"
#include "WizardRig.h"
#include "verification/DrivenClock.h"
#include "verification/VerificationSession.h"
#include "verify/Timeline.h"
#include "verify/VerifyWizard.h"

#include <QAccessible>
#include <QComboBox>
#include <QDateTime>
#include <QImage>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

using Step = VerifyWizard::Step;
using State = Timeline::State;

namespace {

const QString kTyped = u"0612345678"_s;
const QString kDigits = u"31612345678"_s;

} // namespace

class tst_Timeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void aRunFromSmsToCallsToTheEnd();
    void theNextRowCountsDown();
    void aTriggeredCallIsSaidSo();
    void cancelledShowsWhatWasNotSent();
    void failedAfterThreeWrongCodes();
    void expiredAtTheEnd();
    void eachRowIsOneSentenceForAScreenReader();
    void paintsInLightAndDark();

private:
    // The timeline of the step on screen.
    Timeline *timeline() const;
    QList<State> states() const;
    QString at(qint64 offsetSeconds) const
    {
        return TimeText::timeOfDay(m_rig->wizard.session()->requestedAtMs() + offsetSeconds * 1000);
    }
    void settle();
    void advance(int seconds);
    void send(int workflow = 1);
    void typePin(const QString &code);
    QString rightCode() { return m_rig->rightCode(kDigits); }
    QString wrongCode() { return m_rig->wrongCode(kDigits); }

    std::unique_ptr<WizardRig> m_rig;
};

void tst_Timeline::init()
{
    m_rig = std::make_unique<WizardRig>();
    QVERIFY(m_rig->show());
}

void tst_Timeline::cleanup()
{
    m_rig.reset();
}

Timeline *tst_Timeline::timeline() const
{
    const auto *steps = m_rig->wizard.findChild<QStackedWidget *>(u"steps"_s);
    Timeline *found =
        steps && steps->currentWidget() ? steps->currentWidget()->findChild<Timeline *>() : nullptr;
    if (!found)
        qFatal("no timeline on screen");
    return found;
}

QList<State> tst_Timeline::states() const
{
    QList<State> result;
    for (int row = 0; row < timeline()->count(); ++row)
        result.append(timeline()->state(row));
    return result;
}

void tst_Timeline::settle()
{
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_rig->wizard.session()
            || (!m_rig->wizard.session()->isBusy() && !m_rig->wizard.session()->isRefreshing()),
        10'000);
}

void tst_Timeline::advance(int seconds)
{
    QVERIFY(m_rig->control.advance(seconds));
    m_rig->clock.advance(qint64(seconds) * 1000);
    settle();
}

void tst_Timeline::send(int workflow)
{
    auto *combo = m_rig->wizard.findChild<QComboBox *>(u"workflowCombo"_s);
    QVERIFY(combo);
    combo->setCurrentIndex(combo->findData(workflow));
    auto *number = m_rig->wizard.findChild<QLineEdit *>(u"numberEdit"_s);
    QTest::keyClicks(number, kTyped);
    QTest::keyClick(number, Qt::Key_Return, Qt::ControlModifier);
    settle();
    QCOMPARE(m_rig->wizard.currentStep(), Step::Pin);
}

void tst_Timeline::typePin(const QString &code)
{
    const auto *steps = m_rig->wizard.findChild<QStackedWidget *>(u"steps"_s);
    auto *pin = steps->currentWidget()->findChild<QLineEdit *>(u"pinEdit"_s);
    QVERIFY(pin);
    QTest::keyClicks(pin, code);
    QTest::keyClick(pin, Qt::Key_Return);
    settle();
}

// Workflow 1: an SMS at 0, a call at 125 s, a call with a new PIN at 305 s, the end at 605 s.
void tst_Timeline::aRunFromSmsToCallsToTheEnd()
{
    send();
    QCOMPARE(states(), (QList<State> {State::Sent, State::Next, State::Planned, State::Ends}));
    Timeline *t = timeline();
    QCOMPARE(t->spokenText(0), u"SMS sent at about %1"_s.arg(at(0)));
    QCOMPARE(t->spokenText(1), u"Voice call expected at about %1, in 2:05"_s.arg(at(125)));
    QCOMPARE(t->spokenText(2), u"Voice call planned for about %1, with a new PIN"_s.arg(at(305)));
    QCOMPARE(t->spokenText(3), u"Request ends at about %1, the code expires then"_s.arg(at(605)));
    // What the rows show: the channel, the time (approximate when planned) and the state.
    QCOMPARE(t->item(0)->data(Timeline::TitleRole).toString(), u"SMS"_s);
    QCOMPARE(t->item(0)->data(Timeline::TimeRole).toString(), at(0));
    QCOMPARE(t->item(0)->data(Timeline::DetailRole).toString(), u"Sent"_s);
    QCOMPARE(t->item(1)->data(Timeline::TitleRole).toString(), u"Voice call"_s);
    QCOMPARE(t->item(1)->data(Timeline::TimeRole).toString(), u"~"_s + at(125));
    QCOMPARE(t->item(1)->data(Timeline::DetailRole).toString(), u"Expected in ~2:05"_s);
    QCOMPARE(t->item(2)->data(Timeline::DetailRole).toString(), u"Planned, with a new PIN"_s);
    QCOMPARE(t->item(3)->data(Timeline::TitleRole).toString(), u"Request ends"_s);

    advance(125);
    QTRY_COMPARE(states(), (QList<State> {State::Sent, State::Sent, State::Next, State::Ends}));
    QCOMPARE(timeline()->spokenText(1), u"Voice call sent at about %1"_s.arg(at(125)));
    QCOMPARE(timeline()->spokenText(2),
             u"Voice call expected at about %1, in 3:00, with a new PIN"_s.arg(at(305)));

    advance(180);
    QTRY_COMPARE(states(), (QList<State> {State::Sent, State::Sent, State::Sent, State::Ends}));
    QCOMPARE(timeline()->spokenText(2),
             u"Voice call sent at about %1, with a new PIN"_s.arg(at(305)));
    // No message is left: the end counts down in its row.
    QCOMPARE(timeline()->spokenText(3),
             u"Request ends at about %1, the code expires in 5:00"_s.arg(at(605)));
    QCOMPARE(timeline()->item(3)->data(Timeline::DetailRole).toString(),
             u"The code expires in ~5:00"_s);
}

void tst_Timeline::theNextRowCountsDown()
{
    send();
    Timeline *t = timeline();
    QCOMPARE(t->item(1)->data(Timeline::DetailRole).toString(), u"Expected in ~2:05"_s);
    advance(10);
    QCOMPARE(t->item(1)->data(Timeline::DetailRole).toString(), u"Expected in ~1:55"_s);
    QVERIFY(t->spokenText(1).endsWith(u", in 1:55"_s));
    // One second of the clock, one second less on the row, without a message in between.
    m_rig->clock.advance(1000);
    QCOMPARE(t->item(1)->data(Timeline::DetailRole).toString(), u"Expected in ~1:54"_s);
    // The row a user is on stays the same row while it counts.
    t->setCurrentRow(1);
    m_rig->clock.advance(1000);
    QCOMPARE(t->currentRow(), 1);
    QCOMPARE(t->count(), 4);
}

void tst_Timeline::aTriggeredCallIsSaidSo()
{
    send();
    const auto *steps = m_rig->wizard.findChild<QStackedWidget *>(u"steps"_s);
    auto *next = steps->currentWidget()->findChild<QPushButton *>(u"nextEventButton"_s);
    QVERIFY(next && next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    settle();
    QTRY_COMPARE(timeline()->state(1), State::Sent);
    QCOMPARE(timeline()->spokenText(1), u"Voice call sent at %1 (asked for)"_s.arg(at(0)));
    QCOMPARE(timeline()->item(1)->data(Timeline::DetailRole).toString(), u"Sent when asked for"_s);
}

void tst_Timeline::cancelledShowsWhatWasNotSent()
{
    send();
    advance(31);
    const auto *steps = m_rig->wizard.findChild<QStackedWidget *>(u"steps"_s);
    auto *cancel = steps->currentWidget()->findChild<QPushButton *>(u"cancelButton"_s);
    QVERIFY(cancel && cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    settle();
    QTRY_COMPARE(m_rig->wizard.currentStep(), Step::Result);
    QCOMPARE(states(),
             (QList<State> {State::Sent, State::NotSent, State::NotSent, State::Cancelled}));
    QCOMPARE(timeline()->spokenText(1), u"Voice call not sent"_s);
    QCOMPARE(timeline()->spokenText(3), u"Cancelled at %1: The code no longer works"_s.arg(at(31)));
}

void tst_Timeline::failedAfterThreeWrongCodes()
{
    send();
    for (int i = 0; i < 3; ++i)
        typePin(wrongCode());
    QTRY_COMPARE(m_rig->wizard.currentStep(), Step::Result);
    QCOMPARE(states(), (QList<State> {State::Sent, State::NotSent, State::NotSent, State::Failed}));
    QVERIFY2(timeline()->spokenText(3).startsWith(u"Failed"_s),
             qPrintable(timeline()->spokenText(3)));
    QVERIFY(timeline()->spokenText(3).endsWith(u"Three wrong codes for one PIN"_s));
}

void tst_Timeline::expiredAtTheEnd()
{
    send(6); // SMS only: the request ends 300 s after it
    QCOMPARE(states(), (QList<State> {State::Sent, State::Ends}));
    QCOMPARE(timeline()->spokenText(1),
             u"Request ends at about %1, the code expires in 5:00"_s.arg(at(300)));
    advance(150);
    QCOMPARE(timeline()->spokenText(1),
             u"Request ends at about %1, the code expires in 2:30"_s.arg(at(300)));
    advance(151);
    QTRY_COMPARE(m_rig->wizard.currentStep(), Step::Result);
    QCOMPARE(states(), (QList<State> {State::Sent, State::Expired}));
    QVERIFY2(timeline()->spokenText(1).startsWith(u"Expired"_s),
             qPrintable(timeline()->spokenText(1)));
}

void tst_Timeline::eachRowIsOneSentenceForAScreenReader()
{
    send();
    Timeline *t = timeline();
    QAccessibleInterface *list = QAccessible::queryAccessibleInterface(t);
    QVERIFY(list);
    QCOMPARE(list->text(QAccessible::Name), u"Messages sent and expected"_s);
    QStringList heard;
    for (int i = 0; i < list->childCount(); ++i) {
        if (QAccessibleInterface *child = list->child(i);
            child && child->role() == QAccessible::ListItem)
            heard.append(child->text(QAccessible::Name));
    }
    QStringList expected;
    for (int row = 0; row < t->count(); ++row)
        expected.append(t->spokenText(row));
    QCOMPARE(heard, expected);
    QVERIFY(heard.at(0).startsWith(u"SMS sent at"_s));
    QVERIFY(heard.at(1).startsWith(u"Voice call expected at about"_s));
}

void tst_Timeline::paintsInLightAndDark()
{
    send();
    for (const bool dark : {false, true}) {
        Appearance::apply(dark ? Settings::Theme::Dark : Settings::Theme::Light);
        const QImage image = timeline()->viewport()->grab().toImage();
        QVERIFY(!image.isNull());
        // Something besides the background is drawn in each row (node, icon, text).
        const QColor base =
            timeline()->viewport()->palette().color(timeline()->viewport()->backgroundRole());
        for (int row = 0; row < timeline()->count(); ++row) {
            const QRect rect = timeline()->visualItemRect(timeline()->item(row));
            int drawn = 0;
            for (int x = rect.left(); x <= rect.right(); x += 2)
                for (int y = rect.top(); y <= rect.bottom(); y += 2)
                    drawn += image.pixelColor(x, y) != base;
            QVERIFY2(drawn > 20, qPrintable(u"row %1: %2"_s.arg(row).arg(drawn)));
        }
    }
    Appearance::apply(Settings::Theme::Light);
}

QTEST_MAIN(tst_Timeline)
#include "tst_Timeline.moc"
