// The request options editor of the wizard and of Settings, driven as a user would: the profile's
// defaults in and out, what goes into a request, the note on the timers, errors at their field,
// and a mouse wheel that does not change a field the user did not choose.

#include "InputGuard.h"
#include "api/SpecLimits.h"
#include "api/VerifyRequest.h"
#include "verify/RequestOptionsEditor.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QWheelEvent>

#include <memory>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Profile::RequestDefaults)

class tst_RequestOptionsEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void defaultsRoundTrip_data();
    void defaultsRoundTrip();
    void brandAndCountryComeFromTheBase();
    void timersAreSentOnlyWhenTicked_data();
    void timersAreSentOnlyWhenTicked();
    void noteWarnsWhenPinExpiryIsNotAMultiple_data();
    void noteWarnsWhenPinExpiryIsNotAMultiple();
    void settingsAlwaysEditsTheTimers();
    void showFieldErrorFocusesTheField_data();
    void showFieldErrorFocusesTheField();
    void otherFieldsAreNotShown();
    void wheelChangesOnlyAFocusedField_data();
    void wheelChangesOnlyAFocusedField();
    void workflowChangedFollowsTheCombo();
    void hiddenRowsLeaveTheForm();
    void fieldsOfferWhatTheSpecAllows();

private:
    template<typename T> T *child(const QString &name) const
    {
        auto *widget = m_editor->findChild<T *>(name);
        if (!widget)
            qFatal("no child %s", qPrintable(name));
        return widget;
    }
    QString note() const { return child<QLabel>(u"timersNote"_s)->text(); }
    static void typeInto(QSpinBox *spin, int value)
    {
        spin->setFocus();
        spin->selectAll();
        QTest::keyClicks(spin, QString::number(value));
    }

    std::unique_ptr<RequestOptionsEditor> m_editor;
};

void tst_RequestOptionsEditor::init()
{
    InputGuard::install(); // the app's rule for the wheel, as main() installs it
    m_editor = std::make_unique<RequestOptionsEditor>();
    m_editor->resize(500, 400);
    m_editor->show();
    m_editor->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_editor.get()));
}

void tst_RequestOptionsEditor::cleanup()
{
    m_editor.reset();
}

void tst_RequestOptionsEditor::defaultsRoundTrip_data()
{
    QTest::addColumn<Profile::RequestDefaults>("defaults");
    QTest::addColumn<bool>("ticked");
    const Profile::RequestDefaults plain;
    QTest::newRow("the API's defaults") << plain << false;
    Profile::RequestDefaults all;
    all.codeLength = 6;
    all.language = u"nl-nl"_s;
    all.workflowId = 5;
    all.pinExpirySeconds = 600;
    all.nextEventWaitSeconds = 120;
    all.senderId = u"Acme"_s;
    QTest::newRow("every field set") << all << true;
    Profile::RequestDefaults waitOnly;
    waitOnly.workflowId = 7;
    waitOnly.nextEventWaitSeconds = 60;
    QTest::newRow("next event wait alone") << waitOnly << true;
    Profile::RequestDefaults expiryOnly;
    expiryOnly.language = u"de-de"_s;
    expiryOnly.pinExpirySeconds = 3600;
    QTest::newRow("PIN expiry alone") << expiryOnly << true;
}

void tst_RequestOptionsEditor::defaultsRoundTrip()
{
    QFETCH(Profile::RequestDefaults, defaults);
    QFETCH(bool, ticked);
    m_editor->setDefaults(defaults);
    QCOMPARE(m_editor->defaults(), defaults);
    QCOMPARE(m_editor->workflowId(), defaults.workflowId);
    QCOMPARE(child<QCheckBox>(u"customTimersCheck"_s)->isChecked(), ticked);
    QCOMPARE(child<QSpinBox>(u"pinExpirySpin"_s)->isEnabled(), ticked);
    QCOMPARE(child<QSpinBox>(u"nextEventWaitSpin"_s)->value(), defaults.nextEventWaitSeconds);
    QCOMPARE(child<QComboBox>(u"codeLengthCombo"_s)->currentText(),
             u"%1 digits"_s.arg(defaults.codeLength));
}

void tst_RequestOptionsEditor::brandAndCountryComeFromTheBase()
{
    Profile::RequestDefaults shown;
    shown.brand = u"Shown"_s;
    shown.country = u"BE"_s;
    shown.codeLength = 6;
    m_editor->setDefaults(shown);
    Profile::RequestDefaults base;
    base.brand = u"Acme"_s;
    base.country = u"NL"_s;
    base.codeLength = 4;
    const Profile::RequestDefaults out = m_editor->defaults(base);
    QCOMPARE(out.brand, u"Acme"_s);
    QCOMPARE(out.country, u"NL"_s);
    QCOMPARE(out.codeLength, 6);
}

void tst_RequestOptionsEditor::timersAreSentOnlyWhenTicked_data()
{
    QTest::addColumn<bool>("tick");
    QTest::newRow("ticked") << true;
    QTest::newRow("not ticked") << false;
}

void tst_RequestOptionsEditor::timersAreSentOnlyWhenTicked()
{
    QFETCH(bool, tick);
    auto *check = child<QCheckBox>(u"customTimersCheck"_s);
    QVERIFY(!check->isChecked());
    if (tick)
        QTest::mouseClick(check, Qt::LeftButton);
    QCOMPARE(check->isChecked(), tick);
    auto *expiry = child<QSpinBox>(u"pinExpirySpin"_s);
    auto *wait = child<QSpinBox>(u"nextEventWaitSpin"_s);
    expiry->setValue(900);
    wait->setValue(180);
    QTest::keyClicks(child<QLineEdit>(u"senderIdEdit"_s), u" Acme "_s);
    auto *workflow = child<QComboBox>(u"workflowCombo"_s);
    workflow->setCurrentIndex(workflow->findData(2));

    VerifyRequest request;
    request.number = u"31612345678"_s;
    request.pinExpiry = 60; // a previous request's: replaced or dropped
    request.nextEventWait = 60;
    m_editor->applyTo(&request);
    QCOMPARE(request.number, u"31612345678"_s);
    QCOMPARE(request.workflowId, std::optional(2));
    QCOMPARE(request.codeLength, std::optional(4));
    QCOMPARE(m_editor->senderId(), u"Acme"_s);
    QCOMPARE(request.pinExpiry, tick ? std::optional(900) : std::nullopt);
    QCOMPARE(request.nextEventWait, tick ? std::optional(180) : std::nullopt);
    // The spin boxes keep their values either way: they are the profile's defaults.
    QCOMPARE(m_editor->defaults().pinExpirySeconds, 900);
}

void tst_RequestOptionsEditor::noteWarnsWhenPinExpiryIsNotAMultiple_data()
{
    QTest::addColumn<int>("pinExpiry");
    QTest::addColumn<int>("nextEventWait");
    QTest::addColumn<bool>("warns");
    QTest::newRow("300 of 120") << 300 << 120 << true;
    QTest::newRow("900 of 200") << 900 << 200 << true;
    QTest::newRow("300 of 60") << 300 << 60 << false;
    QTest::newRow("600 of 300") << 600 << 300 << false;
    QTest::newRow("equal") << 120 << 120 << false;
}

void tst_RequestOptionsEditor::noteWarnsWhenPinExpiryIsNotAMultiple()
{
    QFETCH(int, pinExpiry);
    QFETCH(int, nextEventWait);
    QFETCH(bool, warns);
    QVERIFY(note().contains(u"own timings"_s));
    QVERIFY(note().contains(u"300 s"_s));
    QTest::mouseClick(child<QCheckBox>(u"customTimersCheck"_s), Qt::LeftButton);
    typeInto(child<QSpinBox>(u"pinExpirySpin"_s), pinExpiry);
    typeInto(child<QSpinBox>(u"nextEventWaitSpin"_s), nextEventWait);
    QCOMPARE(m_editor->defaults().pinExpirySeconds, pinExpiry);
    QCOMPARE(m_editor->defaults().nextEventWaitSeconds, nextEventWait);
    QCOMPARE(note().contains(u"not a multiple"_s), warns);
    // What the PIN's life will be, as the API decides it.
    const int effective = warns ? nextEventWait : pinExpiry;
    QVERIFY2(note().contains(warns ? u"expires after %1 s"_s.arg(effective)
                                   : u"stays valid %1 s"_s.arg(effective)),
             qPrintable(note()));
}

void tst_RequestOptionsEditor::settingsAlwaysEditsTheTimers()
{
    m_editor->setTimersOptional(false);
    auto *check = child<QCheckBox>(u"customTimersCheck"_s);
    QVERIFY(check->isHidden());
    m_editor->setDefaults(Profile::RequestDefaults {});
    QVERIFY(check->isChecked());
    QVERIFY(child<QSpinBox>(u"pinExpirySpin"_s)->isEnabled());
    QVERIFY2(note().contains(u"not sent"_s), qPrintable(note()));
    VerifyRequest request;
    m_editor->applyTo(&request);
    QCOMPARE(request.pinExpiry, std::optional(300));

    typeInto(child<QSpinBox>(u"nextEventWaitSpin"_s), 120);
    QVERIFY2(note().contains(u"not a multiple"_s), qPrintable(note()));

    // Back in the wizard's form, timers at the API's defaults are left unticked again.
    m_editor->setTimersOptional(true);
    m_editor->setDefaults(Profile::RequestDefaults {});
    QVERIFY(check->isVisible());
    QVERIFY(!check->isChecked());
}

void tst_RequestOptionsEditor::showFieldErrorFocusesTheField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("widget");
    QTest::newRow("code_length") << u"code_length"_s << u"codeLengthCombo"_s;
    QTest::newRow("lg") << u"lg"_s << u"languageCombo"_s;
    QTest::newRow("workflow_id") << u"workflow_id"_s << u"workflowCombo"_s;
    QTest::newRow("pin_expiry") << u"pin_expiry"_s << u"pinExpirySpin"_s;
    QTest::newRow("next_event_wait") << u"next_event_wait"_s << u"nextEventWaitSpin"_s;
    QTest::newRow("sender_id") << u"sender_id"_s << u"senderIdEdit"_s;
}

void tst_RequestOptionsEditor::showFieldErrorFocusesTheField()
{
    QFETCH(QString, field);
    QFETCH(QString, widget);
    auto *error = child<QLabel>(u"optionsError"_s);
    QVERIFY(!error->isVisible());
    // The focus starts elsewhere, so that only showFieldError() can have put it there.
    QWidget *other = field == u"sender_id" ? child<QWidget>(u"languageCombo"_s)
                                           : child<QWidget>(u"senderIdEdit"_s);
    other->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), other);

    QVERIFY(m_editor->showFieldError(field, u"Too long, say."_s));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(u"Too long, say."_s), qPrintable(error->text()));
    QCOMPARE(m_editor->widgetForField(field), child<QWidget>(widget));
    QTRY_COMPARE(QApplication::focusWidget(), child<QWidget>(widget));

    m_editor->clearFieldError();
    QVERIFY(!error->isVisible());
}

void tst_RequestOptionsEditor::otherFieldsAreNotShown()
{
    auto *edit = child<QLineEdit>(u"senderIdEdit"_s);
    edit->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), edit);
    for (const QString &field : {u"number"_s, u"brand"_s, u"country"_s, QString()}) {
        QVERIFY(!m_editor->showFieldError(field, u"Not here."_s));
        QCOMPARE(m_editor->widgetForField(field), nullptr);
    }
    QVERIFY(!child<QLabel>(u"optionsError"_s)->isVisible());
    QCOMPARE(QApplication::focusWidget(), edit);
}

void tst_RequestOptionsEditor::wheelChangesOnlyAFocusedField_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("PIN expiry") << u"pinExpirySpin"_s;
    QTest::newRow("next event wait") << u"nextEventWaitSpin"_s;
    QTest::newRow("code length") << u"codeLengthCombo"_s;
    QTest::newRow("language") << u"languageCombo"_s;
    QTest::newRow("workflow") << u"workflowCombo"_s;
}

void tst_RequestOptionsEditor::wheelChangesOnlyAFocusedField()
{
    QFETCH(QString, name);
    Profile::RequestDefaults middle; // every field with a neighbour either way
    middle.codeLength = 4;
    middle.language = u"en-us"_s;
    middle.workflowId = 4;
    middle.pinExpirySeconds = 600;
    middle.nextEventWaitSeconds = 300;
    m_editor->setDefaults(middle);
    QVERIFY(child<QCheckBox>(u"customTimersCheck"_s)->isChecked());
    const Profile::RequestDefaults before = m_editor->defaults();
    auto *field = child<QWidget>(name);
    QVERIFY(field->isEnabled());
    QCOMPARE(field->focusPolicy(), Qt::StrongFocus);
    child<QLineEdit>(u"senderIdEdit"_s)->setFocus();
    QTRY_VERIFY(child<QLineEdit>(u"senderIdEdit"_s)->hasFocus());

    // One notch down over the field, as a mouse wheel sends it.
    const auto turnWheel = [field] {
        const QPointF at(field->width() / 2.0, field->height() / 2.0);
        QWheelEvent wheel(at, field->mapToGlobal(at), QPoint(), QPoint(0, -120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(field, &wheel);
        return wheel.isAccepted();
    };
    const bool accepted = turnWheel();
    QCOMPARE(m_editor->defaults(), before);
    QVERIFY(!accepted); // ignored, for the page around it to scroll

    // Once the user has chosen the field, the wheel changes it.
    field->setFocus();
    QTRY_VERIFY(field->hasFocus());
    turnWheel();
    QVERIFY(!(m_editor->defaults() == before));
}

void tst_RequestOptionsEditor::workflowChangedFollowsTheCombo()
{
    QSignalSpy workflow(m_editor.get(), &RequestOptionsEditor::workflowChanged);
    QSignalSpy changed(m_editor.get(), &RequestOptionsEditor::changed);
    m_editor->setWorkflowId(7);
    QCOMPARE(workflow.size(), 1);
    QCOMPARE(workflow.first().first().toInt(), 7);
    QCOMPARE(child<QComboBox>(u"workflowCombo"_s)->currentData().toInt(), 7);
    QVERIFY(child<QComboBox>(u"workflowCombo"_s)->currentText().startsWith(u"7: "_s));
    QCOMPARE(changed.size(), 1);

    m_editor->setWorkflowId(99); // not a workflow: nothing changes
    QCOMPARE(m_editor->workflowId(), 7);
    QCOMPARE(workflow.size(), 1);

    // Defaults with another workflow announce it once, and one change in all.
    changed.clear();
    Profile::RequestDefaults defaults;
    defaults.workflowId = 3;
    defaults.codeLength = 6;
    m_editor->setDefaults(defaults);
    QCOMPARE(workflow.size(), 2);
    QCOMPARE(workflow.last().first().toInt(), 3);
    QCOMPARE(changed.size(), 1);
}

void tst_RequestOptionsEditor::fieldsOfferWhatTheSpecAllows()
{
    auto *pinExpiry = child<QSpinBox>(u"pinExpirySpin"_s);
    QCOMPARE(pinExpiry->minimum(), SpecLimits::kMinPinExpiry);
    QCOMPARE(pinExpiry->maximum(), SpecLimits::kMaxPinExpiry);
    auto *nextEventWait = child<QSpinBox>(u"nextEventWaitSpin"_s);
    QCOMPARE(nextEventWait->minimum(), SpecLimits::kMinNextEventWait);
    QCOMPARE(nextEventWait->maximum(), SpecLimits::kMaxNextEventWait);
    const auto values = [this](const QString &name) {
        auto *combo = child<QComboBox>(name);
        QList<int> list;
        for (int i = 0; i < combo->count(); ++i) {
            if (combo->itemData(i).isValid())
                list.append(combo->itemData(i).toInt());
        }
        return list;
    };
    QCOMPARE(values(u"codeLengthCombo"_s),
             QList<int>({SpecLimits::kShortCodeLength, SpecLimits::kLongCodeLength}));
    QList<int> workflows;
    for (int id = SpecLimits::kMinWorkflowId; id <= SpecLimits::kMaxWorkflowId; ++id)
        workflows.append(id);
    QCOMPARE(values(u"workflowCombo"_s), workflows);
}

QTEST_MAIN(tst_RequestOptionsEditor)
#include "tst_RequestOptionsEditor.moc"

// Qt 6.4's QFormLayout keeps laying out a row whose widgets are all hidden at the place it had
// when shown, writing past its row table once fewer rows are shown: a row the editor hides is
// taken out of the form, and comes back at its place.
void tst_RequestOptionsEditor::hiddenRowsLeaveTheForm()
{
    auto *form = m_editor->findChild<QFormLayout *>(u"optionsForm"_s);
    QVERIFY(form);
    auto *senderId = child<QLineEdit>(u"senderIdEdit"_s);
    auto *timers = child<QCheckBox>(u"customTimersCheck"_s);
    const auto rowOf = [form](QWidget *widget) {
        int row = -1;
        QFormLayout::ItemRole role = QFormLayout::FieldRole;
        form->getWidgetPosition(widget, &row, &role);
        return row;
    };
    const auto everyRowShows = [form] {
        for (int row = 0; row < form->rowCount(); ++row) {
            if (!form->isRowVisible(row))
                return false;
        }
        return true;
    };
    m_editor->setTimersOptional(true);
    QVERIFY(m_editor->showFieldError(u"sender_id"_s, u"Too long."_s));
    const int senderRow = rowOf(senderId);
    const int timersRow = rowOf(timers);
    QVERIFY(senderRow >= 0 && timersRow >= 0);
    QVERIFY(everyRowShows());

    m_editor->setPaymentConfirmation(true);
    m_editor->setTimersOptional(false);
    m_editor->clearFieldError();
    QTRY_VERIFY(!senderId->isVisible());
    QVERIFY(!timers->isVisible());
    QVERIFY(!child<QLabel>(u"optionsError"_s)->isVisible());
    QVERIFY(everyRowShows());
    QCOMPARE(rowOf(senderId), -1);
    QCOMPARE(rowOf(timers), -1);

    m_editor->setPaymentConfirmation(false);
    m_editor->setTimersOptional(true);
    QTRY_VERIFY(senderId->isVisible());
    QVERIFY(timers->isVisible());
    QCOMPARE(rowOf(senderId), senderRow);
    QCOMPARE(rowOf(timers), timersRow);
    QCOMPARE(form->labelForField(senderId), child<QLabel>(u"senderIdLabel"_s));
    QVERIFY(everyRowShows());
}
