#include "ApiCall.h"

#include "EnumKeys.h"

namespace {

constexpr EnumKey<ApiCall> kCalls[] = {
    {ApiCall::Token, "token", QT_TRANSLATE_NOOP("ApiCall", "Token")},
    {ApiCall::Request, "request", QT_TRANSLATE_NOOP("ApiCall", "Request")},
    {ApiCall::Check, "check", QT_TRANSLATE_NOOP("ApiCall", "Check")},
    {ApiCall::Search, "search", QT_TRANSLATE_NOOP("ApiCall", "Search")},
    {ApiCall::Control, "control", QT_TRANSLATE_NOOP("ApiCall", "Control")},
    {ApiCall::Psd2, "psd2", QT_TRANSLATE_NOOP("ApiCall", "Payment confirmation (PSD2)")},
};

} // namespace

QString apiCallKey(ApiCall call)
{
    return keyOf(kCalls, call);
}

std::optional<ApiCall> apiCallFromKey(QStringView key)
{
    return enumOf(kCalls, key);
}

QString apiCallName(ApiCall call)
{
    return nameOf("ApiCall", kCalls, call);
}
