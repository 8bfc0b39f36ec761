#include "SensitiveKeys.h"
#include "api/Redactor.h"
#include "history/HistoryStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

// One list of secret keys: every key is masked by the inspector's Redactor (forms, JSON and
// URLs) and left out of what the history stores, in any case.
class tst_SensitiveKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void maskedEverywhere_data();
    void maskedEverywhere();
    void keepsBothFormerLists();
    void othersStay();
};

void tst_SensitiveKeys::maskedEverywhere_data()
{
    QTest::addColumn<QString>("key");
    for (const QString &key : SensitiveKeys::all()) {
        QTest::newRow(qPrintable(key)) << key;
        QTest::newRow(qPrintable(key.toUpper())) << key.toUpper();
    }
}

void tst_SensitiveKeys::maskedEverywhere()
{
    QFETCH(QString, key);
    const QByteArray secret = "s3cr3t-Value-42";
    QVERIFY(SensitiveKeys::contains(key));

    const QByteArray form = Redactor::redactForm(key.toUtf8() + '=' + secret + "&brand=Acme");
    QVERIFY2(!form.contains(secret), form.constData());
    QVERIFY(form.contains("brand=Acme"));

    const QJsonObject object {{key, QString::fromLatin1(secret)}, {u"brand"_s, u"Acme"_s}};
    const QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    const QByteArray redacted = Redactor::redactJson(json);
    QVERIFY2(!redacted.contains(secret), redacted.constData());
    QVERIFY(redacted.contains("Acme"));

    const QString url = Redactor::redactUrl(
        u"https://api.example/verify?%1=%2&brand=Acme"_s.arg(key, QString::fromLatin1(secret)));
    QVERIFY2(!url.contains(QString::fromLatin1(secret)), qPrintable(url));

    const QJsonObject nested {
        {u"brand"_s, u"Acme"_s}, {u"inner"_s, object}, {u"list"_s, QJsonArray {object}}};
    const QJsonObject stored = HistoryStore::stripSecrets(nested);
    const QByteArray storedText = QJsonDocument(stored).toJson(QJsonDocument::Compact);
    QVERIFY2(!storedText.contains(secret), storedText.constData());
    QCOMPARE(stored.value(u"brand"_s).toString(), u"Acme"_s);
    QVERIFY(stored.value(u"inner"_s).toObject().contains(u"brand"_s));
}

void tst_SensitiveKeys::keepsBothFormerLists()
{
    // The Redactor's list and the history's before they were one.
    const QStringList former = {u"client_secret"_s, u"api_secret"_s, u"access_token"_s,
                                u"refresh_token"_s, u"code"_s,       u"pin_code"_s,
                                u"password"_s,      u"id_token"_s,   u"pin"_s,
                                u"token"_s,         u"secret"_s,     u"authorization"_s};
    for (const QString &key : former)
        QVERIFY2(SensitiveKeys::contains(key), qPrintable(key));
}

void tst_SensitiveKeys::othersStay()
{
    for (const QString &key : {u"brand"_s, u"request_id"_s, u"codes"_s, u"token_type"_s}) {
        QVERIFY2(!SensitiveKeys::contains(key), qPrintable(key));
        const QJsonObject stored = HistoryStore::stripSecrets({{key, u"x"_s}});
        QVERIFY(stored.contains(key));
    }
}

QTEST_GUILESS_MAIN(tst_SensitiveKeys)
#include "tst_SensitiveKeys.moc"
