#pragma once

#include "FakeReply.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

class ExchangeLog;

// Helpers shared by the fuzz targets.
namespace fuzz {

// A QCoreApplication for the whole run (event loop, timers); created on the first call.
void initQt();

// Reports a broken invariant with the input's context and aborts, so libFuzzer keeps the input.
[[noreturn]] void fail(const char *invariant, const QString &detail = {});

// Reads an answer written as
//     <status>\n<Name>: <value>\n...\n\n<body>
// A first line that is not a 1-3 digit status makes the whole input a 200 answer's body;
// status 0 stands for a connection closed before any answer.
FakeAnswer answerFromBytes(const uint8_t *data, size_t size);

// For a JSON text (a redacted body): the first value of a sensitive key (Redactor's list) that is
// a string or number other than the mask, described; empty when none is found or when the text is
// not JSON. Keys spelled with \u escapes are not looked at.
QString unmaskedSensitiveValue(const QByteArray &json);

// For form text (key=value&...): the first sensitive key whose value is not the mask.
QString unmaskedFormValue(const QByteArray &form);

// Every recorded exchange keeps secrets masked: none of `secrets` (literal values of 6 characters
// or more) appears in any entry, request bodies have sensitive values masked and JSON response
// bodies too. Fails otherwise.
void checkExchangeLog(const ExchangeLog &log, const QList<QByteArray> &secrets);

// True when `secret` can be searched for literally after masking: long enough to be scrubbed and
// unable to reappear through the mask text itself.
bool isSearchableSecret(const QByteArray &secret);

} // namespace fuzz

#define FUZZ_CHECK(condition, detail)                                                              \
    do {                                                                                           \
        if (!(condition))                                                                          \
            ::fuzz::fail(#condition, detail);                                                      \
    } while (false)
