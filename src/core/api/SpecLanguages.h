#pragma once

#include <QStringList>
#include <QStringView>

// The `lg` codes of the vendor's spec (vonage-verify-v1.openapi.yml) and which call accepts each,
// which the client checks a request against before sending it. (The simulator keeps its own lists:
// it is an independent reading of the spec.)
namespace SpecLanguages {

// The calls of the spec that take an lg.
enum class Call { Request = 1, Psd2 = 2 };

namespace detail {

constexpr int Request = int(Call::Request);
constexpr int Psd2 = int(Call::Psd2);
constexpr int Both = Request | Psd2;

struct Language
{
    QStringView code;
    int calls;
};

// In the order of the spec's lists, psd2Request's own codes where its list has them.
inline constexpr Language kLanguages[] = {
    {u"ar-xa", Request},  {u"bg-bg", Psd2},     {u"cs-cz", Both},    {u"cy-cy", Request},
    {u"cy-gb", Request},  {u"da-dk", Both},     {u"de-de", Both},    {u"ee-et", Psd2},
    {u"el-gr", Both},     {u"en-au", Request},  {u"en-gb", Both},    {u"en-in", Request},
    {u"en-us", Request},  {u"es-es", Both},     {u"es-mx", Request}, {u"es-us", Request},
    {u"fi-fi", Both},     {u"fil-ph", Request}, {u"fr-ca", Request}, {u"fr-fr", Both},
    {u"ga-ie", Psd2},     {u"hi-in", Request},  {u"hu-hu", Both},    {u"id-id", Request},
    {u"is-is", Request},  {u"it-it", Both},     {u"ja-jp", Request}, {u"ko-kr", Request},
    {u"lv-lv", Psd2},     {u"lt-lt", Psd2},     {u"mt-mt", Psd2},    {u"nb-no", Request},
    {u"nl-nl", Both},     {u"pl-pl", Both},     {u"pt-br", Request}, {u"pt-pt", Request},
    {u"ro-ro", Request},  {u"ru-ru", Request},  {u"sk-sk", Psd2},    {u"sl-si", Psd2},
    {u"sv-se", Both},     {u"th-th", Request},  {u"tr-tr", Request}, {u"vi-vn", Request},
    {u"yue-cn", Request}, {u"zh-cn", Request},  {u"zh-tw", Request},
};

} // namespace detail

// The codes `call` accepts, in the spec's order (psd2Request's list starts with its default,
// en-gb).
inline QStringList of(Call call)
{
    QStringList codes;
    for (const detail::Language &language : detail::kLanguages) {
        if (language.calls & int(call))
            codes.append(language.code.toString());
    }
    if (call == Call::Psd2)
        codes.move(codes.indexOf(u"en-gb"), 0);
    return codes;
}

} // namespace SpecLanguages
