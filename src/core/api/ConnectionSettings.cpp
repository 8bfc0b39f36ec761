#include "ConnectionSettings.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace {

// The platform's proxy for each URL, for one manager only (the application-wide setting stays).
class SystemProxyFactory : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        return systemProxyForQuery(query);
    }
};

} // namespace

ConnectionSettings::ConnectionSettings(const ApiConfig &config)
    : m_proxyMode(config.proxyMode)
{
    switch (config.proxyMode) {
    case ApiConfig::ProxyMode::System:
        break;
    case ApiConfig::ProxyMode::None:
        m_proxy = QNetworkProxy(QNetworkProxy::NoProxy);
        break;
    case ApiConfig::ProxyMode::Manual:
        if (config.proxyHost.trimmed().isEmpty() || config.proxyPort <= 0
            || config.proxyPort > 65535) {
            m_error = ApiError::config(
                tr("The profile's manual proxy needs a host and a port between 1 and 65535. "
                   "Enter both in the profile's connection settings, or choose no proxy."));
            return;
        }
        m_proxy = QNetworkProxy(QNetworkProxy::HttpProxy, config.proxyHost.trimmed(),
                                static_cast<quint16>(config.proxyPort));
        break;
    }

    if (config.caFile.isEmpty())
        return;
    QFile file(config.caFile);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = ApiError::config(tr("The CA certificate file \u201c%1\u201d cannot be read (%2). "
                                      "Choose an existing PEM file in the profile's connection "
                                      "settings, or leave the field empty.")
                                       .arg(config.caFile, file.errorString()));
        return;
    }
    const QByteArray pem = file.read(qint64(4) * 1024 * 1024);
    m_extraCas = QSslCertificate::fromData(pem, QSsl::Pem);
    // fromData() skips what it cannot parse; an empty or foreign file gives no certificate.
    const bool valid = !m_extraCas.isEmpty()
        && std::all_of(m_extraCas.cbegin(), m_extraCas.cend(),
                       [](const QSslCertificate &certificate) { return !certificate.isNull(); });
    if (!valid) {
        m_extraCas.clear();
        m_error = ApiError::config(
            tr("The CA certificate file \u201c%1\u201d holds no PEM certificate. Choose a file "
               "with one or more \u201c-----BEGIN CERTIFICATE-----\u201d blocks (PEM), not DER "
               "or a key.")
                .arg(config.caFile));
        return;
    }
    QList<QSslCertificate> cas = QSslConfiguration::systemCaCertificates();
    cas.append(m_extraCas);
    m_ssl = QSslConfiguration::defaultConfiguration();
    m_ssl->setCaCertificates(cas);
}

QSslConfiguration ConnectionSettings::sslConfiguration() const
{
    return m_ssl ? *m_ssl : QSslConfiguration::defaultConfiguration();
}

void ConnectionSettings::applyTo(QNetworkAccessManager *nam) const
{
    if (!nam)
        return;
    if (m_proxyMode == ApiConfig::ProxyMode::System)
        nam->setProxyFactory(new SystemProxyFactory); // the manager takes ownership
    else
        nam->setProxy(m_proxy);
}

void ConnectionSettings::applyTo(QNetworkRequest &request) const
{
    if (m_ssl)
        request.setSslConfiguration(*m_ssl); // else the request's own default, the same
}

QString ConnectionSettings::proxyName() const
{
    switch (m_proxyMode) {
    case ApiConfig::ProxyMode::System:
    case ApiConfig::ProxyMode::None:
        return {};
    case ApiConfig::ProxyMode::Manual:
        return u"%1:%2"_s.arg(m_proxy.hostName()).arg(m_proxy.port());
    }
    return {};
}
