#pragma once

#include <QString>
#include <QStringView>

#include <optional>

// One call of the API: the token, Verify's request, check, search and control, and the vendor's
// PSD2 payment confirmation. The console sends them, saved calls name them and the sandbox's
// faults are aimed at them.
enum class ApiCall { Token, Request, Check, Search, Control, Psd2 };
inline constexpr ApiCall kApiCalls[] = {ApiCall::Token,  ApiCall::Request, ApiCall::Check,
                                        ApiCall::Search, ApiCall::Control, ApiCall::Psd2};

// The call's stable key, the same in saved calls, the client's routes and the sandbox's faults:
// "token", "request", "check", "search", "control" or "psd2".
QString apiCallKey(ApiCall call);
std::optional<ApiCall> apiCallFromKey(QStringView key);
// Its translated name ("Token", "Payment confirmation (PSD2)").
QString apiCallName(ApiCall call);
