#include "RequestSamples.h"

#include "api/PinRequest.h"

using namespace Qt::StringLiterals;

void RequestSamples::setEveryOption(PinRequest &request)
{
    request.codeLength = 6;
    request.language = u"nl-nl"_s;
    request.pinExpiry = 240;
    request.nextEventWait = 120;
    request.workflowId = 2;
}
