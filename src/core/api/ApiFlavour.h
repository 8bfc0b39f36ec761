#pragma once

// The two ways the same Verify API is sold, and so the two ways a profile talks to it.
enum class ApiFlavour {
    // KPN's API Store: an OAuth client-credentials token from the token URL, then Bearer calls to
    // <base>/json, <base>/check, <base>/search and <base>/control.
    KpnOAuth,
    // The vendor's own API (api.nexmo.com): <base>/verify/json, /verify/check/json,
    // /verify/search/json, /verify/control/json and /verify/psd2/json, the API key and secret sent
    // as HTTP Basic credentials; no token.
    VonageKey,
};

// Only the vendor's API has the PSD2 route (/verify/psd2/json); KPN's Swagger has none.
constexpr bool offersPsd2(ApiFlavour flavour)
{
    return flavour == ApiFlavour::VonageKey;
}
