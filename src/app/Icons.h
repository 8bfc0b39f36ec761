#pragma once

#include <QIcon>

// The application's one icon set: Lucide's line icons (ISC licence, resources/icons/LICENSE),
// embedded under :/verifydesk/icons/lucide/. Each icon is drawn in the colour of the palette at the
// moment it is painted, so it follows a switch between the light and dark themes, greys out when
// its control is disabled and turns to the highlighted text colour on a selected row.
namespace Icons {

enum class Name {
    Verify,
    History,
    Inspector,
    Console,
    Settings,
    Sms,
    Call,
    CallMissed,
    Check,
    Verified,
    Failed,
    Close,
    Clock,
    Timer,
    Warning,
    Error,
    Info,
    Copy,
    Export,
    Import,
    Refresh,
    Send,
    NextEvent,
    Search,
    Delete,
    Sandbox,
    Operator,
    Key,
    Reveal,
    Conceal,
    Save,
    Add,
    Pending,
    Cancelled,
    Waiting,
    Phone,
    Filter,
    Busy,
    Keyboard,
    OpenExternal,
    Question,
    Quit,
};

// What an icon's colour says. Text follows the palette's text colour; the others keep their hue
// in both themes (a lighter shade on a dark window) so that success, warning and danger read the
// same everywhere.
enum class Tone { Text, Accent, Success, Warning, Danger };

QIcon icon(Name name, Tone tone = Tone::Text);

// The resource path of an icon's SVG file, for tests and for rich text.
QString path(Name name);

// Every icon of the set, in the order of Name.
QList<Name> all();

} // namespace Icons
