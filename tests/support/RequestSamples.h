#pragma once

struct PinRequest;

namespace RequestSamples {

// Sets every option a PIN request carries to a value other than the API's default, the values
// the tests check the form sent and the history kept with: code_length 6, lg nl-nl, pin_expiry
// 240, next_event_wait 120, workflow_id 2.
void setEveryOption(PinRequest &request);

} // namespace RequestSamples
