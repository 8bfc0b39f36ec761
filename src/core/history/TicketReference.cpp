#include "TicketReference.h"

#include <algorithm>

QString TicketReference::normalized(const QString &typed)
{
    return typed.trimmed();
}

QString TicketReference::problem(const QString &typed)
{
    const QString text = normalized(typed);
    // A tab or line break would break the history's columns and the exported file's rows.
    if (std::any_of(text.cbegin(), text.cend(),
                    [](QChar c) { return c.category() == QChar::Other_Control; }))
        return tr("A ticket or reference cannot contain tabs, line breaks or other control "
                  "characters.");
    if (text.size() > kMaxLength)
        return tr("A ticket or reference has at most %1 characters; this one has %2.")
            .arg(kMaxLength)
            .arg(text.size());
    return {};
}
