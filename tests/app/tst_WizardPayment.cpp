// The wizard's payment confirmation (PSD2): offered only on a profile whose API has it (the
// vendor's), with payee and amount in place of the brand, the amount in the user's currency
// format, its own languages, and the whole flow against the in-process sandbox's vendor routes.

#include "AppHarness.h"
#include "SandboxControl.h"
#include "SecretSupport.h"
#include "verification/VerificationSession.h"
#include "verify/EuroAmount.h"
#include "verify/VerifyWizard.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

using Step = VerifyWizard::Step;

namespace {

const QString kTyped = u"0612345678"_s;
const QString kDigits = u"31612345678"_s;

} // namespace

class tst_WizardPayment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void euroAmounts_data();
    void euroAmounts();
    void notOfferedOnKpnProfiles();
    void offeredOnAVendorProfile();
    void amountInTheUsersCurrencyFormat();
    void badPayeeAndAmountAreStoppedAtTheirFields();
    void paymentConfirmedEndToEnd();
    void productionAsksNamingThePayment();

private:
    template<typename T> T *child(const QString &name)
    {
        const auto *steps = m_wizard->findChild<QStackedWidget *>(u"steps"_s);
        T *widget = steps && steps->currentWidget() ? steps->currentWidget()->findChild<T *>(name)
                                                    : nullptr;
        if (!widget)
            widget = m_wizard->findChild<T *>(name);
        if (!widget)
            qFatal("no such child widget");
        return widget;
    }
    QString text(const QString &labelName) { return child<QLabel>(labelName)->text(); }
    // A profile on the vendor's flavour, its API key and secret the sandbox's, saved and ready.
    Profile addVendorProfile(const QString &name, bool production = false);
    void choosePayment();
    void fillIn(const QString &payee, const QString &amount);
    void settle();

    std::unique_ptr<AppHarness> m_harness;
    std::unique_ptr<SandboxControl> m_control;
    std::unique_ptr<VerifyWizard> m_wizard;
};

void tst_WizardPayment::init()
{
    m_harness = std::make_unique<AppHarness>();
    m_control = std::make_unique<SandboxControl>(m_harness->sandbox().baseUrl());
    m_wizard = std::make_unique<VerifyWizard>(&m_harness->connections(), &m_harness->history());
    m_wizard->setProfile(m_harness->settings().activeProfile());
    m_wizard->resize(900, 700);
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
}

void tst_WizardPayment::cleanup()
{
    m_wizard.reset();
    m_control.reset();
    m_harness.reset();
}

Profile tst_WizardPayment::addVendorProfile(const QString &name, bool production)
{
    Profile profile = m_harness->sandboxBackedProfile(name);
    profile.flavour = ApiFlavour::VonageKey;
    profile.production = production;
    // The vendor's routes are at the server's root: /verify/json, /verify/psd2/json …
    profile.apiBaseUrl = m_harness->sandbox().baseUrl();
    QString error;
    if (!m_harness->settings().addProfile(profile, &error))
        qFatal("the profile cannot be added: %s", qPrintable(error));
    profile = *m_harness->settings().profileByName(name);
    if (!storeSecret(m_harness->secrets(), profile.id, u"sandbox-secret"_s))
        qFatal("the secret was not stored");
    ProfileConnection *connection = m_harness->connections().connection(profile.id);
    connection->apply();
    if (!QTest::qWaitFor(
            [connection] { return connection->state() == ProfileConnection::State::Ready; }, 5000))
        qFatal("the profile's connection did not get ready");
    return profile;
}

void tst_WizardPayment::choosePayment()
{
    auto *kind = child<QComboBox>(u"kindCombo"_s);
    QVERIFY(kind->isVisible());
    kind->setFocus();
    // The agent picks it from the list: the second entry.
    QTest::keyClick(kind, Qt::Key_Down);
    QCOMPARE(kind->currentText(), u"Payment confirmation (PSD2)"_s);
}

void tst_WizardPayment::fillIn(const QString &payee, const QString &amount)
{
    auto *number = child<QLineEdit>(u"numberEdit"_s);
    number->clear();
    QTest::keyClicks(number, kTyped);
    auto *payeeEdit = child<QLineEdit>(u"payeeEdit"_s);
    payeeEdit->clear();
    QTest::keyClicks(payeeEdit, payee);
    auto *amountEdit = child<QLineEdit>(u"amountEdit"_s);
    amountEdit->clear();
    QTest::keyClicks(amountEdit, amount);
}

void tst_WizardPayment::settle()
{
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_wizard->session()
            || (!m_wizard->session()->isBusy() && !m_wizard->session()->isRefreshing()),
        10'000);
}

void tst_WizardPayment::euroAmounts_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<qint64>("cents"); // -1: not an amount
    QTest::addColumn<QString>("shown");

    QTest::newRow("en 48.5") << u"en_US"_s << u"48.5"_s << qint64(4850) << u"€48.50"_s;
    QTest::newRow("en 1,234.50") << u"en_US"_s << u"1,234.50"_s << qint64(123450) << u"€1,234.50"_s;
    QTest::newRow("en 48,50") << u"en_US"_s << u"48,50"_s << qint64(-1) << QString();
    QTest::newRow("nl 48,50") << u"nl_NL"_s << u"48,50"_s << qint64(4850) << u"€\u00a048,50"_s;
    QTest::newRow("nl € 1.234,50")
        << u"nl_NL"_s << u"€ 1.234,50"_s << qint64(123450) << u"€\u00a01.234,50"_s;
    QTest::newRow("nl 48.5 with a point")
        << u"nl_NL"_s << u"48.5"_s << qint64(4850) << u"€\u00a048,50"_s;
    QTest::newRow("de 48,50 EUR") << u"de_DE"_s << u"48,50 EUR"_s << qint64(4850)
                                  << u"48,50\u00a0€"_s;
    QTest::newRow("three decimals") << u"en_US"_s << u"48.505"_s << qint64(-1) << QString();
    QTest::newRow("letters") << u"en_US"_s << u"forty"_s << qint64(-1) << QString();
    QTest::newRow("negative") << u"en_US"_s << u"-5"_s << qint64(-1) << QString();
    QTest::newRow("empty") << u"en_US"_s << QString() << qint64(-1) << QString();
}

void tst_WizardPayment::euroAmounts()
{
    QFETCH(QString, locale);
    QFETCH(QString, typed);
    QFETCH(qint64, cents);
    QFETCH(QString, shown);
    const QLocale l(locale);
    const std::optional<qint64> parsed = EuroAmount::parse(typed, l);
    QCOMPARE(parsed.value_or(-1), cents);
    if (parsed)
        QCOMPARE(EuroAmount::display(*parsed, l), shown);
}

void tst_WizardPayment::notOfferedOnKpnProfiles()
{
    // The built-in Sandbox in KPN's flavour, then a custom KPN profile: a verification only.
    for (int round = 0; round < 2; ++round) {
        if (round == 1)
            m_wizard->setProfile(m_harness->addSandboxBackedProfile(u"KPN desk"_s));
        QVERIFY(!child<QComboBox>(u"kindCombo"_s)->isVisible());
        QVERIFY(!child<QLabel>(u"kindLabel"_s)->isVisible());
        QVERIFY(!child<QLineEdit>(u"payeeEdit"_s)->isVisible());
        QVERIFY(!child<QLineEdit>(u"amountEdit"_s)->isVisible());
        QVERIFY(child<QLineEdit>(u"brandEdit"_s)->isVisible());
        QCOMPARE(text(u"stepLabel"_s), u"Step 1 of 3: number and brand"_s);
    }
}

void tst_WizardPayment::offeredOnAVendorProfile()
{
    const Profile kpn = m_harness->settings().activeProfile();
    m_wizard->setProfile(addVendorProfile(u"Vendor desk"_s));
    auto *kind = child<QComboBox>(u"kindCombo"_s);
    QVERIFY(kind->isVisible());
    QCOMPARE(kind->currentText(), u"Verification (the brand in the message)"_s);
    QVERIFY(child<QLineEdit>(u"brandEdit"_s)->isVisible());
    QVERIFY(!child<QLineEdit>(u"payeeEdit"_s)->isVisible());

    auto *language = child<QComboBox>(u"languageCombo"_s);
    language->setCurrentIndex(language->findData(u"nl-nl"_s));
    const int requestLanguages = language->count();
    choosePayment();
    QVERIFY(!child<QLineEdit>(u"brandEdit"_s)->isVisible());
    QVERIFY(child<QLineEdit>(u"payeeEdit"_s)->isVisible());
    QVERIFY(child<QLineEdit>(u"amountEdit"_s)->isVisible());
    QCOMPARE(text(u"stepLabel"_s), u"Step 1 of 3: number, payee and amount"_s);
    // Its own languages (the vendor's PSD2 list, with "Automatic"), and no sender id.
    QTest::mouseClick(child<QWidget>(u"optionsToggle"_s), Qt::LeftButton);
    QCOMPARE(language->count(), 22);
    QVERIFY(language->findData(u"ga-ie"_s) >= 0);
    QVERIFY(language->findData(u"ar-xa"_s) < 0);
    QCOMPARE(language->currentData().toString(), u"nl-nl"_s); // in both lists: kept
    QVERIFY(!child<QLineEdit>(u"senderIdEdit"_s)->isVisible());

    // Back on a KPN profile: a verification, with its languages and sender id.
    m_wizard->setProfile(kpn);
    QVERIFY(!kind->isVisible());
    QVERIFY(child<QLineEdit>(u"brandEdit"_s)->isVisible());
    QVERIFY(!child<QLineEdit>(u"payeeEdit"_s)->isVisible());
    QCOMPARE(language->count(), requestLanguages);
    QVERIFY(child<QLineEdit>(u"senderIdEdit"_s)->isVisible());
    QCOMPARE(text(u"stepLabel"_s), u"Step 1 of 3: number and brand"_s);
}

void tst_WizardPayment::amountInTheUsersCurrencyFormat()
{
    // A Dutch desk: the field reads and writes Dutch numbers, the amount is shown as Dutch money.
    m_wizard.reset();
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    m_wizard = std::make_unique<VerifyWizard>(&m_harness->connections(), &m_harness->history());
    QLocale::setDefault(before);
    m_wizard->setProfile(addVendorProfile(u"Vendor desk"_s));
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
    choosePayment();
    auto *amount = child<QLineEdit>(u"amountEdit"_s);
    QVERIFY(amount->placeholderText().contains(u"48,00"_s));
    QTest::keyClicks(amount, u"1234,5"_s);
    QCOMPARE(text(u"amountPreview"_s), u"€\u00a01.234,50"_s);
    // Moving on writes it back as Dutch money is written.
    amount->setFocus();
    child<QLineEdit>(u"payeeEdit"_s)->setFocus();
    QCOMPARE(amount->text(), u"1.234,50"_s);
    amount->clear();
    QTest::keyClicks(amount, u"12,345"_s);
    QCOMPARE(text(u"amountPreview"_s), u"not an amount"_s);
}

void tst_WizardPayment::badPayeeAndAmountAreStoppedAtTheirFields()
{
    m_wizard->setProfile(addVendorProfile(u"Vendor desk"_s));
    choosePayment();
    auto *send = child<QPushButton>(u"sendButton"_s);

    fillIn(QString(), u"48.50"_s);
    QTest::mouseClick(send, Qt::LeftButton);
    settle();
    QCOMPARE(m_wizard->currentStep(), Step::Number);
    QVERIFY(child<QLabel>(u"payeeError"_s)->isVisible());
    QVERIFY2(text(u"payeeError"_s).contains(u"payee must be 1 to 18 characters"_s),
             qPrintable(text(u"payeeError"_s)));
    QVERIFY(child<QLineEdit>(u"payeeEdit"_s)->hasFocus());

    fillIn(u"Acme Shop"_s, u"48.505"_s);
    QVERIFY(!child<QLabel>(u"payeeError"_s)->isVisible()); // typing clears what was said
    QTest::mouseClick(send, Qt::LeftButton);
    settle();
    QCOMPARE(m_wizard->currentStep(), Step::Number);
    QVERIFY2(text(u"amountError"_s).contains(u"is not an amount in euros"_s),
             qPrintable(text(u"amountError"_s)));
    QVERIFY(child<QLineEdit>(u"amountEdit"_s)->hasFocus());

    fillIn(u"Acme Shop"_s, QString());
    QTest::mouseClick(send, Qt::LeftButton);
    settle();
    QVERIFY2(text(u"amountError"_s).contains(u"more than 0"_s), qPrintable(text(u"amountError"_s)));
    // Nothing reached the phone.
    QCOMPARE(m_control->messages(kDigits).size(), 0);
}

void tst_WizardPayment::paymentConfirmedEndToEnd()
{
    m_wizard->setProfile(addVendorProfile(u"Vendor desk"_s));
    choosePayment();
    fillIn(u"Acme Shop"_s, u"48.5"_s);
    // In the desk's own currency format (here the test's locale).
    const QString amount = EuroAmount::display(4850);
    QCOMPARE(text(u"amountPreview"_s), amount);
    QTest::mouseClick(child<QPushButton>(u"sendButton"_s), Qt::LeftButton);
    settle();
    QCOMPARE(m_wizard->currentStep(), Step::Pin);
    QVERIFY2(text(u"numberLabel"_s).contains(u"payment of %1 to Acme Shop"_s.arg(amount)),
             qPrintable(text(u"numberLabel"_s)));

    // The phone's message names who is paid and how much.
    QTRY_COMPARE(m_control->messages(kDigits).size(), 1);
    const QJsonObject message = m_control->messages(kDigits).first().toObject();
    const QString said = message.value(u"text"_s).toString();
    QVERIFY2(said.contains(u"Acme Shop"_s) && said.contains(u"48.50"_s), qPrintable(said));
    QCOMPARE(message.value(u"request_id"_s).toString(), m_wizard->session()->requestId());

    auto *pin = child<QLineEdit>(u"pinEdit"_s);
    QTest::keyClicks(pin, message.value(u"code"_s).toString());
    QTest::keyClick(pin, Qt::Key_Return);
    settle();
    QCOMPARE(m_wizard->currentStep(), Step::Result);
    QCOMPARE(text(u"resultTitle"_s), u"Verified"_s);

    // History: the payee where the brand goes, payee and amount with the options, no PIN.
    const std::optional<HistoryRecord> stored =
        m_harness->history().findByRequestId(m_wizard->session()->requestId());
    QVERIFY(stored);
    QCOMPARE(stored->status, HistoryRecord::Status::Verified);
    QCOMPARE(stored->brand, u"Acme Shop"_s);
    QCOMPARE(stored->options.value(u"payee"_s).toString(), u"Acme Shop"_s);
    QCOMPARE(stored->options.value(u"amount"_s).toString(), u"48.50"_s);
    QVERIFY(!stored->options.contains(u"code"_s));
    QVERIFY(!stored->options.contains(u"sender_id"_s));
}

void tst_WizardPayment::productionAsksNamingThePayment()
{
    QStringList asked;
    m_wizard->setCostlyActionGuard([&asked](const Profile &, const QString &what) {
        asked.append(what);
        return false;
    });
    m_wizard->setProfile(addVendorProfile(u"Vendor live"_s, true));
    choosePayment();
    fillIn(u"Acme Shop"_s, u"48.5"_s);
    QTest::mouseClick(child<QPushButton>(u"sendButton"_s), Qt::LeftButton);
    settle();
    // The question names the number, the amount and the payee; refusing sends nothing.
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.first(),
             u"Send a PIN to +31 6 12345678 to confirm the payment of %1 to Acme Shop."_s.arg(
                 EuroAmount::display(4850)));
    QCOMPARE(m_wizard->currentStep(), Step::Number);
    QVERIFY(text(u"sendError"_s).contains(u"Not sent"_s));
    QCOMPARE(m_control->messages(kDigits).size(), 0);
}

QTEST_MAIN(tst_WizardPayment)
#include "tst_WizardPayment.moc"
