#include "Appearance.h"
#include "FormRows.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTest>

using namespace Qt::StringLiterals;

// Rows of a QFormLayout shown and hidden as the wizard does. Qt 6.4 skips a row whose widgets are
// all hidden but keeps the index it had when shown, and setGeometry()/heightForWidth() write it
// into a table sized for the rows shown (valgrind: "Invalid write ... in QFormLayout::setGeometry"
// once the form's size hint was asked with more rows shown than it was last laid out with).
class tst_FormRows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hiddenMessagesLeaveTheForm();
    void labelledRowsComeBackInPlace();
};

namespace {

bool everyRowShows(const QFormLayout *form)
{
    for (int row = 0; row < form->rowCount(); ++row) {
        if (!form->isRowVisible(row))
            return false;
    }
    return true;
}

int rowOf(const QFormLayout *form, QWidget *widget)
{
    int row = -1;
    QFormLayout::ItemRole role = QFormLayout::FieldRole;
    form->getWidgetPosition(widget, &row, &role);
    return row;
}

} // namespace

// Messages under a field, each a row on its own, as Appearance::setMessage() shows and clears
// them: the sequence that wrote past the row table before.
void tst_FormRows::hiddenMessagesLeaveTheForm()
{
    QWidget window;
    auto *form = new QFormLayout(&window);
    auto *edit = new QLineEdit(&window);
    form->addRow(u"Number:"_s, edit);
    QList<QLabel *> messages;
    for (int i = 0; i < 30; ++i) {
        auto *label = new QLabel(&window);
        label->setWordWrap(true);
        form->addRow(static_cast<QWidget *>(nullptr), label);
        messages.append(label);
        Appearance::setMessage(label, {});
    }
    window.resize(300, 400);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    window.hide();
    for (QLabel *label : std::as_const(messages))
        Appearance::setMessage(label, u"A message long enough to wrap in the form."_s);
    QVERIFY(form->sizeHint().height() > 0);
    for (QLabel *label : std::as_const(messages))
        Appearance::setMessage(label, {});
    Appearance::setMessage(messages.first(), u"Shown again."_s);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(form->heightForWidth(250) > 0);

    QVERIFY(everyRowShows(form));
    QCOMPARE(form->rowCount(), 2);
    QVERIFY(messages.first()->isVisible());
    QVERIFY(!messages.at(1)->isVisible());

    // Back in the order they were made.
    for (QLabel *label : std::as_const(messages))
        Appearance::setMessage(label, u"Again."_s);
    QCOMPARE(form->rowCount(), 31);
    for (int i = 0; i < messages.size(); ++i)
        QCOMPARE(rowOf(form, messages.at(i)), i + 1);
    QVERIFY(everyRowShows(form));
}

// A row with a label and a field goes and comes back with its label, at its place.
void tst_FormRows::labelledRowsComeBackInPlace()
{
    QWidget window;
    auto *form = new QFormLayout(&window);
    QList<QLineEdit *> edits;
    for (int i = 0; i < 4; ++i) {
        edits.append(new QLineEdit(&window));
        form->addRow(u"Field %1:"_s.arg(i), edits.last());
    }
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QWidget *label = form->labelForField(edits.at(2));

    FormRows::setRowShown(form, edits.at(1), false);
    FormRows::setRowShown(form, edits.at(2), false);
    QVERIFY(everyRowShows(form));
    QCOMPARE(form->rowCount(), 2);
    QVERIFY(!label->isVisible());
    QVERIFY(!edits.at(2)->isVisible());

    FormRows::setRowShown(form, edits.at(2), true);
    QCOMPARE(rowOf(form, edits.at(2)), 1);
    FormRows::setRowShown(form, edits.at(1), true);
    for (int i = 0; i < edits.size(); ++i)
        QCOMPARE(rowOf(form, edits.at(i)), i);
    QCOMPARE(form->labelForField(edits.at(2)), label);
    QTRY_VERIFY(label->isVisible() && edits.at(2)->isVisible());
    QVERIFY(everyRowShows(form));
}

QTEST_MAIN(tst_FormRows)
#include "tst_FormRows.moc"
