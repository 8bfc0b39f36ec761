// verify-sandbox: the Verify API simulator as a standalone loopback server.

#include "SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTextStream>

#include <optional>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"verify-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(VERIFYDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"A local simulator of the Nexmo Verify API as sold through KPN: OAuth token, request, "
        u"check, search and control, with the vendor's rules and workflows. Listens on "
        u"127.0.0.1 only."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption portOption(u"port"_s, u"TCP port to listen on (0 = any free port)."_s,
                                        u"port"_s, u"8085"_s);
    const QCommandLineOption clientIdOption(
        u"client-id"_s, u"Accepted client id (also the api_key)."_s, u"id"_s, u"sandbox-client"_s);
    const QCommandLineOption clientSecretOption(u"client-secret"_s,
                                                u"Accepted client secret (also the api_secret)."_s,
                                                u"secret"_s, u"sandbox-secret"_s);
    const QCommandLineOption tokenTtlOption(u"token-ttl"_s, u"Access token lifetime in seconds."_s,
                                            u"seconds"_s, u"3599"_s);
    const QCommandLineOption timeScaleOption(
        u"time-scale"_s,
        u"Virtual seconds per real second (e.g. 10 runs workflows ten times faster)."_s,
        u"factor"_s, u"1"_s);
    const QCommandLineOption tlsCertOption(
        u"tls-cert"_s, u"Serve HTTPS with this PEM certificate (needs --tls-key)."_s, u"file"_s);
    const QCommandLineOption tlsKeyOption(
        u"tls-key"_s, u"The PEM private key of --tls-cert (unencrypted)."_s, u"file"_s);
    parser.addOptions({portOption, clientIdOption, clientSecretOption, tokenTtlOption,
                       timeScaleOption, tlsCertOption, tlsKeyOption});
    parser.process(app);

    QTextStream err(stderr);
    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535) {
        err << "verify-sandbox: --port must be a number from 0 to 65535\n";
        return 2;
    }
    const int ttl = parser.value(tokenTtlOption).toInt(&ok);
    if (!ok || ttl < 1) {
        err << "verify-sandbox: --token-ttl must be a positive number of seconds\n";
        return 2;
    }
    const double scale = parser.value(timeScaleOption).toDouble(&ok);
    if (!ok || scale <= 0 || scale > 10000) {
        err << "verify-sandbox: --time-scale must be a number above 0 and at most 10000\n";
        return 2;
    }
    if (parser.value(clientIdOption).isEmpty() || parser.value(clientSecretOption).isEmpty()) {
        err << "verify-sandbox: --client-id and --client-secret must not be empty\n";
        return 2;
    }

    std::optional<QSslConfiguration> tls;
    if (parser.isSet(tlsCertOption) || parser.isSet(tlsKeyOption)) {
        if (!parser.isSet(tlsCertOption) || !parser.isSet(tlsKeyOption)) {
            err << "verify-sandbox: --tls-cert and --tls-key go together\n";
            return 2;
        }
        const QList<QSslCertificate> chain =
            QSslCertificate::fromPath(parser.value(tlsCertOption), QSsl::Pem);
        QFile keyFile(parser.value(tlsKeyOption));
        QSslKey key;
        if (keyFile.open(QIODevice::ReadOnly)) {
            const QByteArray pem = keyFile.readAll();
            for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
                key = QSslKey(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
                if (!key.isNull())
                    break;
            }
        }
        if (chain.isEmpty()) {
            err << "verify-sandbox: --tls-cert " << parser.value(tlsCertOption)
                << " holds no PEM certificate\n";
            return 2;
        }
        if (key.isNull()) {
            err << "verify-sandbox: --tls-key " << parser.value(tlsKeyOption)
                << " holds no unencrypted PEM private key\n";
            return 2;
        }
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificateChain(chain);
        configuration.setPrivateKey(key);
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // clients show no certificate
        tls = configuration;
    }

    sandbox::SandboxOptions options;
    options.simulator.clientId = parser.value(clientIdOption);
    options.simulator.clientSecret = parser.value(clientSecretOption);
    options.simulator.tokenTtlSeconds = ttl;
    options.timeScale = scale;

    sandbox::SandboxServer server(options);
    if (tls)
        server.setTls(*tls);
    if (!server.listen(static_cast<quint16>(port))) {
        err << "verify-sandbox: cannot listen on 127.0.0.1:" << port
            << " (is the port in use? --port 0 picks a free one)\n";
        return 1;
    }
    QTextStream out(stdout);
    out << "listening on " << server.baseUrl().toString() << Qt::endl;
    return app.exec();
}
