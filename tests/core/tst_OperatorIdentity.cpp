// The desk user's name and computer the history records by default.

#include "settings/OperatorIdentity.h"

#include <QSysInfo>
#include <QTest>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

class tst_OperatorIdentity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nameFromGecos_data();
    void nameFromGecos();
    void accountFullNameIsTheSystemsName();
    void workstationIsTheHostName();
};

void tst_OperatorIdentity::nameFromGecos_data()
{
    QTest::addColumn<QString>("gecos");
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("expected");

    QTest::newRow("full name only") << u"Anna de Vries"_s << u"anna"_s << u"Anna de Vries"_s;
    QTest::newRow("with office and phone")
        << u"Anna de Vries,Room 3,+31 20 1234567,"_s << u"anna"_s << u"Anna de Vries"_s;
    QTest::newRow("spaces around") << u"  Bram Jansen  ,2"_s << u"bram"_s << u"Bram Jansen"_s;
    QTest::newRow("empty") << QString() << u"anna"_s << u"anna"_s;
    QTest::newRow("only the other fields") << u",Room 3,,"_s << u"anna"_s << u"anna"_s;
    QTest::newRow("& is the login capitalised") << u"& Smith"_s << u"joe"_s << u"Joe Smith"_s;
    QTest::newRow("not Latin") << u"Ērika Ōta,,"_s << u"erika"_s << u"Ērika Ōta"_s;
}

void tst_OperatorIdentity::nameFromGecos()
{
    QFETCH(QString, gecos);
    QFETCH(QString, login);
    QFETCH(QString, expected);
    QCOMPARE(OperatorIdentity::nameFromGecos(gecos, login), expected);
}

void tst_OperatorIdentity::accountFullNameIsTheSystemsName()
{
    const QString name = OperatorIdentity::accountFullName();
    QVERIFY(!name.isEmpty());
#ifdef Q_OS_UNIX
    const passwd *entry = getpwuid(getuid());
    QVERIFY(entry);
    QCOMPARE(name,
             OperatorIdentity::nameFromGecos(QString::fromLocal8Bit(entry->pw_gecos),
                                             QString::fromLocal8Bit(entry->pw_name)));
#endif
}

void tst_OperatorIdentity::workstationIsTheHostName()
{
    QCOMPARE(OperatorIdentity::workstation(), QSysInfo::machineHostName());
    QVERIFY(!OperatorIdentity::workstation().isEmpty());
}

QTEST_GUILESS_MAIN(tst_OperatorIdentity)
#include "tst_OperatorIdentity.moc"
