#pragma once

// The vendor's limits on the values of a Verify request and a payment confirmation (PSD2)
// (vonage-verify-v1.openapi.yml), which the client, a profile's defaults and step 1's counters
// check against. (The simulator keeps its own: it is an independent reading of the spec.)
namespace SpecLimits {

constexpr int kMaxBrandLength = 18; // brand, shown in the message
constexpr int kMaxPayeeLength = 18; // payee, shown in a payment confirmation
constexpr int kMaxSenderIdLength = 11; // sender_id
constexpr int kShortCodeLength = 4; // code_length: 4 (the default) …
constexpr int kLongCodeLength = 6; // … or 6
constexpr int kMinPinExpiry = 60; // pin_expiry, seconds
constexpr int kMaxPinExpiry = 3600;
constexpr int kMinNextEventWait = 60; // next_event_wait, seconds
constexpr int kMaxNextEventWait = 900;
constexpr int kMinWorkflowId = 1; // workflow_id
constexpr int kMaxWorkflowId = 7;

} // namespace SpecLimits
