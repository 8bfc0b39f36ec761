#pragma once

#include <QIcon>
#include <QObject>

class QWidget;

// The application's one icon set: Lucide's line icons (ISC licence, resources/icons/LICENSE),
// embedded under :/verifydesk/icons/lucide/. Each icon is drawn in the colour of the palette at the
// moment it is painted, so it follows a switch between the light and dark themes, greys out when
// its control is disabled and turns to the highlighted text colour on a selected row.
namespace Icons {
Q_NAMESPACE

// A form names a button's icon by the key of its Name (see applyNamed()).
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
Q_ENUM_NS(Name)

// What an icon's colour says. Text follows the palette's text colour; the others keep their hue
// in both themes (a lighter shade on a dark window) so that success, warning and danger read the
// same everywhere.
enum class Tone { Text, Accent, Success, Warning, Danger };

QIcon icon(Name name, Tone tone = Tone::Text);

// The resource path of an icon's SVG file, for tests and for rich text.
QString path(Name name);

// Every icon of the set, in the order of Name.
QList<Name> all();

// Gives each button (QAbstractButton) and action of `form` whose dynamic property "iconName" holds
// the key of a Name the icon of that name, so that a .ui form declares a button's icon beside the
// button:
//     <property name="iconName" stdset="0"><string notr="true">Copy</string></property>
// (notr: a name that went through translation would no longer be a key).
// Called right after the form's setupUi(). It reaches every descendant, so a form built inside
// another before that call (the main window's Sandbox phone) has its icons set again, to the same
// icons: a QIcon is only drawn when shown, so that costs nothing worth a rule. A name that is not a
// key of Name is a defect in the form: it is logged as a warning, and the control keeps the icon
// it had.
void applyNamed(QWidget *form);

} // namespace Icons
