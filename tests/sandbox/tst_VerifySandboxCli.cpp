// The verify-sandbox executable: its flags, its "listening on" line, loopback only.

#include <QJsonArray>
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
    void instantSearchAndNoThrottle_data();
    void instantSearchAndNoThrottle();

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
    for (const QString &flag :
         {u"--port"_s, u"--client-id"_s, u"--client-secret"_s, u"--token-ttl"_s, u"--time-scale"_s,
          u"--instant-search"_s, u"--no-throttle"_s, u"--help"_s})
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

void tst_VerifySandboxCli::instantSearchAndNoThrottle_data()
{
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<QString>("searchAfterCheck");
    QTest::addColumn<bool>("throttled");
    // The vendor's rules by default: search has nothing for a minute after completion, and an
    // account's 31st call in a second is status 1.
    QTest::newRow("defaults") << QStringList() << u"101"_s << true;
    QTest::newRow("--instant-search --no-throttle")
        << QStringList {u"--instant-search"_s, u"--no-throttle"_s} << u"SUCCESS"_s << false;
}

void tst_VerifySandboxCli::instantSearchAndNoThrottle()
{
    QFETCH(QStringList, flags);
    QFETCH(QString, searchAfterCheck);
    QFETCH(bool, throttled);

    QProcess process;
    // A frozen clock, so that every call below falls in the same second.
    const QUrl base = startAndWaitForUrl(
        process, QStringList {u"--port"_s, u"0"_s, u"--time-scale"_s, u"0.000001"_s} + flags);
    QVERIFY2(base.isValid(), "no 'listening on http://127.0.0.1:PORT' line");
    QNetworkAccessManager nam;
    const auto get = [&nam, &base](const QString &path, const QString &query) {
        QUrl url = base.resolved(QUrl(path));
        url.setQuery(u"api_key=sandbox-client&api_secret=sandbox-secret&"_s + query);
        QNetworkReply *reply = nam.get(QNetworkRequest(url));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        finished.wait(10'000);
        reply->deleteLater();
        return QJsonDocument::fromJson(reply->readAll());
    };
    const QString id = get(u"/verify/json"_s, u"number=31612345678&brand=Acme"_s)
                           .object()
                           .value(u"request_id"_s)
                           .toString();
    QVERIFY(!id.isEmpty());
    const QString code =
        get(u"/_sandbox/messages"_s, {}).array().first().toObject().value(u"code"_s).toString();
    const QString checked = get(u"/verify/check/json"_s, u"request_id=%1&code=%2"_s.arg(id, code))
                                .object()
                                .value(u"status"_s)
                                .toString();
    QCOMPARE(checked, u"0"_s);
    const QString search = u"request_id="_s + id;
    QCOMPARE(get(u"/verify/search/json"_s, search).object().value(u"status"_s).toString(),
             searchAfterCheck);
    int refused = 0;
    for (int i = 0; i < 30; ++i) {
        if (get(u"/verify/search/json"_s, search).object().value(u"status"_s).toString() == u"1")
            ++refused;
    }
    // Three calls before (request, check, search): 27 more are answered, 3 refused.
    QCOMPARE(refused, throttled ? 3 : 0);

    process.terminate();
    QVERIFY(process.waitForFinished(10'000));
}

QTEST_GUILESS_MAIN(tst_VerifySandboxCli)
#include "tst_VerifySandboxCli.moc"
