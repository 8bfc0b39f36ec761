// What a ticket or reference typed with a verification may be.

#include "history/TicketReference.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_TicketReference : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void problem_data();
    void problem();
    void normalized();
};

void tst_TicketReference::problem_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("complaint"); // a word of the message; empty: no problem

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("ticket number") << u"INC-0012345"_s << QString();
    QTest::newRow("words and accents") << u"Chat met mevr. Çelik, 5 déc."_s << QString();
    QTest::newRow("64 characters") << QString(64, u'x') << QString();
    QTest::newRow("64 after trimming") << u"  "_s + QString(64, u'x') + u"  "_s << QString();
    QTest::newRow("65 characters") << QString(65, u'x') << u"65"_s;
    QTest::newRow("tab") << u"INC\t42"_s << u"tabs"_s;
    QTest::newRow("line break inside") << u"INC\n42"_s << u"line breaks"_s;
    QTest::newRow("escape") << u"INC\x1b[2J"_s << u"control"_s;
    QTest::newRow("line break at the end is trimmed") << u"INC-42\n"_s << QString();
}

void tst_TicketReference::problem()
{
    QFETCH(QString, typed);
    QFETCH(QString, complaint);
    const QString problem = TicketReference::problem(typed);
    if (complaint.isEmpty())
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    else
        QVERIFY2(problem.contains(complaint), qPrintable(problem));
}

void tst_TicketReference::normalized()
{
    QCOMPARE(TicketReference::normalized(u"  INC-42 \n"_s), u"INC-42"_s);
    QCOMPARE(TicketReference::normalized(u"   "_s), QString());
}

QTEST_GUILESS_MAIN(tst_TicketReference)
#include "tst_TicketReference.moc"
