#pragma once

#include "FaultPlan.h"
#include "HttpTypes.h"
#include "Params.h"

#include <functional>
#include <optional>

namespace sandbox {

class Simulator;

// The sandbox's HTTP face without the transport: routes (KPN flavour, vendor flavour, sandbox
// control), authentication, parameter decoding, bad-input answers and injected faults.
// Pure: one HttpRequest in, one HttpResponse out, so it can be tested and fuzzed directly.
class SandboxService
{
public:
    static constexpr qsizetype kMaxBodyBytes = qsizetype(64) * 1024;

    explicit SandboxService(Simulator *simulator);

    HttpResponse handle(const HttpRequest &request);
    FaultPlan &faults() { return m_faults; }
    // Told of each fault as it is taken for a call to `path`, before the call is answered (the
    // app's control panel lists what fired); empty: nobody is told.
    using FaultObserver = std::function<void(const Fault &fault, const QString &path)>;
    void setFaultObserver(FaultObserver observer) { m_faultObserver = std::move(observer); }

private:
    enum class Route {
        Index,
        Token,
        KpnRequest,
        KpnCheck,
        KpnSearch,
        KpnControl,
        VendorRequest,
        VendorCheck,
        VendorSearch,
        VendorControl,
        VendorPsd2,
        Messages,
        ClockAdvance,
        Faults,
        Reset,
    };
    struct RouteInfo
    {
        Route route;
        QList<QByteArray> methods;
    };

    static std::optional<RouteInfo> match(const QString &path);
    static bool isApiRoute(Route route);
    static QString endpointName(Route route);
    HttpResponse dispatch(Route route, const HttpRequest &request);
    HttpResponse token(const HttpRequest &request, const Params &params);
    HttpResponse kpnCall(Route route, const HttpRequest &request, const Params &params);
    HttpResponse vendorCall(Route route, const HttpRequest &request, const Params &params);
    HttpResponse verifyCall(Route route, const QString &account, const Params &params);
    HttpResponse control(Route route, const HttpRequest &request, const Params &params);
    HttpResponse applyFault(const Fault &fault, Route route, const HttpRequest &request,
                            const std::optional<HttpResponse> &base) const;

    Simulator *m_simulator;
    FaultPlan m_faults;
    FaultObserver m_faultObserver;
};

// Reads the parameters of a request from its query and its body (form or JSON). On bad input
// returns nothing and fills `error` with the answer to send.
std::optional<Params> readParams(const HttpRequest &request, HttpResponse *error);

// A JSON response with the gateway's error shape {transactionId, status, name, message, info}.
HttpResponse gatewayError(int status, const QString &message, const QString &info = {});

} // namespace sandbox
