#pragma once

#include "ApiConfig.h"
#include "ApiError.h"

#include <QNetworkProxy>
#include <QSslConfiguration>

#include <optional>

class QNetworkAccessManager;
class QNetworkRequest;

// How a profile's calls reach the server: its proxy and its TLS trust (the system's CA certificates
// plus those of the profile's PEM file), built once from an ApiConfig and applied to every request.
class ConnectionSettings
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionSettings)

public:
    ConnectionSettings() = default;
    // Reads the CA file; a file that cannot be read or holds no PEM certificate, or a manual
    // proxy without host or port, makes error() set (kind Config) and the settings unusable.
    explicit ConnectionSettings(const ApiConfig &config);

    const std::optional<ApiError> &error() const { return m_error; }

    // Sets the proxy on the QNetworkAccessManager (Qt keeps proxies per manager, not per request).
    void applyTo(QNetworkAccessManager *nam) const;
    // Sets the TLS configuration on the request.
    void applyTo(QNetworkRequest &request) const;

    // "host:port" of a manual proxy, else empty: for error texts.
    QString proxyName() const;
    QSslConfiguration sslConfiguration() const;
    QList<QSslCertificate> extraCaCertificates() const { return m_extraCas; }

private:
    ApiConfig::ProxyMode m_proxyMode = ApiConfig::ProxyMode::System;
    QNetworkProxy m_proxy;
    // Set only with extra CAs. Without them requests keep Qt's default configuration, which is
    // not asked for here: its first use sets up the TLS backend, a large part of an app's start.
    std::optional<QSslConfiguration> m_ssl;
    QList<QSslCertificate> m_extraCas;
    std::optional<ApiError> m_error;
};
