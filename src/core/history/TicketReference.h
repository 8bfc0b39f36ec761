#pragma once

#include <QCoreApplication>
#include <QString>

// The optional ticket or reference a desk user types with a verification (a support ticket's
// number, a case id), kept with it in the history: what may be stored, and why not.
class TicketReference
{
    Q_DECLARE_TR_FUNCTIONS(TicketReference)

public:
    static constexpr int kMaxLength = 64;

    // The text as stored: trimmed.
    static QString normalized(const QString &typed);
    // Why `typed` cannot be stored, as a translated sentence; empty when it can (an empty one too).
    static QString problem(const QString &typed);
};
