#include "phone/PhoneEngine.h"
#include "phone/PhoneNumber.h"
#include "phone/PhoneNumberFormatter.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Without its phone-number module the program goes on: every number is refused with a sentence
// that says why (shown next to the number field, printed by --check-number), and typing still
// works. A process of its own: the module is looked for once per process.
class tst_PhoneModuleMissing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyNumberSaysTheModuleIsMissing();
    void typingStillWorks();
};

void tst_PhoneModuleMissing::initTestCase()
{
    phone::setModuleCandidatesForTesting({u"/nonexistent/libverifydesk_phonenumber.so"_s});
}

void tst_PhoneModuleMissing::everyNumberSaysTheModuleIsMissing()
{
    QTest::ignoreMessage(QtCriticalMsg,
                         "cannot load the phone-number module; looked for: "
                         "/nonexistent/libverifydesk_phonenumber.so");
    const PhoneNumber number = PhoneNumber::parse(u"06 12345678"_s);
    QVERIFY(!number.isValid());
    QCOMPARE(number.error(), PhoneNumber::Error::ModuleMissing);
    QVERIFY(number.e164().isEmpty());
    QVERIFY2(number.errorText().contains(u"Reinstall Verify Desk"_s),
             qPrintable(number.errorText()));
    QCOMPARE(PhoneNumber::parse(u"+32470123456"_s).error(), PhoneNumber::Error::ModuleMissing);
    // Empty is still told apart: it needs no module.
    QCOMPARE(PhoneNumber::parse(QString()).error(), PhoneNumber::Error::Empty);
    QCOMPARE(PhoneNumber::regionDialling(u"NL"_s).countryCallingCode, 0);
}

void tst_PhoneModuleMissing::typingStillWorks()
{
    PhoneNumberFormatter formatter;
    int cursor = 4; // at the end
    QCOMPARE(formatter.format(u"0612"_s, &cursor), u"0612"_s);
    QCOMPARE(cursor, 4);
}

QTEST_GUILESS_MAIN(tst_PhoneModuleMissing)
#include "tst_PhoneModuleMissing.moc"
