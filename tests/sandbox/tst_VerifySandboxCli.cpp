// The verify-sandbox executable: its flags, its "listening on" line, loopback only.

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

class tst_VerifySandboxCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void help();
    void rejectsBadFlags_data();
    void rejectsBadFlags();
    void listensOnLoopbackAndHonoursFlags();

private:
    static QString executable() { return QStringLiteral(VERIFY_SANDBOX_EXE); }
    static QUrl startAndWaitForUrl(QProcess &process, const QStringList &arguments);
};

QUrl tst_VerifySandboxCli::startAndWaitForUrl(QProcess &process, const QStringList &arguments)
{
    process.start(executable(), arguments);
    if (!process.waitForStarted(10'000))
        return {};
    static const QRegularExpression line(u"^listening on (http://127\\.0\\.0\\.1:\\d+)$"_s,
                                         QRegularExpression::MultilineOption);
    QByteArray output;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10'000) {
        process.waitForReadyRead(200);
        output += process.readAllStandardOutput();
        const auto match = line.match(QString::fromUtf8(output));
        if (match.hasMatch())
            return QUrl(match.captured(1));
    }
    return {};
}

void tst_VerifySandboxCli::help()
{
    QProcess process;
    process.start(executable(), {u"--help"_s});
    QVERIFY(process.waitForFinished(10'000));
    QCOMPARE(process.exitCode(), 0);
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    for (const QString &flag : {u"--port"_s, u"--client-id"_s, u"--client-secret"_s,
                                u"--token-ttl"_s, u"--time-scale"_s, u"--help"_s})
        QVERIFY2(text.contains(flag), qPrintable(flag));
}

void tst_VerifySandboxCli::rejectsBadFlags_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("port not a number") << QStringList {u"--port"_s, u"http"_s};
    QTest::newRow("port too large") << QStringList {u"--port"_s, u"70000"_s};
    QTest::newRow("ttl zero") << QStringList {u"--token-ttl"_s, u"0"_s};
    QTest::newRow("scale negative") << QStringList {u"--time-scale"_s, u"-2"_s};
    QTest::newRow("empty secret") << QStringList {u"--client-secret"_s, QString()};
    QTest::newRow("unknown flag") << QStringList {u"--colour"_s};
}

void tst_VerifySandboxCli::rejectsBadFlags()
{
    QFETCH(QStringList, arguments);
    QProcess process;
    process.start(executable(), arguments);
    QVERIFY(process.waitForFinished(10'000));
    QVERIFY(process.exitCode() != 0);
    QVERIFY(!process.readAllStandardError().trimmed().isEmpty());
}

void tst_VerifySandboxCli::listensOnLoopbackAndHonoursFlags()
{
    QProcess process;
    const QUrl base =
        startAndWaitForUrl(process,
                           {u"--port"_s, u"0"_s, u"--client-id"_s, u"desk"_s, u"--client-secret"_s,
                            u"s3cret"_s, u"--token-ttl"_s, u"120"_s});
    QVERIFY2(base.isValid(), "no 'listening on http://127.0.0.1:PORT' line");
    QVERIFY(base.port() > 0);

    QNetworkAccessManager nam;
    const auto post = [&nam, &base](const QString &clientId, const QString &secret) {
        QUrl url = base.resolved(QUrl(u"/oauth/client_credential/accesstoken"_s));
        url.setQuery(u"grant_type=client_credentials"_s);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          u"application/x-www-form-urlencoded"_s);
        QUrlQuery form;
        form.addQueryItem(u"client_id"_s, clientId);
        form.addQueryItem(u"client_secret"_s, secret);
        QNetworkReply *reply = nam.post(request, form.query(QUrl::FullyEncoded).toUtf8());
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(10'000);
        reply->deleteLater();
        return std::pair {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                          QJsonDocument::fromJson(reply->readAll()).object()};
    };

    const auto [okStatus, okBody] = post(u"desk"_s, u"s3cret"_s);
    QCOMPARE(okStatus, 200);
    QCOMPARE(okBody.value(u"expires_in"_s).toString(), u"120"_s);
    QCOMPARE(okBody.value(u"client_id"_s).toString(), u"desk"_s);

    const auto [badStatus, badBody] = post(u"sandbox-client"_s, u"sandbox-secret"_s);
    QCOMPARE(badStatus, 401);
    QCOMPARE(badBody.value(u"ErrorCode"_s).toString(), u"invalid_client"_s);

    process.terminate();
    QVERIFY(process.waitForFinished(10'000));
}

QTEST_GUILESS_MAIN(tst_VerifySandboxCli)
#include "tst_VerifySandboxCli.moc"
