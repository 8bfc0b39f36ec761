#pragma once

// The part of phone-number handling that needs libphonenumber. It is built as a module of its
// own (module/, libverifydesk_phonenumber.so) that PhoneNumber and PhoneNumberFormatter load on
// first use: libphonenumber, protobuf and abseil stay out of the process until a number is read,
// instead of being loaded and relocated before the first window is painted.

#include "PhoneNumber.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace phone {

// A number as libphonenumber reads it.
struct Parsed
{
    PhoneNumber::Error error = PhoneNumber::Error::Empty;
    int parseError = 0; // libphonenumber's ErrorType, for the log
    QString callingCodeRegion; // of its country calling code, also for an invalid number
    PhoneNumber::Valid valid; // when error is None
};

// libphonenumber's AsYouTypeFormatter for one region.
class AsYouType
{
public:
    virtual ~AsYouType() = default;
    // Formats significant (digits and a leading '+') typed from scratch. rememberAfter: the index
    // of the digit whose position is wanted (-1: none); *rememberedBytes gets that position in
    // UTF-8 bytes of the result.
    virtual QString format(const QString &significant, qsizetype rememberAfter,
                           int *rememberedBytes) = 0;
};

class Engine
{
public:
    virtual ~Engine() = default;
    // input has only phone characters and is not empty; region is an upper-case ISO 3166 code.
    virtual Parsed parse(const QString &input, const QString &region) const = 0;
    virtual std::unique_ptr<AsYouType> asYouType(const QString &region) const = 0;
    virtual PhoneNumber::RegionDialling regionDialling(const QString &region) const = 0;
};

// The engine of the module, loaded on the first call (thread-safe). A missing or broken module is
// logged with where it was looked for, and gives an engine that reads every number as
// PhoneNumber::Error::ModuleMissing, so that the user is told next to the number, and the rest of
// the app (history, inspector) still works.
const Engine &engine();

// For tests: where the module is looked for instead of the usual places; before the first use.
void setModuleCandidatesForTesting(const QStringList &paths);

} // namespace phone

// The module's one exported function.
#define VERIFYDESK_PHONE_ENGINE_ENTRY "verifydesk_phone_engine"
using VerifyDeskPhoneEngineEntry = const phone::Engine *(*)();
