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

namespace {

// What the command line asks for, once checked.
struct Config
{
    sandbox::SandboxOptions options;
    uint port = 0;
    std::optional<QSslConfiguration> tls;
};

// The named options, with their defaults, registered on `parser`.
struct Options
{
    QCommandLineOption port {u"port"_s, u"TCP port to listen on (0 = any free port)."_s, u"port"_s,
                             u"8085"_s};
    QCommandLineOption clientId {u"client-id"_s, u"Accepted client id (also the api_key)."_s,
                                 u"id"_s, u"sandbox-client"_s};
    QCommandLineOption clientSecret {u"client-secret"_s,
                                     u"Accepted client secret (also the api_secret)."_s,
                                     u"secret"_s, u"sandbox-secret"_s};
    QCommandLineOption tokenTtl {u"token-ttl"_s, u"Access token lifetime in seconds."_s,
                                 u"seconds"_s, u"3599"_s};
    QCommandLineOption timeScale {
        u"time-scale"_s,
        u"Virtual seconds per real second (e.g. 10 runs workflows ten times faster)."_s,
        u"factor"_s, u"1"_s};
    QCommandLineOption tlsCert {
        u"tls-cert"_s, u"Serve HTTPS with this PEM certificate (needs --tls-key)."_s, u"file"_s};
    QCommandLineOption tlsKey {u"tls-key"_s, u"The PEM private key of --tls-cert (unencrypted)."_s,
                               u"file"_s};
    QCommandLineOption instantSearch {
        u"instant-search"_s,
        u"Search answers at once after a verification completes, not 101 for a minute as the "
        u"vendor's does."_s};
    QCommandLineOption noThrottle {
        u"no-throttle"_s,
        u"No limit of 30 Verify calls a second per account (status 1 Throttled), for load tests."_s};

    explicit Options(QCommandLineParser &parser)
    {
        parser.setApplicationDescription(
            u"A local simulator of the Nexmo Verify API as sold through KPN: OAuth token, "
            u"request, check, search and control, with the vendor's rules and workflows. Listens "
            u"on 127.0.0.1 only."_s);
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({port, clientId, clientSecret, tokenTtl, timeScale, tlsCert, tlsKey,
                           instantSearch, noThrottle});
    }
};

// The first key of the PEM file `path` that reads as RSA, EC or DSA; null for none.
QSslKey readPrivateKey(const QString &path)
{
    QFile keyFile(path);
    if (!keyFile.open(QIODevice::ReadOnly))
        return {};
    const QByteArray pem = keyFile.readAll();
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    return {};
}

// The TLS set-up of --tls-cert and --tls-key into `config`; false, said on `err`, when unusable.
bool readTls(const QCommandLineParser &parser, const Options &names, Config &config,
             QTextStream &err)
{
    if (!parser.isSet(names.tlsCert) && !parser.isSet(names.tlsKey))
        return true;
    if (!parser.isSet(names.tlsCert) || !parser.isSet(names.tlsKey)) {
        err << "verify-sandbox: --tls-cert and --tls-key go together\n";
        return false;
    }
    const QList<QSslCertificate> chain =
        QSslCertificate::fromPath(parser.value(names.tlsCert), QSsl::Pem);
    const QSslKey key = readPrivateKey(parser.value(names.tlsKey));
    if (chain.isEmpty()) {
        err << "verify-sandbox: --tls-cert " << parser.value(names.tlsCert)
            << " holds no PEM certificate\n";
        return false;
    }
    if (key.isNull()) {
        err << "verify-sandbox: --tls-key " << parser.value(names.tlsKey)
            << " holds no unencrypted PEM private key\n";
        return false;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone); // clients show no certificate
    config.tls = configuration;
    return true;
}

// The checked command line; nothing, said on `err`, when a value is out of range.
std::optional<Config> readConfig(const QCommandLineParser &parser, const Options &names,
                                 QTextStream &err)
{
    Config config;
    bool ok = false;
    config.port = parser.value(names.port).toUInt(&ok);
    if (!ok || config.port > 65535) {
        err << "verify-sandbox: --port must be a number from 0 to 65535\n";
        return std::nullopt;
    }
    const int ttl = parser.value(names.tokenTtl).toInt(&ok);
    if (!ok || ttl < 1) {
        err << "verify-sandbox: --token-ttl must be a positive number of seconds\n";
        return std::nullopt;
    }
    const double scale = parser.value(names.timeScale).toDouble(&ok);
    if (!ok || scale <= 0 || scale > 10000) {
        err << "verify-sandbox: --time-scale must be a number above 0 and at most 10000\n";
        return std::nullopt;
    }
    if (parser.value(names.clientId).isEmpty() || parser.value(names.clientSecret).isEmpty()) {
        err << "verify-sandbox: --client-id and --client-secret must not be empty\n";
        return std::nullopt;
    }
    if (!readTls(parser, names, config, err))
        return std::nullopt;
    config.options.simulator.clientId = parser.value(names.clientId);
    config.options.simulator.clientSecret = parser.value(names.clientSecret);
    config.options.simulator.tokenTtlSeconds = ttl;
    config.options.timeScale = scale;
    config.options.simulator.instantSearch = parser.isSet(names.instantSearch);
    if (parser.isSet(names.noThrottle))
        config.options.simulator.callsPerSecond = 0;
    return config;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"verify-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(VERIFYDESK_VERSION));

    QCommandLineParser parser;
    const Options names(parser);
    parser.process(app);
    QTextStream err(stderr);
    const std::optional<Config> config = readConfig(parser, names, err);
    if (!config)
        return 2;

    sandbox::SandboxServer server(config->options);
    if (config->tls)
        server.setTls(*config->tls);
    if (!server.listen(static_cast<quint16>(config->port))) {
        err << "verify-sandbox: cannot listen on 127.0.0.1:" << config->port
            << " (is the port in use? --port 0 picks a free one)\n";
        return 1;
    }
    QTextStream out(stdout);
    out << "listening on " << server.baseUrl().toString() << Qt::endl;
    return app.exec();
}
