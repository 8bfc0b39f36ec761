// Help -> About, read as a user would: the version, the Qt versions, the licences (the icon set's
// text one click away) and the places where settings, history and secrets are kept, each one
// selectable and copyable.

#include "about/AboutDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

class tst_AboutDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsTheVersions();
    void listsTheLibrariesAndLicences();
    void namesTheIconSetAndShowsItsLicence();
    void showsWhereDataIsKept_data();
    void showsWhereDataIsKept();
    void pathsCanBeCopied();
    void closes();

private:
    static AboutDialog::StorageLocations locations();
    template<typename T> static T *child(const QWidget &parent, const char *name)
    {
        T *widget = parent.findChild<T *>(QLatin1StringView(name));
        if (!widget)
            qFatal("no child named %s", name);
        return widget;
    }
};

AboutDialog::StorageLocations tst_AboutDialog::locations()
{
    AboutDialog::StorageLocations where;
    where.settingsFile = u"/home/anna/.config/verifydesk/Verify Desk/verifydesk.ini"_s;
    where.historyFile = u"/home/anna/.local/share/verifydesk/Verify Desk/history.sqlite"_s;
    where.keychainService = u"Verify Desk"_s;
    where.secretsFallbackFile = u"/home/anna/.config/verifydesk/Verify Desk/client-secrets.json"_s;
    return where;
}

void tst_AboutDialog::initTestCase()
{
    QCoreApplication::setApplicationVersion(u"0.1.0"_s);
}

void tst_AboutDialog::showsTheVersions()
{
    AboutDialog dialog(locations());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    QCOMPARE(dialog.windowTitle(), u"About Verify Desk"_s);
    QCOMPARE(child<QLabel>(dialog, "titleLabel")->text(), u"Verify Desk 0.1.0"_s);
    const QString qt = child<QLabel>(dialog, "qtVersionLabel")->text();
    QCOMPARE(qt,
             u"Running on Qt %1, built with Qt %2."_s.arg(QString::fromLatin1(qVersion()),
                                                          QStringLiteral(QT_VERSION_STR)));
    QVERIFY(child<QLabel>(dialog, "summaryLabel")->text().contains(u"Nexmo Verify API"_s));
}

void tst_AboutDialog::listsTheLibrariesAndLicences()
{
    AboutDialog dialog(locations());
    dialog.show();
    auto *view = child<QTreeWidget>(dialog, "librariesView");
    QVERIFY(view->isVisible());

    QHash<QString, QString> shown;
    for (int i = 0; i < view->topLevelItemCount(); ++i)
        shown.insert(view->topLevelItem(i)->text(0), view->topLevelItem(i)->text(1));
    const QHash<QString, QString> expected {
        {u"Qt"_s, u"LGPL-3.0-only"_s},
        {u"QtKeychain"_s, u"BSD-3-Clause"_s},
        {u"libphonenumber"_s, u"Apache-2.0"_s},
        {u"SQLite"_s, u"Public domain"_s},
        {u"Protocol Buffers"_s, u"BSD-3-Clause"_s},
    };
    QCOMPARE(shown, expected);
    QCOMPARE(view->headerItem()->text(0), u"Library"_s);
    QCOMPARE(view->headerItem()->text(1), u"Licence"_s);
}

void tst_AboutDialog::namesTheIconSetAndShowsItsLicence()
{
    AboutDialog dialog(locations());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QCOMPARE(child<QLabel>(dialog, "iconsLabel")->text(),
             u"Icons: Lucide (ISC licence; those taken from Feather: MIT licence)"_s);
    auto *button = child<QPushButton>(dialog, "iconLicenceButton");
    QVERIFY(button->isVisible());
    QCOMPARE(button->text(), u"Icon &licence…"_s);

    // Alt+L shows the licence as shipped with the icons, in a window over the About box.
    QTest::keyClick(&dialog, Qt::Key_L, Qt::AltModifier);
    QDialog *licence = nullptr;
    QTRY_VERIFY((licence = dialog.findChild<QDialog *>(u"iconLicenceDialog"_s))
                && licence->isVisible());
    QCOMPARE(licence->windowTitle(), u"Icon licence"_s);
    auto *text = licence->findChild<QPlainTextEdit *>(u"licenceText"_s);
    QVERIFY(text && text->isReadOnly());
    const QString shown = text->toPlainText();
    QVERIFY(shown.contains(u"Lucide"_s));
    QVERIFY(shown.contains(u"ISC License"_s));
    QVERIFY(shown.contains(u"Permission to use, copy, modify, and/or distribute this software"_s));
    QVERIFY(shown.contains(u"The MIT License"_s));

    // Escape closes it, and the About box stays.
    QTest::keyClick(licence, Qt::Key_Escape);
    QTRY_VERIFY(!dialog.findChild<QDialog *>(u"iconLicenceDialog"_s));
    QVERIFY(dialog.isVisible());
}

void tst_AboutDialog::showsWhereDataIsKept_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QString>("expected");

    const AboutDialog::StorageLocations where = locations();
    QTest::newRow("settings") << u"settingsPath"_s << u"&Settings:"_s << where.settingsFile;
    QTest::newRow("history") << u"historyPath"_s << u"&History:"_s << where.historyFile;
    QTest::newRow("keychain") << u"keychainService"_s << u"Secrets in the &keychain, service:"_s
                              << u"Verify Desk"_s;
    QTest::newRow("secrets file") << u"secretsFilePath"_s << u"Secrets &file, without a keychain:"_s
                                  << where.secretsFallbackFile;
}

void tst_AboutDialog::showsWhereDataIsKept()
{
    QFETCH(QString, field);
    QFETCH(QString, label);
    QFETCH(QString, expected);

    AboutDialog dialog(locations());
    dialog.show();
    auto *edit = dialog.findChild<QLineEdit *>(field);
    QVERIFY(edit);
    QVERIFY(edit->isVisible());
    QCOMPARE(edit->text(), expected);
    QVERIFY(edit->isReadOnly());

    // The label names the field and its mnemonic reaches it.
    QLabel *buddyLabel = nullptr;
    for (QLabel *l : dialog.findChildren<QLabel *>()) {
        if (l->buddy() == edit)
            buddyLabel = l;
    }
    QVERIFY(buddyLabel);
    QCOMPARE(buddyLabel->text(), label);
}

void tst_AboutDialog::pathsCanBeCopied()
{
    AboutDialog dialog(locations());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QApplication::clipboard()->clear();

    // Alt+H (the History mnemonic) moves the focus to the path; select all, copy.
    QTest::keyClick(&dialog, Qt::Key_H, Qt::AltModifier);
    auto *history = child<QLineEdit>(dialog, "historyPath");
    QTRY_VERIFY(history->hasFocus());
    QTest::keySequence(history, QKeySequence::SelectAll);
    QTest::keySequence(history, QKeySequence::Copy);
    QCOMPARE(QApplication::clipboard()->text(), locations().historyFile);

    // Typing does not change it.
    QTest::keyClicks(history, u"x"_s);
    QCOMPARE(history->text(), locations().historyFile);
}

void tst_AboutDialog::closes()
{
    AboutDialog dialog(locations());
    dialog.show();
    QSignalSpy finished(&dialog, &QDialog::finished);
    QPushButton *close =
        child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Close);
    QVERIFY(close);
    QTest::mouseClick(close, Qt::LeftButton);
    QCOMPARE(finished.count(), 1);
    QVERIFY(!dialog.isVisible());
}

QTEST_MAIN(tst_AboutDialog)
#include "tst_AboutDialog.moc"
