// The Sandbox phone as the customer's phone shows it: every SMS and call its own bubble, newest on
// top, with its channel, time and text; read out as that text; legible in the light and the dark
// theme.

#include "AppHarness.h"
#include "Appearance.h"
#include "SandboxPhone.h"
#include "TimeText.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QImage>
#include <QPushButton>
#include <QTest>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

SandboxPhone::Message sms(const QDateTime &at)
{
    return {at,
            u"req-sms"_s,
            u"31612345678"_s,
            u"sms"_s,
            u"Uw Verify Desk code is: 3016. Geldig voor 5 minuten."_s,
            u"verify"_s};
}

SandboxPhone::Message call(const QDateTime &at)
{
    return {at,
            u"req-call"_s,
            u"31612345678"_s,
            u"tts"_s,
            u"Dit is VerifyDesk. Uw code is 3 0 1 6. Ik herhaal: 3 0 1 6."_s,
            {}};
}

} // namespace

class tst_SandboxPhone : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void eachMessageIsABubble_data();
    void eachMessageIsABubble();
    void aBubbleSaysChannelTimeAndText();
    void theTimeOfArrivalHasSeconds();
    void clearEmptiesThePhone();

private:
    QAbstractItemView *view() const
    {
        return m_phone->findChild<QAbstractItemView *>(u"messages"_s);
    }

    std::unique_ptr<SandboxPhone> m_phone;
    QLocale m_locale;
};

void tst_SandboxPhone::init()
{
    m_locale = QLocale();
    m_phone = std::make_unique<SandboxPhone>();
    m_phone->resize(m_phone->sizeHint().width(), 500);
    m_phone->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_phone.get()));
}

void tst_SandboxPhone::cleanup()
{
    m_phone.reset();
    QLocale::setDefault(m_locale);
    Appearance::apply(Settings::Theme::System);
}

void tst_SandboxPhone::eachMessageIsABubble_data()
{
    QTest::addColumn<Settings::Theme>("theme");
    QTest::newRow("light") << Settings::Theme::Light;
    QTest::newRow("dark") << Settings::Theme::Dark;
}

void tst_SandboxPhone::eachMessageIsABubble()
{
    QFETCH(Settings::Theme, theme);
    Appearance::apply(theme);
    const QDateTime first(QDate(2026, 12, 2), QTime(6, 35, 9));
    m_phone->showMessage(sms(first));
    m_phone->showMessage(call(first.addSecs(125)));
    QCOMPARE(m_phone->messageCount(), 2);

    // Newest on top, each apart from the other.
    QAbstractItemView *list = view();
    QVERIFY(list);
    QCOMPARE(list->model()->rowCount(), 2);
    QVERIFY(m_phone->messageText(0).startsWith(u"Call to +31612345678"_s));
    QVERIFY(m_phone->messageText(1).startsWith(u"SMS to +31612345678"_s));
    const QRect top = list->visualRect(list->model()->index(0, 0));
    const QRect below = list->visualRect(list->model()->index(1, 0));
    QVERIFY2(below.top() - top.bottom() > 3,
             qPrintable(u"%1 px between the bubbles"_s.arg(below.top() - top.bottom() - 1)));
    // The whole message shows, word-wrapped within the panel: nothing wider than the list.
    QVERIFY(top.height() > 3 * list->fontMetrics().height());
    QVERIFY(top.right() <= list->viewport()->width());

    // Drawn as bubbles: filled, with rounded corners, on the list's own background.
    const QImage shot = list->viewport()->grab().toImage();
    const QColor between = shot.pixelColor(top.center().x(), (top.bottom() + below.top()) / 2);
    const QColor fill = shot.pixelColor(below.left() + 4, below.center().y());
    const QColor corner = shot.pixelColor(below.topLeft());
    QVERIFY2(between != fill, qPrintable(fill.name()));
    QVERIFY2(corner != fill, qPrintable(u"corner %1, fill %2"_s.arg(corner.name(), fill.name())));
    // The text reads on the bubble in either theme.
    const QColor text = list->palette().color(QPalette::Text);
    QVERIFY2(contrastRatio(text, fill) >= 4.5,
             qPrintable(u"%1 on %2"_s.arg(text.name(), fill.name())));

    // A screen reader reads each bubble as its text.
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(list);
    QVERIFY(accessible);
    QCOMPARE(accessible->childCount(), 2);
    for (int row = 0; row < 2; ++row)
        QCOMPARE(accessible->child(row)->text(QAccessible::Name), m_phone->messageText(row));
}

void tst_SandboxPhone::aBubbleSaysChannelTimeAndText()
{
    QLocale::setDefault(QLocale(u"en_US"_s));
    const QDateTime at(QDate(2026, 12, 2), QTime(18, 5, 9));
    m_phone->showMessage(sms(at));
    const QString shown = m_phone->messageText(0);
    QVERIFY2(shown.contains(u"6:05:09 PM"_s), qPrintable(shown));
    QVERIFY(shown.contains(u"From: verify"_s));
    QVERIFY(shown.contains(u"Uw Verify Desk code is: 3016"_s));
    QCOMPARE(view()->model()->index(0, 0).data(Qt::ToolTipRole).toString(), u"Request req-sms"_s);

    m_phone->showMessage(call(at));
    QVERIFY(m_phone->messageText(0).startsWith(u"Call to +31612345678 at 6:05:09 PM"_s));
    QVERIFY(m_phone->messageText(0).contains(u"Call: Dit is VerifyDesk"_s));
}

void tst_SandboxPhone::theTimeOfArrivalHasSeconds()
{
    // What the sandbox delivers arrives now.
    for (const QString &name : {u"en_US"_s, u"nl_NL"_s}) {
        QLocale::setDefault(QLocale(name));
        const QDateTime before = QDateTime::currentDateTime();
        m_phone->addMessage(u"req"_s, u"31612345678"_s, u"sms"_s, u"Code 1234"_s, u"1234"_s,
                            u"verify"_s);
        const QDateTime after = QDateTime::currentDateTime();
        const QString shown = m_phone->messageText(0);
        QVERIFY2(shown.contains(TimeText::timeOfDay(before))
                     || shown.contains(TimeText::timeOfDay(after)),
                 qPrintable(shown));
    }
}

void tst_SandboxPhone::clearEmptiesThePhone()
{
    m_phone->showMessage(sms(QDateTime::currentDateTime()));
    auto *clear = m_phone->findChild<QPushButton *>(u"clearButton"_s);
    QVERIFY(clear->isEnabled());
    QTest::mouseClick(clear, Qt::LeftButton);
    QCOMPARE(m_phone->messageCount(), 0);
    QCOMPARE(view()->model()->rowCount(), 0);
    QVERIFY(!clear->isEnabled());
}

QTEST_MAIN(tst_SandboxPhone)
#include "tst_SandboxPhone.moc"
